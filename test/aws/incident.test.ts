/**
 * Done means: the December 2019 incident, served as a live account by the
 * fake endpoint, gives the same findings as its Terraform in
 * examples/incident-2019 — the same rule ids, severities and verdicts, and
 * reachability paths of the same shape — with ARNs for locations and AWS CLI
 * commands for fixes.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadBuiltinRules, type RuleSet } from '../../src/engine/rule-loader.js';
import type { Finding } from '../../src/findings/finding.js';
import { scanPaths } from '../../src/scan.js';
import { liveReport } from '../../src/sources/live/report.js';
import { auditFake } from '../support/aws-endpoint/audit-fake.js';
import { HOME, incidentAccount, INCIDENT_KEY } from '../support/aws-endpoint/incident-account.js';

/** What must agree between the two sources: everything but the names of things. */
function shape(f: Finding): string {
  return [f.ruleId, f.severity, f.category, f.evidence?.details?.verdict ?? '-', (f.evidence?.path ?? []).map((h) => h.kind).join('>') || '-'].join(' | ');
}

describe('the 2019 incident, live', () => {
  let ruleSet: RuleSet;
  let terraform: Finding[];
  let live: Finding[];

  beforeAll(async () => {
    ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
    terraform = (await scanPaths(['examples/incident-2019'], { ruleSet })).findings;
    const { outcome } = await auditFake({ accounts: [incidentAccount()] }, { accessKeyId: INCIDENT_KEY, regions: 'all', homeRegion: HOME });
    expect(outcome.coverage.notAssessed).toEqual([]);
    live = liveReport(outcome, ruleSet).report.findings;
  });

  test('gives the same findings as the Terraform that built it', () => {
    expect(terraform.length).toBeGreaterThanOrEqual(6);
    expect(live.map(shape).sort()).toEqual(terraform.map(shape).sort());
  });

  test('the open Elasticsearch domain and the public database are reachable, with their paths', () => {
    const reachable = live.filter((f) => f.ruleId === 'LP-DB-001');
    expect(reachable.map((f) => f.resource.address).sort()).toEqual([
      `arn:aws:es:${HOME}:123456789012:domain/camera-production-device-logs`,
      `arn:aws:rds:${HOME}:123456789012:db:camera-production-accounts`,
    ]);
    const db = reachable.find((f) => f.resource.type === 'AWS::RDS::DBInstance')!;
    const hops = db.evidence!.path!;
    expect(hops.find((h) => h.kind === 'internet-gateway')!.address).toBe(`arn:aws:ec2:${HOME}:123456789012:internet-gateway/igw-0a1b2c3d4e5f60021`);
    expect(hops.find((h) => h.kind === 'security-group')!.detail).toMatch(/allows tcp port 5432 from 0\.0\.0\.0\/0/);
    expect(hops.find((h) => h.kind === 'public-flag')!.loc).toEqual({ file: db.resource.address, startLine: 0, endLine: 0, apiCall: 'rds:DescribeDBInstances' });
  });

  test('the replication to cn-north-1 leaves the jurisdiction', () => {
    const flow = live.find((f) => f.ruleId === 'LP-RES-001')!;
    expect(flow.evidence?.details).toMatchObject({ sourceRegion: HOME, destinationRegion: 'cn-north-1', destinationJurisdiction: 'CN' });
    // The exported data is tagged pii: the flow is raised one level, as in Terraform.
    expect(flow.severity).toBe('critical');
  });

  test('every live finding is located at an ARN, with an AWS CLI fix', () => {
    for (const f of live) {
      expect(f.resource.sourceKind).toBe('aws-live');
      expect(f.location.startLine).toBe(0);
      expect(f.location.file).toMatch(/^arn:aws:/);
      expect(f.remediation.snippet?.language).toBe('shell');
      expect(f.remediation.snippet?.code).toMatch(/^(# .*\n)?aws /);
    }
    const s3 = live.find((f) => f.ruleId === 'LP-ST-001')!;
    expect(s3.remediation.snippet!.code).toContain('aws s3api put-public-access-block --bucket camera-production-exports');
  });
});
