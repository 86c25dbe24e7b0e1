import type { Severity } from '../../findings/finding.js';
import { type RunDiff } from '../../history/diff.js';
import type { HistoryStore } from '../../history/history-store.js';
export interface DiffCommandOptions {
    history?: string | false;
    since: string;
    run?: string;
    scope?: string;
    format: 'text' | 'json' | 'markdown';
    failOn: Severity | 'none';
}
/**
 * Opens an existing history for reading, from the same place runs record in:
 * --history, $LEAKPROOF_HISTORY, the `history:` of the .leakproof.yaml found
 * from the working directory, else the state-folder default that audits use.
 * A missing SQLite file is an error that says how to make one, not a new empty history.
 */
export declare function openExistingHistory(option: string | false | undefined): Promise<HistoryStore>;
export declare function renderDiffText(diff: RunDiff): string;
export declare function runDiffCommand(options: DiffCommandOptions): Promise<number>;
