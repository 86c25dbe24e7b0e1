/**
 * The provider-neutral audit runner with a small in-memory provider: accounts
 * that cannot be opened or listed are not assessed as a whole, collectors run
 * per account and per region within the bounds, a collector that throws loses
 * only its own service, and progress names account, region and service.
 */
import { describe, expect, test } from '@jest/globals';
import { known } from '../../src/model/fact.js';
import type { ModelResource } from '../../src/model/resources.js';
import { runAudit, type AuditProgressEvent, type AuditProvider } from '../../src/sources/live/audit-run.js';

interface Snap {
  account: string;
  read: string[];
}

const tick = () => new Promise((r) => setTimeout(r, 2));

function provider(overrides: Partial<AuditProvider<string, Snap>> = {}): AuditProvider<string, Snap> & { running: { regions: number; most: number } } {
  const running = { regions: 0, most: 0 };
  return {
    running,
    provider: 'aws',
    targets: async () => [
      { account: '111', open: async () => 'session-111' },
      { account: '222', open: async () => Promise.reject(new Error('AccessDenied: sts:AssumeRole on arn:aws:iam::222:role/x')) },
      { account: '333', open: async () => 'session-333' },
    ],
    regions: async (_s, account) => (account === '333' ? Promise.reject(new Error('ec2:DescribeRegions denied')) : ['r1', 'r2', 'r3']),
    newSnapshot: (account) => ({ account, read: [] }),
    accountCollectors: [
      {
        service: 'storage',
        collect: async (ctx) => {
          await ctx.part({ region: 'global', service: 'storage', scope: 'buckets' }, async () => ctx.snapshot.read.push('buckets'));
        },
      },
    ],
    regionalCollectors: [
      {
        service: 'network',
        collect: async (ctx) => {
          running.regions++;
          running.most = Math.max(running.most, running.regions);
          await tick();
          await ctx.part({ region: ctx.region, service: 'network', scope: 'groups' }, async () => ctx.snapshot.read.push(`groups@${ctx.region}`));
          running.regions--;
        },
      },
      {
        service: 'broken',
        collect: async (ctx) => {
          if (ctx.region === 'r2') throw new Error('bug reading password=hunter2');
        },
      },
    ],
    normalize: (snap) =>
      snap.read.map(
        (what): ModelResource => ({
          id: `${snap.account}:${what}`,
          kind: 'network',
          provider: 'aws',
          sourceKind: 'aws-live',
          sourceType: 'test',
          region: known('r1'),
          account: snap.account,
          loc: { file: `${snap.account}:${what}`, startLine: 0, endLine: 0 },
          tags: {},
          cidrs: known([]),
        }),
      ),
    ...overrides,
  };
}

describe('runAudit', () => {
  test('reads what it can, says what it could not, within the region bound', async () => {
    const p = provider();
    const events: AuditProgressEvent[] = [];
    const outcome = await runAudit(p, { accounts: 2, regions: 2 }, (e) => events.push(e));
    expect(outcome.resources.map((r) => r.id).sort()).toEqual(['111:buckets', '111:groups@r1', '111:groups@r2', '111:groups@r3']);
    expect(p.running.most).toBe(2);
    const missing = outcome.coverage.notAssessed;
    expect(missing).toEqual([
      expect.objectContaining({ account: '111', region: 'r2', service: 'broken', reason: 'bug reading password=[redacted]' }),
      expect.objectContaining({ account: '222', region: 'global', service: '*', scope: expect.stringMatching(/credentials could not be obtained/) }),
      expect.objectContaining({ account: '333', region: 'global', service: '*', scope: expect.stringMatching(/regions could not be listed/) }),
    ]);
    expect(outcome.coverage.accounts).toEqual(['111', '222', '333']);
    expect(outcome.coverage.regions).toEqual(['r1', 'r2', 'r3']);
    expect(events).toContainEqual({ account: '111', region: 'r3', service: 'network', message: expect.stringMatching(/^groups \(\d+ parts read\)$/) });
  });

  test('a failure to list the accounts at all stops the audit (a setup error for the caller)', async () => {
    const p = provider({ targets: async () => Promise.reject(new Error('no credentials')) });
    await expect(runAudit(p, { accounts: 1, regions: 1 })).rejects.toThrow('no credentials');
  });
});
