import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { openHistory } from '../../src/history/open-history.js';
import { displayUrl } from '../../src/history/postgres-connection.js';
import { postgresUnavailable, startPostgres, type TestPostgres } from '../support/postgres.js';
import { describeHistoryStore } from './store-contract.js';
import { runOn, seen, SCOPE } from './runs.js';
import { threeAudits } from './live-audits.js';

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`PostgreSQL history tests skipped: ${unavailable}`);
const suite = unavailable ? describe.skip : describe;

suite('PostgreSQL', () => {
  let server: TestPostgres;
  let database = 0;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  /** Each store gets its own database, so the contract's scopes start empty. */
  const freshDatabase = async () => {
    const name = `history_${++database}`;
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return server.url.replace(/\/postgres$/, `/${name}`);
  };

  describeHistoryStore('PostgreSQL', async () => openHistory(await freshDatabase()));

  test('the schema is created by the tool, with its version table', async () => {
    const url = await freshDatabase();
    await (await openHistory(url)).close();
    await (await openHistory(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const versions = await client.query('SELECT version FROM schema_version');
    const tables = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    await client.end();
    expect(versions.rows).toEqual([{ version: 1 }]);
    expect(tables.rows.map((r) => r.table_name)).toEqual(['findings', 'run_findings', 'runs', 'schema_version']);
  });

  test('two connections recording at once: no run lost, lifecycle consistent', async () => {
    const url = await freshDatabase();
    // Both open (and migrate) at the same time too.
    const [a, b] = await Promise.all([openHistory(url), openHistory(url)]);
    try {
      const writes: Array<Promise<unknown>> = [];
      for (let i = 1; i <= 15; i++) {
        // Overlapping findings: every run sees 'shared'; odd runs also see 'odd'.
        writes.push(a.record(runOn(i, [seen('shared'), ...(i % 2 ? [seen('odd')] : [])], { id: `a-${i}` })));
        writes.push(b.record(runOn(i, [seen('shared'), ...(i % 2 ? [] : [seen('even')])], { id: `b-${i}` })));
      }
      await Promise.all(writes);
      const runs = await a.runs({ scope: SCOPE.key });
      expect(runs).toHaveLength(30);
      expect(new Set(runs.map((r) => r.seq)).size).toBe(30);
      const states = new Map((await b.findingStates(SCOPE.key)).map((s) => [s.resource, s]));
      // Last-seen is the last run (by commit order) that saw it.
      const lastWith = async (resource: string) => {
        for (const r of runs) if ((await a.runFindings(r.seq)).some((f) => f.fingerprint === `fp-${resource}`)) return r.seq;
        return undefined;
      };
      for (const name of ['shared', 'odd', 'even']) expect(states.get(`sg-${name}`)!.lastSeenSeq).toBe(await lastWith(name));
      expect(states.get('sg-shared')!.status).toBe('open');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('three audits of a changing account: new, resolved, regressed from PostgreSQL', async () => {
    await threeAudits(await freshDatabase());
  });

  test('the password never shows in the history location', () => {
    expect(displayUrl('postgres://ci:s3cret@db.internal:5432/leakproof')).toBe('postgres://ci:***@db.internal:5432/leakproof');
  });
});
