import type { Value } from '../../../model/value.js';
import { type ParseLimits } from './limits.js';
export declare class TemplateSyntaxError extends Error {
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, line?: number | undefined, column?: number | undefined);
}
export interface LocatedDocument {
    /** 0-based position of the document in the file. */
    index: number;
    value: Value;
}
/** Parses every document of a YAML file; throws TemplateSyntaxError on the first syntax error. */
export declare function parseLocatedYaml(text: string, file: string, limits?: ParseLimits): LocatedDocument[];
