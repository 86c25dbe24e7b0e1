import type { InputError } from '../../model/source-resource.js';
export interface ParameterOverrides {
    values: Map<string, string | string[]>;
    errors: InputError[];
    /** Files read, for the report. */
    files: string[];
}
/** Reads one parameter file's pairs, or says why it cannot. */
export declare function parseParameterFile(text: string): Array<[string, string | string[]]> | string;
/** Files first, then `--parameter` pairs, so that the command line wins. */
export declare function readParameterOverrides(files?: string[], pairs?: Array<[string, string]>): ParameterOverrides;
