/**
 * Severities and evidence the fixture test does not check: a reachable
 * datastore is critical with its path, "possibly" is medium and names what is
 * missing, an open search policy inside a VPC is medium, an allow-all ACL low.
 */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { scanPaths } from '../../src/scan.js';

const fixture = (rule: string, file: string) => path.join('test', 'fixtures', 'rules', rule, file);

async function findingsOf(file: string, ruleId: string) {
  const report = await scanPaths([file]);
  return report.findings.filter((f) => f.ruleId === ruleId);
}

describe('public-datastore severities', () => {
  test('reachable: critical, with the path in the evidence', async () => {
    const [f] = await findingsOf(fixture('LP-DB-001', 'positive-public-subnet.tf'), 'LP-DB-001');
    expect(f!.severity).toBe('critical');
    expect(f!.evidence?.path?.map((h) => h.kind)).toEqual(['internet', 'internet-gateway', 'route', 'subnet', 'network-acl', 'security-group', 'public-flag', 'resource']);
    expect(f!.remediation.snippet?.code).toContain('publicly_accessible    = false');
  });

  test('possibly: medium, naming the missing facts', async () => {
    const found = await findingsOf(fixture('LP-DB-001', 'positive-possibly.tf'), 'LP-DB-001');
    expect(found.map((f) => f.severity)).toEqual(['medium', 'medium']);
    expect(found.every((f) => (f.evidence?.missing?.length ?? 0) > 0)).toBe(true);
    expect(found.some((f) => f.evidence!.missing!.join(' ').includes('shared-database-subnets'))).toBe(true);
  });

  test('an open search policy inside a VPC is medium', async () => {
    const [f] = await findingsOf(fixture('LP-DB-003', 'positive.tf'), 'LP-DB-003');
    expect(f!.severity).toBe('medium');
  });

  test('self-hosted database possibly exposed: medium; reachable: high', async () => {
    const found = await findingsOf(fixture('LP-DB-005', 'positive.tf'), 'LP-DB-005');
    expect(found.map((f) => f.severity).sort()).toEqual(['high', 'high', 'medium']);
  });
});

describe('open-firewall severities', () => {
  test('an allow-all ACL is low, an explicit admin allow medium', async () => {
    expect((await findingsOf(fixture('LP-FW-005', 'positive-module.tf'), 'LP-FW-005')).map((f) => f.severity)).toEqual(['low']);
    expect((await findingsOf(fixture('LP-FW-005', 'positive.tf'), 'LP-FW-005')).map((f) => f.severity)).toEqual(['medium', 'medium']);
  });

  test('SG rule fingerprints use the rule key, so two rules of one group stay apart', async () => {
    const found = await findingsOf(fixture('LP-FW-002', 'positive-aws.tf'), 'LP-FW-002');
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(found.length);
  });
});
