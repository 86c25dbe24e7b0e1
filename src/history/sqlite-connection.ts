/**
 * SQLite for the run history. WAL journal (readers never block the writer), a
 * busy timeout (a second writer waits for the first instead of failing),
 * BEGIN IMMEDIATE for writes (the write lock is taken up front, so two
 * overlapping runs cannot both read the old state and then both write).
 *
 * The driver is Node's built-in `node:sqlite` where the runtime has it, else
 * the optional `better-sqlite3` package. Neither is needed to install or to
 * scan: only a run that opens a SQLite history loads one, so an install whose
 * native build of better-sqlite3 failed still works for everything else.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serialQueue, type Row, type SqlConnection, type SqlValue } from './sql.js';

/** How long a writer waits for another one before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

export const SQLITE_UNAVAILABLE =
  'run history needs Node 22.5+ (node:sqlite; unflagged from 22.13) or the optional better-sqlite3 package: npm install better-sqlite3';

/** What the connection needs from either driver. */
interface SqliteDriver {
  exec(sql: string): void;
  all(sql: string, params: SqlValue[]): Row[];
  run(sql: string, params: SqlValue[]): void;
  /** Undefined when the driver cannot tell (older node:sqlite). */
  inTransaction(): boolean | undefined;
  close(): void;
}

// The slices of each driver's API used here (@types/node 20 has no node:sqlite).
interface NodeStatement {
  all(...params: SqlValue[]): unknown[];
  run(...params: SqlValue[]): unknown;
}
interface NodeDatabase {
  exec(sql: string): void;
  prepare(sql: string): NodeStatement;
  close(): void;
  readonly isTransaction?: boolean;
}
type NodeSqlite = { DatabaseSync: new (file: string) => NodeDatabase };

/** node:sqlite, or undefined on runtimes without it (Node 20, 22 before 22.13 without --experimental-sqlite). */
async function importNodeSqlite(): Promise<NodeSqlite | undefined> {
  // Node flags the module experimental on every load; a history run is not the place to say so.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning instanceof Error ? warning.message : warning).includes('SQLite is an experimental feature')) return;
    return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    const specifier = 'node:sqlite';
    return (await import(specifier)) as NodeSqlite;
  } catch {
    return undefined;
  } finally {
    process.emitWarning = emitWarning;
  }
}

function nodeDriver(mod: NodeSqlite, file: string): SqliteDriver {
  const db = new mod.DatabaseSync(file);
  const statements = cache((sql) => db.prepare(sql));
  return {
    exec: (sql) => db.exec(sql),
    all: (sql, params) => statements(sql).all(...params) as Row[],
    run: (sql, params) => void statements(sql).run(...params),
    inTransaction: () => db.isTransaction,
    close: () => db.close(),
  };
}

/** better-sqlite3's opener, or undefined when the package is not installed. */
async function importBetterSqlite(): Promise<((file: string) => SqliteDriver) | undefined> {
  let Database: typeof import('better-sqlite3');
  try {
    ({ default: Database } = await import('better-sqlite3'));
  } catch {
    return undefined;
  }
  return (file) => {
    let db: import('better-sqlite3').Database;
    try {
      db = new Database(file);
    } catch (e) {
      if ((e as Error).name === 'SqliteError') throw e;
      // The package loads its native build only here: missing, or made for another Node.
      throw new Error(`${SQLITE_UNAVAILABLE} (better-sqlite3 is installed but does not load: ${String((e as Error).message).split('\n')[0]})`);
    }
    const statements = cache((sql) => db.prepare(sql));
    return {
      exec: (sql) => void db.exec(sql),
      all: (sql, params) => {
        const s = statements(sql);
        return s.reader ? (s.all(...params) as Row[]) : (s.run(...params), []);
      },
      run: (sql, params) => void statements(sql).run(...params),
      inTransaction: () => db.inTransaction,
      close: () => db.close(),
    };
  };
}

/** Prepared statements, one per SQL text. */
function cache<S>(prepare: (sql: string) => S): (sql: string) => S {
  const statements = new Map<string, S>();
  return (sql) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = prepare(sql)));
    return s;
  };
}

/** The first driver the runtime has, as an opener; checked before anything is created on disk. */
async function driverOpener(): Promise<(file: string) => SqliteDriver> {
  const builtin = await importNodeSqlite();
  if (builtin) return (file) => nodeDriver(builtin, file);
  const better = await importBetterSqlite();
  if (better) return better;
  throw new Error(SQLITE_UNAVAILABLE);
}

export async function openSqlite(file: string): Promise<SqlConnection> {
  const open = await driverOpener();
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = open(file);
  try {
    db.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  const queue = serialQueue();
  return {
    dialect: 'sqlite',
    location: file,
    async all(sql: string, params: SqlValue[] = []): Promise<Row[]> {
      return db.all(sql, params);
    },
    async run(sql: string, params: SqlValue[] = []): Promise<void> {
      // DDL is not cached: the schema it changes would invalidate other statements anyway.
      if (/^\s*(CREATE|ALTER|DROP)\b/i.test(sql)) db.exec(sql);
      else db.run(sql, params);
    },
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      return queue(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work();
          db.exec('COMMIT');
          return result;
        } catch (e) {
          // SQLite may already have rolled back (e.g. on SQLITE_FULL); a driver that cannot tell gets a try.
          if (db.inTransaction() !== false) {
            try {
              db.exec('ROLLBACK');
            } catch {
              // Nothing left to roll back.
            }
          }
          throw e;
        }
      });
    },
    async close(): Promise<void> {
      db.close();
    },
  };
}
