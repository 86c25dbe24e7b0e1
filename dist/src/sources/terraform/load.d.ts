import type { InputError, SourceResult } from '../../model/source-resource.js';
import { type ScanUnit } from '../walk.js';
import { type HclFile } from './hcl/ast.js';
import { type TrustRoot } from '../trust-root.js';
export interface TerraformLoadOptions {
    /** `--var name=value` options, in command-line order (applied after every var file). */
    vars?: Array<[string, string]>;
    /** `--var-file` paths, relative to the working directory, in command-line order. */
    varFiles?: string[];
    /** The directory paths are relative to; default process.cwd(). */
    cwd?: string;
    /** Files larger than this are not read (a module folder outside the scanned tree); default 5 MiB. */
    maxFileBytes?: number;
    /** Bound on expression evaluations for each root module (a hostile configuration must not run forever). */
    maxEvaluations?: number;
    /** The folder reads on the configuration's behalf are confined to; default: findTrustRoot(unit.root). */
    trustRoot?: TrustRoot;
    /** Share parsed files between loads, e.g. between the units of one scan. */
    cache?: TerraformParseCache;
}
/** Parsed files by absolute path (a syntax error is cached too). */
export type TerraformParseCache = Map<string, {
    file: HclFile;
} | {
    error: InputError;
}>;
export declare function createParseCache(): TerraformParseCache;
export declare function loadTerraform(unit: ScanUnit, options?: TerraformLoadOptions): SourceResult;
