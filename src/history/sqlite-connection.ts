/**
 * SQLite through better-sqlite3. WAL journal (readers never block the
 * writer), a busy timeout (a second writer waits for the first instead of
 * failing), BEGIN IMMEDIATE for writes (the write lock is taken up front, so
 * two overlapping runs cannot both read the old state and then both write).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import { serialQueue, type Row, type SqlConnection, type SqlValue } from './sql.js';

/** How long a writer waits for another one before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

export async function openSqlite(file: string): Promise<SqlConnection> {
  // Loaded on demand: a scan with --no-history never touches the native module.
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db: SqliteDatabase = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  const queue = serialQueue();
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    dialect: 'sqlite',
    location: file,
    async all(sql: string, params: SqlValue[] = []): Promise<Row[]> {
      const s = prepared(sql);
      return s.reader ? (s.all(...params) as Row[]) : (s.run(...params), []);
    },
    async run(sql: string, params: SqlValue[] = []): Promise<void> {
      // DDL is not cached: the schema it changes would invalidate other statements anyway.
      if (/^\s*(CREATE|ALTER|DROP)\b/i.test(sql)) db.exec(sql);
      else prepared(sql).run(...params);
    },
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      return queue(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work();
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      });
    },
    async close(): Promise<void> {
      db.close();
    },
  };
}
