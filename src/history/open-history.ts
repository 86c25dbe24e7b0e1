/**
 * Opens the run history named by --history: a PostgreSQL URL
 * (postgres:// or postgresql://) or a SQLite file path (default
 * `.leakproof/history.db`), creating or migrating its schema.
 */
import { HistoryStore, migrate } from './history-store.js';
import { openPostgres } from './postgres-connection.js';
import { openSqlite } from './sqlite-connection.js';

export const DEFAULT_HISTORY_PATH = '.leakproof/history.db';

export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target);

export async function openHistory(target: string = DEFAULT_HISTORY_PATH): Promise<HistoryStore> {
  const conn = isPostgresUrl(target) ? await openPostgres(target) : await openSqlite(target);
  try {
    await migrate(conn);
  } catch (e) {
    await conn.close().catch(() => {});
    throw e;
  }
  return new HistoryStore(conn);
}
