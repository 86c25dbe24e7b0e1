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
const seqColumn = (dialect) => (dialect === 'sqlite' ? 'seq INTEGER PRIMARY KEY AUTOINCREMENT' : 'seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY');
const bigint = (dialect) => (dialect === 'sqlite' ? 'INTEGER' : 'BIGINT');
export const MIGRATIONS = [
    {
        version: 1,
        description: 'runs, run findings and finding lifecycle',
        statements: (d) => [
            `CREATE TABLE runs (
        ${seqColumn(d)},
        id TEXT NOT NULL UNIQUE,
        scope TEXT NOT NULL,
        scope_label TEXT NOT NULL,
        kind TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        ruleset_hash TEXT NOT NULL,
        rules TEXT NOT NULL,
        input_errors INTEGER NOT NULL,
        not_assessed TEXT NOT NULL,
        open_by_severity TEXT NOT NULL,
        suppressed INTEGER NOT NULL
      )`,
            'CREATE INDEX runs_scope_seq ON runs (scope, seq)',
            `CREATE TABLE run_findings (
        run_seq ${bigint(d)} NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        severity TEXT NOT NULL,
        suppression TEXT,
        PRIMARY KEY (run_seq, fingerprint)
      )`,
            `CREATE TABLE findings (
        scope TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        category TEXT NOT NULL,
        severity TEXT NOT NULL,
        title TEXT NOT NULL,
        resource TEXT NOT NULL,
        location TEXT NOT NULL,
        provider TEXT NOT NULL,
        account TEXT,
        region TEXT,
        first_seen_seq ${bigint(d)} NOT NULL,
        first_seen_at TEXT NOT NULL,
        last_seen_seq ${bigint(d)} NOT NULL,
        last_seen_at TEXT NOT NULL,
        status TEXT NOT NULL,
        resolved_seq ${bigint(d)},
        resolved_at TEXT,
        regressed_seq ${bigint(d)},
        regressed_at TEXT,
        regressions INTEGER NOT NULL,
        suppression TEXT,
        PRIMARY KEY (scope, fingerprint)
      )`,
            'CREATE INDEX findings_scope_status ON findings (scope, status)',
        ],
    },
];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
export const VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)';
