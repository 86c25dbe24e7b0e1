/**
 * Two nightly jobs overlapping: two processes record runs into the same
 * SQLite file at the same time. WAL, the busy timeout and BEGIN IMMEDIATE
 * must keep every run and leave the file intact and consistent.
 */
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { transpileFolders } from '../support/transpile.js';

const RUNS_PER_PROCESS = 25;

const WRITER = `
import { existsSync, writeFileSync } from 'node:fs';
import { openHistory } from './src/history/open-history.js';
const [file, who, count] = process.argv.slice(2);
const store = await openHistory(file);
// Start together: say ready, wait for the go.
writeFileSync(file + '.ready-' + who, '');
while (!existsSync(file + '.go')) await new Promise((r) => setTimeout(r, 5));
const scope = { key: 'nightly', label: 'audit aws 111122223333 all', kind: 'audit' };
const finding = (name) => ({
  fingerprint: 'fp-' + name, ruleId: 'LP-FW-002', category: 'open-firewall', severity: 'high', title: 'Admin port open',
  resource: 'sg-' + name, location: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-' + name,
  provider: 'aws', account: '111122223333', region: 'eu-west-1',
});
for (let i = 1; i <= Number(count); i++) {
  const at = new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString();
  await store.record({
    id: who + '-' + i, scope, startedAt: at, finishedAt: at, toolVersion: '0.1.0', rulesetHash: 'sha256:x',
    rules: ['LP-FW-002'], inputErrors: 0, notAssessed: [],
    findings: [finding('shared'), finding(who + '-' + (i % 3))],
  });
  // A breath between runs, as between real audits, so that the other writer gets its turns.
  await new Promise((r) => setTimeout(r, 2));
}
await store.close();
`;

function runWriter(dir: string, file: string, who: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, 'writer.js'), file, who, String(RUNS_PER_PROCESS)], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('SQLite history under concurrent writers', () => {
  test('two processes, one file: every run kept, the file intact, the lifecycle consistent', async () => {
    const build = transpileFolders(['src/history', 'src/findings', 'src/model']);
    writeFileSync(path.join(build, 'writer.js'), WRITER);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'leakproof-concurrent-')), 'history.db');
    try {
      const writers = Promise.all([runWriter(build, file, 'a'), runWriter(build, file, 'b')]);
      for (let waited = 0; !(existsSync(`${file}.ready-a`) && existsSync(`${file}.ready-b`)); waited += 10) {
        if (waited > 30_000) throw new Error('the writers did not start');
        await new Promise((r) => setTimeout(r, 10));
      }
      writeFileSync(`${file}.go`, '');
      const [a, b] = await writers;
      expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);

      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const runs = db.prepare('SELECT seq, id FROM runs ORDER BY seq').all() as Array<{ seq: number; id: string }>;
      expect(runs).toHaveLength(2 * RUNS_PER_PROCESS);
      expect(new Set(runs.map((r) => r.id)).size).toBe(2 * RUNS_PER_PROCESS);
      // The writers really interleaved: neither wrote all its runs before the other began.
      const firstB = runs.findIndex((r) => r.id.startsWith('b-'));
      const lastA = runs.map((r) => r.id.startsWith('a-')).lastIndexOf(true);
      expect(firstB).toBeLessThan(lastA);
      // Every finding's last-seen run is the last run (in commit order) that saw it, and 'shared' was seen by all.
      const states = db.prepare('SELECT fingerprint, last_seen_seq, first_seen_seq, status FROM findings').all() as Array<{ fingerprint: string; last_seen_seq: number; first_seen_seq: number; status: string }>;
      const seenBy = db.prepare('SELECT MAX(run_seq) AS last, MIN(run_seq) AS first FROM run_findings WHERE fingerprint = ?');
      for (const s of states) {
        const { last, first } = seenBy.get(s.fingerprint) as { last: number; first: number };
        expect([s.fingerprint, s.last_seen_seq, s.first_seen_seq]).toEqual([s.fingerprint, last, first]);
      }
      expect(states.find((s) => s.fingerprint === 'fp-shared')).toMatchObject({ status: 'open', first_seen_seq: 1, last_seen_seq: 2 * RUNS_PER_PROCESS });
      expect((db.prepare('SELECT COUNT(*) AS n FROM run_findings').get() as { n: number }).n).toBe(4 * RUNS_PER_PROCESS);
      db.close();
    } finally {
      rmSync(build, { recursive: true, force: true });
    }
  });
});
