import type { Value } from '../../model/value.js';
export declare class JsonSyntaxError extends Error {
    readonly line: number;
    readonly column: number;
    constructor(message: string, line: number, column: number);
}
export interface LocatedJsonOptions {
    /** The file name written into every location. */
    file: string;
    /** Deepest nesting of arrays and objects accepted. */
    maxDepth?: number;
}
/** Parses JSON text into a located Value tree; throws JsonSyntaxError with line and column. */
export declare function parseLocatedJson(text: string, options: LocatedJsonOptions): Value;
