import { HistoryStore } from './history-store.js';
/**
 * `$XDG_STATE_HOME/leakproof/history.db`, else `~/.local/state/leakproof/history.db`.
 * The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
 */
export declare function defaultHistoryPath(env?: NodeJS.ProcessEnv, home?: string): string;
export declare const isPostgresUrl: (target: string) => boolean;
export declare function openHistory(target?: string): Promise<HistoryStore>;
