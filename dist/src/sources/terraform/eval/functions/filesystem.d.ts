import type { FunctionTable } from './types.js';
export declare const filesystemFunctions: FunctionTable;
