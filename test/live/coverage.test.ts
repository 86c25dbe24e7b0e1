import { describe, expect, test } from '@jest/globals';
import { Coverage, notAssessedReason } from '../../src/sources/live/coverage.js';

const scope = { account: '111122223333', region: 'eu-west-1', service: 'rds', scope: 'DB instances', apiCall: 'rds:DescribeDBInstances' };

describe('Coverage', () => {
  test('a part that reads is assessed; one that fails is not, with a redacted reason', async () => {
    const c = new Coverage('aws');
    const ok = await c.run({ ...scope, service: 'ec2', scope: 'VPCs' }, async () => ['vpc-1']);
    const failed = await c.run(scope, async () => {
      throw Object.assign(new Error('not authorized, key ASIAY34FZKBOKMUTVV7A'), { name: 'AccessDenied' });
    });
    expect(ok).toEqual({ ok: true, value: ['vpc-1'] });
    expect(failed.ok).toBe(false);
    const snap = c.snapshot();
    expect(snap.assessed).toEqual([{ account: '111122223333', region: 'eu-west-1', service: 'ec2' }]);
    expect(snap.notAssessed).toEqual([
      { provider: 'aws', account: '111122223333', region: 'eu-west-1', service: 'rds', scope: 'DB instances', apiCall: 'rds:DescribeDBInstances', reason: 'AccessDenied: not authorized, key [redacted]' },
    ]);
    expect(snap.accounts).toEqual(['111122223333']);
    expect(snap.regions).toEqual(['eu-west-1']);
  });

  test('a disabled region is recorded once, and its other parts are skipped without calling', async () => {
    const c = new Coverage('aws');
    let calls = 0;
    const optIn = () => Object.assign(new Error('AWS was not able to validate the provided access credentials'), { name: 'AuthFailure' });
    await c.run({ ...scope, region: 'me-south-1' }, async () => {
      calls++;
      throw optIn();
    });
    const skipped = await c.run({ ...scope, region: 'me-south-1', service: 'ec2', scope: 'VPCs' }, async () => {
      calls++;
      return [];
    });
    expect(calls).toBe(1);
    expect(skipped.ok).toBe(false);
    const entries = c.snapshot().notAssessed;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ region: 'me-south-1', service: '*' });
    expect(entries[0]!.scope).toMatch(/every service/);
  });

  test('notAssessedReason names the call and why', () => {
    expect(notAssessedReason({ reason: 'AccessDenied: no', apiCall: 'ec2:DescribeSecurityGroups' }, 'security groups of eu-west-1')).toBe(
      'security groups of eu-west-1 were not assessed (ec2:DescribeSecurityGroups: AccessDenied: no)',
    );
  });
});
