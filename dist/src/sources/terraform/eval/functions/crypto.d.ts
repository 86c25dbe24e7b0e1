import type { FunctionTable } from './types.js';
export declare const cryptoFunctions: FunctionTable;
