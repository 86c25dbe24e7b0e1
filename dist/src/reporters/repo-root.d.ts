export declare function repositoryRoot(start?: string): string;
/**
 * A path as given in a finding (relative to `cwd`, or absolute) → the same
 * file relative to `root`, with forward slashes; undefined when it lies
 * outside the root (it can then only be named absolutely).
 */
export declare function rootRelative(file: string, cwd: string, root: string): string | undefined;
/** Where live resources (ARNs, ids) are written: the saved inventory and each record's line in it. */
export interface LiveLocations {
    /** The inventory file, relative to the working directory or absolute. */
    file: string;
    /** 1-based line of a record by its id (the finding's resource address). */
    lines: ReadonlyMap<string, number>;
}
/** How a reporter turns a finding's path into a repository path. */
export interface PathAnchor {
    /** Absolute repository root; without it paths are kept as given. */
    srcRoot?: string;
    /** The folder relative paths are relative to; default srcRoot. */
    cwd?: string;
}
/** A finding's path as the repository knows it: from the root when inside it, else absolute (or as given without a root). */
export declare function repositoryPath(file: string, anchor: PathAnchor): string;
/** One inventory, or several (a scan of more than one saved inventory). */
export type LiveLocationSet = LiveLocations | readonly LiveLocations[];
/** The file and line of a live resource's record: the first inventory that holds it. */
export declare function liveRecord(live: LiveLocationSet | undefined, address: string): {
    file: string;
    line: number;
} | undefined;
