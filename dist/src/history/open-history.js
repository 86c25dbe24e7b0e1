/**
 * Opens the run history named by --history: a PostgreSQL URL
 * (postgres:// or postgresql://) or a SQLite file path, creating or migrating
 * its schema. The default file lives in the user's state folder (XDG), never
 * in the working directory: a run must not leave files in the repository
 * it looks at.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { HistoryStore, migrate } from './history-store.js';
import { openPostgres } from './postgres-connection.js';
import { openSqlite } from './sqlite-connection.js';
/**
 * `$XDG_STATE_HOME/leakproof/history.db`, else `~/.local/state/leakproof/history.db`.
 * The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
 */
export function defaultHistoryPath(env = process.env, home = homedir()) {
    const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(home, '.local', 'state');
    return path.join(state, 'leakproof', 'history.db');
}
export const isPostgresUrl = (target) => /^postgres(ql)?:\/\//i.test(target);
export async function openHistory(target = defaultHistoryPath()) {
    const conn = isPostgresUrl(target) ? await openPostgres(target) : await openSqlite(target);
    try {
        await migrate(conn);
    }
    catch (e) {
        await conn.close().catch(() => { });
        throw e;
    }
    return new HistoryStore(conn);
}
