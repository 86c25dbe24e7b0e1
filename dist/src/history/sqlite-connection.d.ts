import { type SqlConnection } from './sql.js';
/** How long a writer waits for another one before giving up. */
export declare const SQLITE_BUSY_TIMEOUT_MS = 15000;
export declare const SQLITE_UNAVAILABLE = "run history needs Node 22.5+ (node:sqlite; unflagged from 22.13) or the optional better-sqlite3 package: npm install better-sqlite3";
export declare function openSqlite(file: string): Promise<SqlConnection>;
