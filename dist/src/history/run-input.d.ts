import type { Finding } from '../findings/finding.js';
import type { RunScope, SeenFinding } from './types.js';
/** Selection options that change which findings a run can produce: runs that differ in them are not compared. */
export interface RunSelection {
    rule?: string[];
    skipRule?: string[];
    severity?: string[];
    category?: string[];
    framework?: string;
    /** Extra rule folders or packages. */
    rules?: string[];
}
/**
 * A scan's scope: its paths relative to the working directory (so CI
 * checkouts in different folders share history), sorted.
 */
export declare function scanScope(paths: string[], selection: RunSelection, cwd?: string): RunScope;
/** A live audit's scope: provider, accounts and regions as asked for (`all` stays `all`). */
export declare function auditScope(provider: string, accounts: string[], regions: string[], selection: RunSelection): RunScope;
/** A new run id: the finish time and a random suffix, so ids sort by time and never clash. */
export declare function newRunId(finishedAt?: Date): string;
export declare function seenFinding(f: Finding): SeenFinding;
