/**
 * The history schema, as numbered migrations for SQLite and PostgreSQL. The
 * tool creates and migrates it itself: `schema_version` holds the versions
 * applied, each migration runs in its own transaction, and a database written
 * by a newer leakproof (a higher version) is refused rather than guessed at.
 *
 *   runs          one row a scan or audit: when, over what (scope), which
 *                 rules ran, what was not assessed, open counts by severity.
 *                 `seq` is the commit order, which decides "previous run".
 *   run_findings  the fingerprints each run saw, with severity and suppression.
 *   findings      one row per scope and fingerprint: first seen, last seen,
 *                 resolved at, regressed at, and the latest details.
 *
 * Times are ISO-8601 UTC text in both databases, so they sort and compare the
 * same way everywhere.
 */
export type Dialect = 'sqlite' | 'postgres';
export interface Migration {
    version: number;
    description: string;
    statements: (dialect: Dialect) => string[];
}
export declare const MIGRATIONS: Migration[];
export declare const SCHEMA_VERSION: number;
export declare const VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)";
