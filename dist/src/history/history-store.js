/**
 * The run history over any SqlConnection (SQLite or PostgreSQL): records a
 * run and moves its findings' lives on in one exclusive transaction, and
 * reads runs, their findings and the findings' lives back.
 */
import { SEVERITIES } from '../findings/finding.js';
import { nextStates } from './lifecycle.js';
import { MIGRATIONS, SCHEMA_VERSION, VERSION_TABLE } from './schema.js';
import { num, optText, text } from './sql.js';
export class HistoryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HistoryError';
    }
}
/** Creates or upgrades the schema; refuses a database from a newer leakproof. */
export async function migrate(conn) {
    await conn.exclusive(async () => {
        await conn.run(VERSION_TABLE);
        const rows = await conn.all('SELECT MAX(version) AS v FROM schema_version');
        const current = rows[0]?.v === null || rows[0]?.v === undefined ? 0 : num(rows[0].v);
        if (current > SCHEMA_VERSION)
            throw new HistoryError(`${conn.location} has history schema version ${current}, written by a newer leakproof (this one knows version ${SCHEMA_VERSION})`);
        for (const m of MIGRATIONS) {
            if (m.version <= current)
                continue;
            for (const statement of m.statements(conn.dialect))
                await conn.run(statement);
            await conn.run('INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)', [m.version, new Date().toISOString(), m.description]);
        }
    });
}
const json = (v) => JSON.stringify(v);
function runRow(r) {
    return {
        seq: num(r.seq),
        id: text(r.id),
        scope: text(r.scope),
        scopeLabel: text(r.scope_label),
        kind: text(r.kind),
        startedAt: text(r.started_at),
        finishedAt: text(r.finished_at),
        recordedAt: text(r.recorded_at),
        toolVersion: text(r.tool_version),
        rulesetHash: text(r.ruleset_hash),
        rules: JSON.parse(text(r.rules)),
        inputErrors: num(r.input_errors),
        notAssessed: JSON.parse(text(r.not_assessed)),
        openBySeverity: JSON.parse(text(r.open_by_severity)),
        suppressed: num(r.suppressed),
    };
}
function stateRow(r) {
    const opt = (key, v) => (v === null || v === undefined ? {} : { [key]: v });
    return {
        scope: text(r.scope),
        fingerprint: text(r.fingerprint),
        ruleId: text(r.rule_id),
        category: text(r.category),
        severity: text(r.severity),
        title: text(r.title),
        resource: text(r.resource),
        location: text(r.location),
        provider: text(r.provider),
        ...opt('account', optText(r.account)),
        ...opt('region', optText(r.region)),
        firstSeenSeq: num(r.first_seen_seq),
        firstSeenAt: text(r.first_seen_at),
        lastSeenSeq: num(r.last_seen_seq),
        lastSeenAt: text(r.last_seen_at),
        status: text(r.status),
        ...opt('resolvedSeq', r.resolved_seq === null || r.resolved_seq === undefined ? undefined : num(r.resolved_seq)),
        ...opt('resolvedAt', optText(r.resolved_at)),
        ...opt('regressedSeq', r.regressed_seq === null || r.regressed_seq === undefined ? undefined : num(r.regressed_seq)),
        ...opt('regressedAt', optText(r.regressed_at)),
        regressions: num(r.regressions),
        ...opt('suppression', optText(r.suppression)),
    };
}
const STATE_COLUMNS = [
    'scope', 'fingerprint', 'rule_id', 'category', 'severity', 'title', 'resource', 'location', 'provider', 'account', 'region',
    'first_seen_seq', 'first_seen_at', 'last_seen_seq', 'last_seen_at', 'status', 'resolved_seq', 'resolved_at',
    'regressed_seq', 'regressed_at', 'regressions', 'suppression',
];
function stateValues(s) {
    return [
        s.scope, s.fingerprint, s.ruleId, s.category, s.severity, s.title, s.resource, s.location, s.provider, s.account ?? null, s.region ?? null,
        s.firstSeenSeq, s.firstSeenAt, s.lastSeenSeq, s.lastSeenAt, s.status, s.resolvedSeq ?? null, s.resolvedAt ?? null,
        s.regressedSeq ?? null, s.regressedAt ?? null, s.regressions, s.suppression ?? null,
    ];
}
const UPSERT_STATE = `INSERT INTO findings (${STATE_COLUMNS.join(', ')}) VALUES (${STATE_COLUMNS.map(() => '?').join(', ')}) ` +
    `ON CONFLICT (scope, fingerprint) DO UPDATE SET ${STATE_COLUMNS.slice(2).map((c) => `${c} = excluded.${c}`).join(', ')}`;
export class HistoryStore {
    conn;
    constructor(conn) {
        this.conn = conn;
    }
    get location() {
        return this.conn.location;
    }
    /** Records the run and moves its findings on, atomically; returns the stored run. */
    async record(run) {
        const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
        let suppressed = 0;
        const unique = new Map(run.findings.map((f) => [f.fingerprint, f]));
        for (const f of unique.values()) {
            if (f.suppression)
                suppressed++;
            else
                open[f.severity]++;
        }
        return this.conn.exclusive(async () => {
            const recordedAt = new Date().toISOString();
            const inserted = await this.conn.all('INSERT INTO runs (id, scope, scope_label, kind, started_at, finished_at, recorded_at, tool_version, ruleset_hash, rules, input_errors, not_assessed, open_by_severity, suppressed) ' +
                'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq', [run.id, run.scope.key, run.scope.label, run.scope.kind, run.startedAt, run.finishedAt, recordedAt, run.toolVersion, run.rulesetHash,
                json([...new Set(run.rules)].sort()), run.inputErrors, json(run.notAssessed), json(open), suppressed]);
            const seq = num(inserted[0].seq);
            for (const f of unique.values())
                await this.conn.run('INSERT INTO run_findings (run_seq, fingerprint, rule_id, severity, suppression) VALUES (?, ?, ?, ?, ?)', [
                    seq, f.fingerprint, f.ruleId, f.severity, f.suppression ?? null,
                ]);
            const current = new Map((await this.findingStates(run.scope.key)).map((s) => [s.fingerprint, s]));
            for (const state of nextStates(current, { ...run, findings: [...unique.values()] }, seq))
                await this.conn.run(UPSERT_STATE, stateValues(state));
            const stored = await this.conn.all('SELECT * FROM runs WHERE seq = ?', [seq]);
            return runRow(stored[0]);
        });
    }
    /** Runs, newest first; of one scope when given. */
    async runs(options = {}) {
        const where = [];
        const params = [];
        if (options.scope) {
            where.push('scope = ?');
            params.push(options.scope);
        }
        if (options.beforeSeq !== undefined) {
            where.push('seq < ?');
            params.push(options.beforeSeq);
        }
        const limit = options.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(options.limit))}` : '';
        const rows = await this.conn.all(`SELECT * FROM runs${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC${limit}`, params);
        return rows.map(runRow);
    }
    /** The newest run, of the scope given by key or label when one is given. */
    async latestRun(scopeOrLabel) {
        const rows = scopeOrLabel
            ? await this.conn.all('SELECT * FROM runs WHERE scope = ? OR scope_label = ? ORDER BY seq DESC LIMIT 1', [scopeOrLabel, scopeOrLabel])
            : await this.conn.all('SELECT * FROM runs ORDER BY seq DESC LIMIT 1');
        return rows[0] ? runRow(rows[0]) : undefined;
    }
    async run(idOrSeq) {
        const rows = typeof idOrSeq === 'number' ? await this.conn.all('SELECT * FROM runs WHERE seq = ?', [idOrSeq]) : await this.conn.all('SELECT * FROM runs WHERE id = ?', [idOrSeq]);
        return rows[0] ? runRow(rows[0]) : undefined;
    }
    /** The last run of the scope that finished before `iso` (exclusive). */
    async lastRunBefore(scope, iso, beforeSeq) {
        const rows = await this.conn.all(`SELECT * FROM runs WHERE scope = ? AND finished_at < ?${beforeSeq !== undefined ? ' AND seq < ?' : ''} ORDER BY seq DESC LIMIT 1`, beforeSeq !== undefined ? [scope, iso, beforeSeq] : [scope, iso]);
        return rows[0] ? runRow(rows[0]) : undefined;
    }
    async runFindings(seq) {
        const rows = await this.conn.all('SELECT fingerprint, rule_id, severity, suppression FROM run_findings WHERE run_seq = ? ORDER BY fingerprint', [seq]);
        return rows.map((r) => ({
            fingerprint: text(r.fingerprint),
            ruleId: text(r.rule_id),
            severity: text(r.severity),
            ...(r.suppression === null || r.suppression === undefined ? {} : { suppression: text(r.suppression) }),
        }));
    }
    async findingStates(scope) {
        return (await this.conn.all('SELECT * FROM findings WHERE scope = ? ORDER BY fingerprint', [scope])).map(stateRow);
    }
    async close() {
        await this.conn.close();
    }
}
