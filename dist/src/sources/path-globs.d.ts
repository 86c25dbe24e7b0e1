/**
 * Exclude patterns for the walker, read the way .gitignore reads them, against
 * paths relative to the scanned folder with forward slashes:
 * - a pattern without a slash (`.terragrunt-cache`, `*.bak.tf`) matches a name
 *   at any depth; one with a slash (`modules/legacy`) is anchored to the
 *   scanned folder (a leading `/` or `./` changes nothing);
 * - `*` and `?` stay within one path segment, `**` spans segments
 *   (`**\/cache/**`, `vendor/**`); a trailing `/` matches folders only;
 * - a pattern matching a folder excludes everything below it, and `x/**`
 *   matches the folder `x` itself, so the folder is skipped as one entry.
 */
export interface ExcludePattern {
    pattern: string;
    /** Where it was written, for the report: `--exclude`, `.leakproof.yaml:12`. */
    origin: string;
    /** Written in a config found in the scanned tree: the tree's word, so what it hides is also a warning. */
    discovered?: boolean;
}
/** The reason a skipped entry gives for an exclude (one wording, so the scan can count an exclude's entries). */
export declare function excludedReason(spec: ExcludePattern): string;
export interface CompiledExclude extends ExcludePattern {
    matches(relPath: string, isDirectory: boolean): boolean;
}
/** Why a pattern can match nothing (empty, only slashes), else undefined: the caller refuses it as a usage error. */
export declare function excludeProblem(pattern: string): string | undefined;
/** Compiles one pattern; an empty pattern (or only slashes) matches nothing and is refused by the caller. */
export declare function compileExclude(spec: ExcludePattern): CompiledExclude;
