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
import { serialQueue } from './sql.js';
/** How long a writer waits for another one before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;
export const SQLITE_UNAVAILABLE = 'run history needs Node 22.5+ (node:sqlite; unflagged from 22.13) or the optional better-sqlite3 package: npm install better-sqlite3';
/** node:sqlite, or undefined on runtimes without it (Node 20, 22 before 22.13 without --experimental-sqlite). */
async function importNodeSqlite() {
    // Node flags the module experimental on every load; a history run is not the place to say so.
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        if (String(warning instanceof Error ? warning.message : warning).includes('SQLite is an experimental feature'))
            return;
        return emitWarning.call(process, warning, ...rest);
    });
    try {
        const specifier = 'node:sqlite';
        return (await import(specifier));
    }
    catch {
        return undefined;
    }
    finally {
        process.emitWarning = emitWarning;
    }
}
function nodeDriver(mod, file) {
    const db = new mod.DatabaseSync(file);
    const statements = cache((sql) => db.prepare(sql));
    return {
        exec: (sql) => db.exec(sql),
        all: (sql, params) => statements(sql).all(...params),
        run: (sql, params) => void statements(sql).run(...params),
        inTransaction: () => db.isTransaction,
        close: () => db.close(),
    };
}
/** better-sqlite3's opener, or undefined when the package is not installed. */
async function importBetterSqlite() {
    let Database;
    try {
        ({ default: Database } = await import('better-sqlite3'));
    }
    catch {
        return undefined;
    }
    return (file) => {
        let db;
        try {
            db = new Database(file);
        }
        catch (e) {
            if (e.name === 'SqliteError')
                throw e;
            // The package loads its native build only here: missing, or made for another Node.
            throw new Error(`${SQLITE_UNAVAILABLE} (better-sqlite3 is installed but does not load: ${String(e.message).split('\n')[0]})`);
        }
        const statements = cache((sql) => db.prepare(sql));
        return {
            exec: (sql) => void db.exec(sql),
            all: (sql, params) => {
                const s = statements(sql);
                return s.reader ? s.all(...params) : (s.run(...params), []);
            },
            run: (sql, params) => void statements(sql).run(...params),
            inTransaction: () => db.inTransaction,
            close: () => db.close(),
        };
    };
}
/** Prepared statements, one per SQL text. */
function cache(prepare) {
    const statements = new Map();
    return (sql) => {
        let s = statements.get(sql);
        if (!s)
            statements.set(sql, (s = prepare(sql)));
        return s;
    };
}
/** The first driver the runtime has, as an opener; checked before anything is created on disk. */
async function driverOpener() {
    const builtin = await importNodeSqlite();
    if (builtin)
        return (file) => nodeDriver(builtin, file);
    const better = await importBetterSqlite();
    if (better)
        return better;
    throw new Error(SQLITE_UNAVAILABLE);
}
export async function openSqlite(file) {
    const open = await driverOpener();
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = open(file);
    try {
        db.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        db.exec('PRAGMA foreign_keys = ON');
    }
    catch (e) {
        db.close();
        throw e;
    }
    const queue = serialQueue();
    return {
        dialect: 'sqlite',
        location: file,
        async all(sql, params = []) {
            return db.all(sql, params);
        },
        async run(sql, params = []) {
            // DDL is not cached: the schema it changes would invalidate other statements anyway.
            if (/^\s*(CREATE|ALTER|DROP)\b/i.test(sql))
                db.exec(sql);
            else
                db.run(sql, params);
        },
        exclusive(work) {
            return queue(async () => {
                db.exec('BEGIN IMMEDIATE');
                try {
                    const result = await work();
                    db.exec('COMMIT');
                    return result;
                }
                catch (e) {
                    // SQLite may already have rolled back (e.g. on SQLITE_FULL); a driver that cannot tell gets a try.
                    if (db.inTransaction() !== false) {
                        try {
                            db.exec('ROLLBACK');
                        }
                        catch {
                            // Nothing left to roll back.
                        }
                    }
                    throw e;
                }
            });
        },
        async close() {
            db.close();
        },
    };
}
