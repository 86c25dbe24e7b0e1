import type { InputError } from '../model/source-resource.js';
import { type ExcludePattern } from './path-globs.js';
export type { ExcludePattern } from './path-globs.js';
/** An entry passed over on purpose (the same shape as the report's SkippedEntry). */
export interface WalkSkip {
    /** Relative to the working directory. */
    path: string;
    kind: 'symlink' | 'special' | 'oversize' | 'excluded';
    reason: string;
}
export interface ScanUnit {
    /** The path argument as given on the command line. */
    input: string;
    kind: 'directory' | 'file';
    /** The unit's folder, relative to the working directory: the directory itself, or a file's folder. */
    root: string;
    /** Every file found, relative to the working directory, with forward slashes, in walk order (sorted per folder). */
    files: string[];
    /** The configuration files (.tf, .tf.json, .tofu, .tofu.json; a .tofu file shadows its .tf twin) of each folder that has any (relative to the working directory). */
    terraformFolders: Map<string, string[]>;
    /** Entries passed over on purpose, and why (a symlink leaving the tree or looping, a FIFO, an oversize file, an excluded path). */
    skipped: WalkSkip[];
}
export interface WalkOptions {
    /** Files larger than this are skipped with an InputError; default 5 MiB. */
    maxFileBytes?: number;
    /** The directory output paths are relative to; default process.cwd(). */
    cwd?: string;
    /** Paths to pass over, matched relative to each scanned folder (see path-globs.ts); a bare string is a command-line pattern. */
    exclude?: Array<string | ExcludePattern>;
}
export declare const DEFAULT_MAX_FILE_BYTES: number;
export declare function isInputFile(name: string): boolean;
/** A Terraform or OpenTofu configuration file, native or JSON syntax. */
export declare function isConfigurationFile(name: string): boolean;
/**
 * OpenTofu's rule: where `x.tofu` (or `x.tofu.json`) stands beside `x.tf`
 * (`x.tf.json`) in one folder, only the .tofu file is loaded. The list's order is kept.
 */
export declare function withoutShadowedFiles(files: string[]): string[];
export declare function toRelative(cwd: string, abs: string): string;
export declare function walkInputs(paths: string[], opts?: WalkOptions): {
    units: ScanUnit[];
    errors: InputError[];
};
