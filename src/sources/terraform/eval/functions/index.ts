/** The built-in function table: every function this evaluator knows, by name. */
import { collectionFunctions } from './collections.js';
import { conversionFunctions } from './conversion.js';
import { cryptoFunctions } from './crypto.js';
import { encodingFunctions } from './encoding.js';
import { filesystemFunctions } from './filesystem.js';
import { networkFunctions } from './network.js';
import { numericFunctions } from './numeric.js';
import { stringFunctions } from './strings.js';
import type { FunctionSpec } from './types.js';

const table = new Map<string, FunctionSpec>(
  Object.entries({
    ...numericFunctions,
    ...stringFunctions,
    ...collectionFunctions,
    ...encodingFunctions,
    ...networkFunctions,
    ...conversionFunctions,
    ...cryptoFunctions,
    ...filesystemFunctions,
  }),
);

export function lookupFunction(name: string): FunctionSpec | undefined {
  return table.get(name);
}

export type { FunctionContext, FunctionSpec } from './types.js';
