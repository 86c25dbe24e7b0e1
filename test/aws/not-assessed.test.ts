/**
 * A call that fails marks exactly what it would have covered as not
 * assessed, and whatever depended on it becomes an explicit unknown: a
 * resource that was not read never looks like one that passed.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import type { FakeCloud } from '../../bench/support/aws-endpoint/cloud.js';
import { loadBuiltinRules, type RuleSet } from '../../src/engine/rule-loader.js';
import { liveReport } from '../../src/sources/live/report.js';
import { auditFake } from '../support/aws-endpoint/audit-fake.js';
import { HOME, incidentAccount, INCIDENT_ACCOUNT_ID, INCIDENT_KEY } from '../support/aws-endpoint/incident-account.js';

let ruleSet: RuleSet;
beforeAll(async () => {
  ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
});

async function audit(cloud: Partial<FakeCloud>, regions: 'all' | string[] = 'all', call = {}) {
  const { outcome, endpoint } = await auditFake({ accounts: [incidentAccount()], ...cloud }, { accessKeyId: INCIDENT_KEY, regions, homeRegion: HOME, call });
  return { outcome, endpoint, report: liveReport(outcome, ruleSet).report };
}

describe('access denied for one service', () => {
  test('RDS denied in one region: the rest is judged, RDS there is listed as not assessed', async () => {
    const { outcome, report } = await audit({ faults: [{ kind: 'AccessDenied', service: 'rds', region: HOME }] });
    const missing = report.notAssessed!;
    // The region's RDS parts, and the account's global databases, which are listed from the home region.
    expect(new Set(missing.map((m) => `${m.service} ${m.region}`))).toEqual(new Set([`rds ${HOME}`, 'rds global']));
    expect(missing.map((m) => m.apiCall).sort()).toEqual([
      'rds:DescribeDBClusterSnapshots',
      'rds:DescribeDBClusters',
      'rds:DescribeDBInstanceAutomatedBackups',
      'rds:DescribeDBInstances',
      'rds:DescribeDBSnapshots',
      'rds:DescribeDBSubnetGroups',
      'rds:DescribeGlobalClusters',
    ]);
    expect(missing[0]!.reason).toMatch(/^AccessDenied: User: .* is not authorized to perform: rds:/);
    // The database is not judged at all — no record, no finding — while everything else is.
    expect(outcome.resources.some((r) => r.kind === 'datastore' && r.service === 'rds-instance')).toBe(false);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['LP-DB-001', 'LP-FW-002', 'LP-FW-003', 'LP-RES-001', 'LP-ST-001', 'LP-ST-003', 'LP-ST-003']);
    expect(outcome.coverage.assessed).toContainEqual({ account: INCIDENT_ACCOUNT_ID, region: 'cn-north-1', service: 'rds' });
  });

  test('security groups denied: the public database is "possibly" reachable, naming what was not read', async () => {
    const { report } = await audit({ faults: [{ kind: 'AccessDenied', service: 'ec2', operation: 'DescribeSecurityGroups' }] });
    const db = report.findings.find((f) => f.ruleId === 'LP-DB-001' && f.resource.type === 'AWS::RDS::DBInstance')!;
    // "Possibly" is medium; the pii tag raises it one level.
    expect(db.severity).toBe('high');
    expect(db.evidence?.details?.verdict).toBe('possibly');
    expect(db.evidence?.missing?.join(' ')).toMatch(/security groups of us-west-2 were not assessed \(ec2:DescribeSecurityGroups: UnauthorizedOperation/);
    expect(report.findings.some((f) => f.ruleId.startsWith('LP-FW-'))).toBe(false);
  });

  test('route tables denied: no subnet is taken for private', async () => {
    const { report } = await audit({ faults: [{ kind: 'AccessDenied', service: 'ec2', operation: 'DescribeRouteTables' }] });
    const db = report.findings.find((f) => f.ruleId === 'LP-DB-001' && f.resource.type === 'AWS::RDS::DBInstance')!;
    expect(db.evidence?.details?.verdict).toBe('possibly');
    expect(db.evidence?.missing?.join(' ')).toMatch(/route tables of us-west-2 were not assessed/);
  });

  test('a bucket policy that cannot be read, but that AWS reports public, is a "possibly public" bucket', async () => {
    const account = incidentAccount();
    const bucket = account.buckets![1]!;
    bucket.policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket.name}/*` }] });
    bucket.policyIsPublic = true;
    const { outcome, endpoint } = await auditFake(
      { accounts: [account], faults: [{ kind: 'AccessDenied', service: 's3', operation: 'GetBucketPolicy', bucket: bucket.name }] },
      { accessKeyId: INCIDENT_KEY, regions: 'all', homeRegion: HOME },
    );
    const report = liveReport(outcome, ruleSet).report;
    expect(report.notAssessed).toEqual([expect.objectContaining({ service: 's3', region: 'cn-north-1', scope: `bucket ${bucket.name}: policy`, apiCall: 's3:GetBucketPolicy' })]);
    const f = report.findings.find((x) => x.ruleId === 'LP-ST-002')!;
    expect(f.severity).toBe('medium');
    expect(f.evidence?.missing?.join(' ')).toMatch(/AWS reports the policy makes the bucket public/);
    expect(endpoint.calls.filter((c) => c.operation === 'GetBucketPolicyStatus')).toHaveLength(1);
  });
});

describe('failures that are not permissions', () => {
  test('a call that never answers times out after its retries and is not assessed', async () => {
    const { report, endpoint } = await audit({ faults: [{ kind: 'Hang', service: 'redshift', operation: 'DescribeClusters' }] }, [HOME], { requestTimeoutMs: 300, maxAttempts: 2 });
    expect(report.notAssessed).toEqual([expect.objectContaining({ service: 'redshift', region: HOME, apiCall: 'redshift:DescribeClusters', reason: expect.stringMatching(/timeout|timed out/i) })]);
    expect(endpoint.calls.filter((c) => c.operation === 'DescribeClusters')).toHaveLength(2);
  });

  test('a region that is not enabled is one entry for the whole region, and its other calls are skipped', async () => {
    const { report, endpoint } = await audit({ faults: [{ kind: 'RegionDisabled', region: 'ap-east-1' }] }, [HOME, 'ap-east-1']);
    const entries = report.notAssessed!.filter((n) => n.region === 'ap-east-1');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ service: '*', scope: expect.stringMatching(/every service/) });
    // Calls sent before the first refusal came back were refused too; nothing is sent after it (no per-table or tag calls).
    const sent = endpoint.calls.filter((c) => c.region === 'ap-east-1');
    expect(sent.every((c) => c.status >= 400)).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(26);
    expect(report.notAssessed!.filter((n) => n.region !== 'ap-east-1')).toEqual([]);
  });
});

describe('organizations', () => {
  test('every active account is audited with the role; one whose role cannot be assumed is not assessed as a whole', async () => {
    const member = incidentAccount();
    member.id = '222233334444';
    member.accessKeyId = 'AKIAMEMBERFAKE000001';
    member.roles = ['LeakproofAudit'];
    for (const region of Object.values(member.regions)) for (const d of region.dbInstances ?? []) d.DBInstanceArn = d.DBInstanceArn!.replace('123456789012', member.id);
    const noRole = { ...incidentAccount(), id: '555566667777', accessKeyId: 'AKIANOROLEFAKE000001', roles: [] };
    const management = {
      id: '999900001111',
      accessKeyId: 'AKIAMANAGEMENTFAKE01',
      enabledRegions: [HOME],
      regions: {},
      roles: ['LeakproofAudit'],
      organizationAccounts: [
        { Id: '999900001111', Name: 'management', State: 'ACTIVE' as const, Arn: 'arn:aws:organizations::999900001111:account/o-abc/999900001111' },
        { Id: member.id, Name: 'cameras', State: 'ACTIVE' as const, Arn: `arn:aws:organizations::999900001111:account/o-abc/${member.id}` },
        { Id: noRole.id, Name: 'legacy', State: 'ACTIVE' as const, Arn: `arn:aws:organizations::999900001111:account/o-abc/${noRole.id}` },
        { Id: '888800001111', Name: 'closed', State: 'SUSPENDED' as const, Arn: 'arn:aws:organizations::999900001111:account/o-abc/888800001111' },
      ],
    };
    const { outcome, endpoint } = await auditFake({ accounts: [management, member, noRole], maxPageSize: { 'organizations:ListAccounts': 2 } }, { accessKeyId: management.accessKeyId, regions: 'all', homeRegion: HOME, orgRoleName: 'LeakproofAudit' });
    expect(endpoint.calls.filter((c) => c.operation === 'ListAccounts')).toHaveLength(2);
    expect(outcome.coverage.accounts).toEqual(['222233334444', '555566667777', '999900001111']);
    expect(outcome.coverage.notAssessed).toEqual([expect.objectContaining({ account: noRole.id, region: 'global', service: '*', reason: expect.stringMatching(/AccessDenied.*sts:AssumeRole/) })]);
    const report = liveReport(outcome, ruleSet).report;
    expect(report.findings.filter((f) => f.ruleId === 'LP-DB-001').map((f) => f.resource.account)).toEqual([member.id, member.id]);
    // Each account's calls are made with its own assumed-role credentials.
    expect(new Set(endpoint.calls.filter((c) => c.service === 'ec2' && c.operation === 'DescribeVpcs').map((c) => c.account))).toEqual(new Set([member.id, management.id]));
  });
});
