/**
 * Records a finished scan or audit in the run history and tells the reports
 * what changed since the previous run of the same scope. A scan records only
 * when asked (--history, $LEAKPROOF_HISTORY, `history:` in the config): it
 * runs in someone's repository and must leave nothing behind. An audit
 * records by default, in the user's state folder. Recording must never change
 * a run's outcome: any failure (a read-only folder, a locked or newer
 * database, an unreachable server) becomes a warning, and the run goes on
 * without history.
 */
import type { ScanReport } from '../findings/report.js';
import type { HistorySection } from '../reporters/history-section.js';
import { type RunDiff } from './diff.js';
import type { HistoryStore } from './history-store.js';
import type { RunRow, RunScope } from './types.js';
/** How many runs the trend shows. */
export declare const TREND_RUNS = 12;
export interface RecordRequest {
    /** A SQLite path or PostgreSQL URL (see historyTarget); false or undefined records nothing. */
    target: string | false | undefined;
    scope: RunScope;
    /** The report after policy (suppressions marked). */
    report: ScanReport;
    /** Ids of the rules that ran. */
    rules: string[];
    rulesetHash: string;
    startedAt: Date;
    finishedAt: Date;
}
export interface RecordOutcome {
    run?: RunRow;
    diff?: RunDiff;
    section?: HistorySection;
    /** Why nothing was recorded (for stderr). */
    warning?: string;
}
/** Where a history target came from; `default` is the only one the user did not name. */
export type HistorySource = 'option' | 'env' | 'config' | 'default';
export interface HistoryChoice {
    target: string;
    from: HistorySource;
}
export interface HistorySettings {
    /** --history PATH|URL, or false for --no-history. */
    option: string | false | undefined;
    /** `history:` of the config in use (a URL, or a path resolved against the config's folder). */
    config?: string | undefined;
    /** Audits and the commands that read a history fall back to the user's state folder; scans do not. */
    useDefault: boolean;
}
/**
 * --history, else $LEAKPROOF_HISTORY (keeps a database password off the
 * command line), else the config's `history:`, else (when useDefault) the
 * state-folder file; undefined means "record nothing".
 */
export declare function historyTarget(settings: HistorySettings, env?: NodeJS.ProcessEnv): HistoryChoice | undefined;
/** A target as it may be printed: never a database password. */
export declare const shownHistory: (target: string) => string;
/** The diff of a run against the previous run of its scope. */
export declare function diffWithPrevious(store: HistoryStore, run: RunRow): Promise<RunDiff>;
export declare function sectionOf(diff: RunDiff, trend: RunRow[]): HistorySection;
export declare function recordRun(request: RecordRequest): Promise<RecordOutcome>;
