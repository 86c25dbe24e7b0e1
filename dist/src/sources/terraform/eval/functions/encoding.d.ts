import type { FunctionTable } from './types.js';
export declare function urlEncode(s: string): string;
/** RFC 4180 CSV, the first row naming the columns (Go's encoding/csv, as csvdecode uses it). */
export declare function parseCsv(text: string): string[][];
export declare const encodingFunctions: FunctionTable;
