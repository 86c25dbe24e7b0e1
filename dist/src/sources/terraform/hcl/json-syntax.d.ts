import { type HclFile } from './ast.js';
export declare function parseHclJson(text: string, path: string): HclFile;
/**
 * The first key repeated within one object of (already valid) JSON text. A
 * flat scan with an explicit stack: no recursion, however deep the text.
 */
export declare function firstDuplicateKey(text: string): {
    key: string;
    line: number;
    column: number;
} | undefined;
