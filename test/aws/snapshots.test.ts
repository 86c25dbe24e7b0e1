/**
 * Live snapshots shared with every AWS account, read through the fake
 * endpoint's real wire protocol: an RDS DB snapshot and an Aurora cluster
 * snapshot whose `restore` attribute holds `all`, an EBS snapshot whose
 * createVolumePermission names the group `all`, against snapshots shared with
 * one account or no one. A sharing call that fails leaves the snapshot
 * "possibly public" and not assessed, never private.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import type { FakeAccount } from '../../bench/support/aws-endpoint/cloud.js';
import { loadBuiltinRules, type RuleSet } from '../../src/engine/rule-loader.js';
import { saveInventory, scanInventory } from '../../src/sources/live/inventory.js';
import { liveReport } from '../../src/sources/live/report.js';
import { auditFake } from '../support/aws-endpoint/audit-fake.js';

const ACCOUNT = '444455556666';
const KEY = 'AKIASNAPSHOTSFAKE001';
const R = 'eu-central-1';
const dbSnap = (id: string) => `arn:aws:rds:${R}:${ACCOUNT}:snapshot:${id}`;
const clusterSnap = (id: string) => `arn:aws:rds:${R}:${ACCOUNT}:cluster-snapshot:${id}`;
const ebsSnap = (id: string) => `arn:aws:ec2:${R}:${ACCOUNT}:snapshot/${id}`;

function account(): FakeAccount {
  return {
    id: ACCOUNT,
    accessKeyId: KEY,
    enabledRegions: [R],
    regions: {
      [R]: {
        dbSnapshots: [
          { DBSnapshotIdentifier: 'customers-export', DBSnapshotArn: dbSnap('customers-export'), DBInstanceIdentifier: 'customers', SnapshotType: 'manual', Engine: 'postgres' },
          { DBSnapshotIdentifier: 'customers-dr', DBSnapshotArn: dbSnap('customers-dr'), DBInstanceIdentifier: 'customers', SnapshotType: 'manual', Engine: 'postgres' },
          // Automated snapshots cannot be shared: not listed, not asked about.
          { DBSnapshotIdentifier: 'rds:customers-2026-12-01', DBSnapshotArn: dbSnap('rds:customers-2026-12-01'), DBInstanceIdentifier: 'customers', SnapshotType: 'automated' },
        ],
        dbClusterSnapshots: [
          { DBClusterSnapshotIdentifier: 'orders-nightly', DBClusterSnapshotArn: clusterSnap('orders-nightly'), DBClusterIdentifier: 'orders', SnapshotType: 'manual', Engine: 'aurora-mysql' },
        ],
        snapshotRestore: { 'customers-export': ['all'], 'customers-dr': ['111122223333'], 'orders-nightly': ['111122223333', 'all'] },
        ebsSnapshots: [
          { SnapshotId: 'snap-00000000000000001', VolumeId: 'vol-00000000000000001', OwnerId: ACCOUNT, Encrypted: false },
          { SnapshotId: 'snap-00000000000000002', VolumeId: 'vol-00000000000000002', OwnerId: ACCOUNT, Encrypted: true },
          // Another account's public snapshot is not this account's exposure.
          { SnapshotId: 'snap-00000000000000003', VolumeId: 'vol-00000000000000003', OwnerId: '999999999999' },
        ],
        volumePermissions: { 'snap-00000000000000001': [{ Group: 'all' }], 'snap-00000000000000002': [{ UserId: '111122223333' }], 'snap-00000000000000003': [{ Group: 'all' }] },
      },
    },
  };
}

let ruleSet: RuleSet;
beforeAll(async () => {
  ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
});

describe('snapshots shared with every account', () => {
  test('RDS, Aurora and EBS snapshots open to "all" are critical; named accounts and private ones are not reported', async () => {
    const { outcome, endpoint } = await auditFake({ accounts: [account()], maxPageSize: { 'rds:DescribeDBSnapshots': 1, 'ec2:DescribeSnapshots': 1 } }, { accessKeyId: KEY, regions: [R] });
    expect(outcome.coverage.notAssessed).toEqual([]);
    const snapshots = outcome.resources.filter((r) => r.kind === 'snapshot').map((r) => r.id).sort();
    expect(snapshots).toEqual([clusterSnap('orders-nightly'), dbSnap('customers-dr'), dbSnap('customers-export'), ebsSnap('snap-00000000000000001'), ebsSnap('snap-00000000000000002')].sort());
    // Small pages: the listings were followed to the end; one attribute call per manual snapshot.
    expect(endpoint.calls.filter((c) => c.operation === 'DescribeDBSnapshots').length).toBe(2);
    expect(endpoint.calls.filter((c) => c.operation === 'DescribeDBSnapshotAttributes')).toHaveLength(2);
    expect(endpoint.calls.filter((c) => c.operation === 'DescribeSnapshotAttribute')).toHaveLength(2);

    const found = liveReport(outcome, ruleSet).report.findings.filter((f) => f.ruleId === 'LP-DB-007');
    expect(found.map((f) => [f.resource.address, f.severity]).sort()).toEqual(
      [
        [clusterSnap('orders-nightly'), 'critical'],
        [dbSnap('customers-export'), 'critical'],
        [ebsSnap('snap-00000000000000001'), 'critical'],
      ].sort(),
    );
    const ebs = found.find((f) => f.resource.address === ebsSnap('snap-00000000000000001'))!;
    expect(ebs.message).toMatch(/EBS snapshot .* \(of arn:aws:ec2:eu-central-1:444455556666:volume\/vol-00000000000000001\) is shared with all AWS accounts/);
    expect(ebs.remediation.snippet?.code).toBe(
      `aws ec2 modify-snapshot-attribute --region ${R} --snapshot-id snap-00000000000000001 --attribute createVolumePermission --operation-type remove --group-names all`,
    );
    const cluster = found.find((f) => f.resource.address === clusterSnap('orders-nightly'))!;
    expect(cluster.remediation.snippet?.code).toContain('modify-db-cluster-snapshot-attribute');
    expect(cluster.remediation.snippet?.code).toContain('--db-cluster-snapshot-identifier orders-nightly --attribute-name restore --values-to-remove all');
  });

  test('a denied sharing call leaves that snapshot possibly public (medium) and not assessed', async () => {
    const { outcome } = await auditFake(
      { accounts: [account()], faults: [{ kind: 'AccessDenied', service: 'rds', operation: 'DescribeDBSnapshotAttributes' }] },
      { accessKeyId: KEY, regions: [R] },
    );
    const report = liveReport(outcome, ruleSet).report;
    expect(report.notAssessed!.map((m) => m.apiCall)).toEqual(['rds:DescribeDBSnapshotAttributes', 'rds:DescribeDBSnapshotAttributes']);
    const possibly = report.findings.filter((f) => f.ruleId === 'LP-DB-007' && f.resource.address.includes(':snapshot:'));
    expect(possibly.map((f) => [f.resource.address, f.severity]).sort()).toEqual(
      [
        [dbSnap('customers-dr'), 'medium'],
        [dbSnap('customers-export'), 'medium'],
      ].sort(),
    );
    expect(possibly[0]!.evidence?.missing?.join(' ')).toMatch(/rds:DescribeDBSnapshotAttributes: AccessDenied/);
  });

  test('a denied snapshot listing makes the region\'s EBS snapshots not assessed, with no record that could pass', async () => {
    const { outcome } = await auditFake({ accounts: [account()], faults: [{ kind: 'AccessDenied', service: 'ec2', operation: 'DescribeSnapshots' }] }, { accessKeyId: KEY, regions: [R] });
    expect(outcome.coverage.notAssessed.map((m) => m.apiCall)).toEqual(['ec2:DescribeSnapshots']);
    expect(outcome.resources.some((r) => r.kind === 'snapshot' && r.service === 'ebs')).toBe(false);
  });

  test('a saved inventory gives the same snapshot findings offline', async () => {
    const { outcome } = await auditFake({ accounts: [account()] }, { accessKeyId: KEY, regions: [R] });
    const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-snapshots-'));
    try {
      const file = path.join(dir, 'inventory.json');
      saveInventory(file, outcome);
      const offline = scanInventory(file, ruleSet).report;
      expect(offline.errors).toEqual([]);
      const ids = (findings: Array<{ ruleId: string; fingerprint: string }>) => findings.filter((f) => f.ruleId === 'LP-DB-007').map((f) => f.fingerprint).sort();
      expect(ids(offline.findings)).toEqual(ids(liveReport(outcome, ruleSet).report.findings));
      expect(ids(offline.findings)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
