import { type SqlConnection } from './sql.js';
import type { FindingState, RunFindingRow, RunInput, RunRow } from './types.js';
export declare class HistoryError extends Error {
    constructor(message: string);
}
/** Creates or upgrades the schema; refuses a database from a newer leakproof. */
export declare function migrate(conn: SqlConnection): Promise<void>;
export declare class HistoryStore {
    readonly conn: SqlConnection;
    constructor(conn: SqlConnection);
    get location(): string;
    /** Records the run and moves its findings on, atomically; returns the stored run. */
    record(run: RunInput): Promise<RunRow>;
    /** Runs, newest first; of one scope when given. */
    runs(options?: {
        scope?: string;
        limit?: number;
        beforeSeq?: number;
    }): Promise<RunRow[]>;
    /** The newest run, of the scope given by key or label when one is given. */
    latestRun(scopeOrLabel?: string): Promise<RunRow | undefined>;
    run(idOrSeq: string | number): Promise<RunRow | undefined>;
    /** The last run of the scope that finished before `iso` (exclusive). */
    lastRunBefore(scope: string, iso: string, beforeSeq?: number): Promise<RunRow | undefined>;
    runFindings(seq: number): Promise<RunFindingRow[]>;
    findingStates(scope: string): Promise<FindingState[]>;
    close(): Promise<void>;
}
