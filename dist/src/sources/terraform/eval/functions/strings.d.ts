import type { FunctionTable } from './types.js';
export declare const stringFunctions: FunctionTable;
