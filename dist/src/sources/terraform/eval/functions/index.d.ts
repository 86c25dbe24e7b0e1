import type { Value } from '../../../../model/value.js';
import type { FunctionSpec } from './types.js';
export declare function lookupFunction(name: string): FunctionSpec | undefined;
/** The problem with an argument's shape, or undefined when it fits (unknown and null values always fit). */
export declare function argumentShapeError(name: string, args: readonly Value[]): string | undefined;
export type { FunctionContext, FunctionSpec } from './types.js';
