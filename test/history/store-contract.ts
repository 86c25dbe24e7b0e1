/**
 * The behaviour every history store must have, run against SQLite and
 * against a real PostgreSQL server: a finding's life over successive audits,
 * coverage gaps that never read as fixes, suppressions, and the schema.
 */
import { describe, expect, test } from '@jest/globals';
import { diffRuns, failingChanges, trendOf } from '../../src/history/diff.js';
import type { HistoryStore } from '../../src/history/history-store.js';
import { RULES, SCOPE, runOn, seen } from './runs.js';

export async function diffLatest(store: HistoryStore, scope = SCOPE.key) {
  const [target, base] = await store.runs({ scope, limit: 2 });
  return diffRuns({
    ...(base ? { base } : {}),
    target: target!,
    baseFindings: base ? await store.runFindings(base.seq) : [],
    targetFindings: await store.runFindings(target!.seq),
    states: await store.findingStates(scope),
  });
}

const names = (list: Array<{ resource: string }>) => list.map((f) => f.resource).sort();

export function describeHistoryStore(name: string, open: () => Promise<HistoryStore>): void {
  describe(`${name} history`, () => {
    test('three audits: a finding appears, is fixed, comes back', async () => {
      const store = await open();
      try {
        await store.record(runOn(1, [seen('a'), seen('b', { severity: 'critical' })]));
        let d = await diffLatest(store);
        expect(d.base).toBeUndefined();
        expect([names(d.new), names(d.resolved), names(d.regressed), names(d.stillOpen)]).toEqual([['sg-a', 'sg-b'], [], [], []]);

        await store.record(runOn(2, [seen('b', { severity: 'critical' })]));
        d = await diffLatest(store);
        expect(d.base!.id).toBe('run-01');
        expect([names(d.new), names(d.resolved), names(d.regressed), names(d.stillOpen)]).toEqual([[], ['sg-a'], [], ['sg-b']]);
        expect(d.stillOpen[0]!.ageDays).toBe(1);

        await store.record(runOn(5, [seen('a'), seen('b', { severity: 'critical' }), seen('c', { severity: 'low' })]));
        d = await diffLatest(store);
        expect([names(d.new), names(d.resolved), names(d.regressed), names(d.stillOpen)]).toEqual([['sg-c'], [], ['sg-a'], ['sg-b']]);
        expect(d.regressed[0]).toMatchObject({ firstSeenAt: '2026-11-01T02:00:00.000Z', ageDays: 4, regressions: 1, regressedAt: '2026-11-05T02:00:00.000Z' });
        expect(d.stillOpen[0]!.ageDays).toBe(4);
        // Fail-on counts new and regressed ones at or above the threshold.
        expect(failingChanges(d, 'high').map((f) => f.resource)).toEqual(['sg-a']);
        expect(failingChanges(d, 'low').map((f) => f.resource).sort()).toEqual(['sg-a', 'sg-c']);
        expect(failingChanges(d, 'none')).toEqual([]);

        const a = (await store.findingStates(SCOPE.key)).find((s) => s.resource === 'sg-a')!;
        expect(a).toMatchObject({
          status: 'open',
          firstSeenAt: '2026-11-01T02:00:00.000Z',
          lastSeenAt: '2026-11-05T02:00:00.000Z',
          regressedAt: '2026-11-05T02:00:00.000Z',
          regressions: 1,
        });
        expect(a.resolvedAt).toBeUndefined();

        // Diff against an older run, and the trend of open findings by severity.
        const runs = await store.runs({ scope: SCOPE.key });
        expect(runs.map((r) => r.id)).toEqual(['run-05', 'run-02', 'run-01']);
        expect(trendOf(runs).map((p) => [p.runId, p.open.critical, p.open.high, p.open.low])).toEqual([
          ['run-01', 1, 1, 0],
          ['run-02', 1, 0, 0],
          ['run-05', 1, 1, 1],
        ]);
        const before3rd = await store.lastRunBefore(SCOPE.key, '2026-11-03T00:00:00.000Z');
        expect(before3rd!.id).toBe('run-02');
        expect(await store.lastRunBefore(SCOPE.key, '2026-11-01T00:00:00.000Z')).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    test('a finding the run could not see is neither resolved nor forgotten', async () => {
      const store = await open();
      try {
        const scope = { ...SCOPE, key: 'scope-gaps' };
        await store.record(runOn(1, [seen('a'), seen('bucket', { ruleId: 'LP-ST-001', category: 'public-storage', resource: 'logs', region: 'global' })], { scope }));
        // EC2 in eu-west-1 was not readable: the security group finding is unverified; the bucket one is resolved.
        const ec2Denied = { provider: 'aws', account: '111122223333', region: 'eu-west-1', service: 'ec2', scope: 'security groups', reason: 'AccessDenied' };
        await store.record(runOn(2, [], { scope, notAssessed: [ec2Denied] }));
        let d = await diffLatest(store, scope.key);
        expect([names(d.resolved), names(d.unverified)]).toEqual([['logs'], ['sg-a']]);
        let states = await store.findingStates(scope.key);
        expect(states.find((s) => s.resource === 'sg-a')!.status).toBe('open');
        expect(states.find((s) => s.resource === 'logs')!.status).toBe('resolved');
        // A run without the rule cannot resolve it either; a full run can.
        await store.record(runOn(3, [], { scope, rules: ['LP-ST-001'] }));
        expect(names((await diffLatest(store, scope.key)).unverified)).toEqual([]);
        states = await store.findingStates(scope.key);
        expect(states.find((s) => s.resource === 'sg-a')!.status).toBe('open');
        await store.record(runOn(4, [], { scope }));
        states = await store.findingStates(scope.key);
        expect(states.find((s) => s.resource === 'sg-a')).toMatchObject({ status: 'resolved', resolvedAt: '2026-11-04T02:00:00.000Z' });
        // An input error (IaC) resolves nothing.
        await store.record(runOn(5, [seen('z')], { scope }));
        await store.record(runOn(6, [], { scope, inputErrors: 1 }));
        d = await diffLatest(store, scope.key);
        expect([names(d.resolved), names(d.unverified)]).toEqual([[], ['sg-z']]);
      } finally {
        await store.close();
      }
    });

    test('suppressions are recorded and never fail the diff', async () => {
      const store = await open();
      try {
        const scope = { ...SCOPE, key: 'scope-waived' };
        await store.record(runOn(1, [], { scope }));
        const run = await store.record(runOn(2, [seen('w', { suppression: 'waiver' }), seen('n')], { scope }));
        expect(run.openBySeverity.high).toBe(1);
        expect(run.suppressed).toBe(1);
        const d = await diffLatest(store, scope.key);
        expect(names(d.new)).toEqual(['sg-n', 'sg-w']);
        expect(failingChanges(d, 'high').map((f) => f.resource)).toEqual(['sg-n']);
        expect((await store.findingStates(scope.key)).find((s) => s.resource === 'sg-w')!.suppression).toBe('waiver');
      } finally {
        await store.close();
      }
    });

    test('scopes are kept apart, and a run id is unique', async () => {
      const store = await open();
      try {
        await store.record(runOn(1, [seen('x')], { id: 'other-1', scope: { key: 'scope-other', label: 'scan elsewhere', kind: 'scan' } }));
        expect((await store.runs({ scope: 'scope-other' })).map((r) => r.id)).toEqual(['other-1']);
        expect((await store.findingStates('scope-other')).map((s) => s.resource)).toEqual(['sg-x']);
        // (Checked by message: the native SQLite binding's error class belongs to whichever jest context loaded it first.)
        const failure = await store.record(runOn(1, [], { id: 'other-1', scope: { key: 'scope-other', label: 'x', kind: 'scan' } })).then(() => undefined, (e: unknown) => e);
        expect(String((failure as Error | undefined)?.message)).toMatch(/UNIQUE constraint failed: runs\.id|duplicate key value violates unique constraint/);
        // The failed write left nothing behind.
        expect((await store.runs({ scope: 'scope-other' })).length).toBe(1);
        expect(RULES).toContain('LP-FW-002');
      } finally {
        await store.close();
      }
    });
  });
}
