/**
 * Done means: the December 2019 incident as a live Alibaba Cloud account gives
 * exactly the findings of the same account written in Terraform
 * (examples/incident-2019-alicloud), with paths and aliyun CLI fixes; the SSH
 * rule that a higher-priority drop overrides gives none; an unreadable product
 * is reported as not assessed while the rest is judged; and the saved
 * inventory, scanned offline, reproduces the findings exactly.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RuleSet } from '../../src/engine/rule-loader.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import type { Finding } from '../../src/findings/finding.js';
import type { SecurityGroup } from '../../src/model/resources.js';
import { scanPaths } from '../../src/scan.js';
import { saveInventory, scanInventory } from '../../src/sources/live/inventory.js';
import { liveReport } from '../../src/sources/live/report.js';
import { auditFake, type AuditRun } from '../support/alicloud-audit.js';
import { incidentAccount, INCIDENT_ACCOUNT_ID } from '../support/alicloud-incident-account.js';

/** What a finding is about, in words both sources share. */
const SUBJECT: Record<string, string> = {
  alicloud_elasticsearch_instance: 'elasticsearch',
  'ALIYUN::ElasticSearch::Instance': 'elasticsearch',
  alicloud_db_instance: 'rds',
  'ALIYUN::RDS::DBInstance': 'rds',
  alicloud_oss_bucket_replication: 'oss replication',
  'ALIYUN::OSS::Bucket': 'oss replication',
  alicloud_security_group: 'security group',
  'ALIYUN::ECS::SecurityGroup': 'security group',
};
const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${SUBJECT[f.resource.type] ?? f.resource.type}`).sort();

let ruleSet: RuleSet;
let run: AuditRun;
let live: Finding[];
beforeAll(async () => {
  ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
  run = await auditFake(incidentAccount(), {});
  live = liveReport(run.outcome, ruleSet).report.findings;
});

describe('the 2019 incident, live', () => {
  test('gives exactly the findings of the same account in Terraform', async () => {
    const terraform = await scanPaths([path.join('examples', 'incident-2019-alicloud')], { ruleSet });
    expect(run.outcome.coverage.notAssessed).toEqual([]);
    expect(summary(live)).toEqual(summary(terraform.findings));
    expect(summary(live)).toEqual([
      'LP-DB-001 critical elasticsearch',
      'LP-DB-001 critical rds',
      'LP-DB-004 critical elasticsearch',
      'LP-RES-001 high oss replication',
    ]);
  });

  test('the SSH rule overridden by a higher-priority drop gives no finding', () => {
    const group = run.outcome.resources.find((r): r is SecurityGroup => r.kind === 'security-group');
    expect(group?.rules.map((r) => [r.policy.known && r.policy.value, r.priority?.known && r.priority.value])).toEqual([
      ['accept', 10],
      ['drop', 1],
    ]);
    expect(live.filter((f) => f.category === 'open-firewall')).toEqual([]);
  });

  test('reachability findings carry the path: public connection, then the allowlist that admits everyone', () => {
    const rds = live.find((f) => f.ruleId === 'LP-DB-001' && f.resource.type === 'ALIYUN::RDS::DBInstance')!;
    expect(rds.resource).toMatchObject({ address: `acs:rds:eu-central-1:${INCIDENT_ACCOUNT_ID}:dbinstance/rm-accounts`, account: INCIDENT_ACCOUNT_ID, region: 'eu-central-1', sourceKind: 'alicloud-live' });
    expect(rds.evidence?.path?.map((h) => [h.kind, h.address])).toEqual([
      ['internet', 'internet'],
      ['public-endpoint', 'camera-accounts.mysql.germany.rds.aliyuncs.com'],
      ['allowlist', rds.resource.address],
      ['resource', rds.resource.address],
    ]);
    expect(rds.evidence?.path?.[2]?.detail).toBe('security_ips (default) admits 0.0.0.0/0 (all IPv4 addresses)');
    expect(rds.location).toEqual({ file: rds.resource.address, startLine: 0, endLine: 0 });
    const es = live.find((f) => f.ruleId === 'LP-DB-001' && f.resource.type === 'ALIYUN::ElasticSearch::Instance')!;
    expect(es.evidence?.path?.map((h) => h.detail).slice(1, 3)).toEqual(['public endpoint', 'public_whitelist admits 0.0.0.0/0 (all IPv4 addresses)']);
  });

  test('each finding has an aliyun CLI fix with the Terraform form', () => {
    const fix = (rule: string, type: string) => live.find((f) => f.ruleId === rule && f.resource.type === type)?.remediation.snippet;
    for (const f of live) {
      expect(f.remediation.snippet?.language).toBe('shell');
      expect(f.remediation.snippet?.code).toMatch(/^aliyun /m);
      expect(f.remediation.snippet?.code).toContain('# In Terraform:');
    }
    expect(fix('LP-DB-001', 'ALIYUN::RDS::DBInstance')?.code).toContain(
      'aliyun rds ReleaseInstancePublicConnection --region eu-central-1 --DBInstanceId rm-accounts --CurrentConnectionString camera-accounts.mysql.germany.rds.aliyuncs.com',
    );
    expect(fix('LP-DB-001', 'ALIYUN::RDS::DBInstance')?.code).toContain('--DBInstanceIPArrayName default');
    expect(fix('LP-DB-001', 'ALIYUN::ElasticSearch::Instance')?.code).toContain(`aliyun elasticsearch POST /openapi/instances/es-device-logs/public-network --region eu-central-1 --body '{"enablePublic": false}'`);
    expect(fix('LP-RES-001', 'ALIYUN::OSS::Bucket')?.code).toContain('aliyun oss replication --method delete oss://camera-exports-eu to-hangzhou');
  });

  test('the saved inventory, scanned offline, gives the same findings', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-alicloud-inv-'));
    try {
      const file = path.join(dir, 'inventory.json');
      saveInventory(file, run.outcome);
      const offline = scanInventory(file, ruleSet);
      expect(offline.report.errors).toEqual([]);
      expect(offline.report.findings).toEqual(live);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the incident with Elasticsearch unreadable', () => {
  test('its findings are gone, the part is not assessed, and everything else is judged', async () => {
    const partial = await auditFake(incidentAccount(), { deny: [{ action: 'elasticsearch:*' }] });
    const report = liveReport(partial.outcome, ruleSet).report;
    expect(report.notAssessed?.map((n) => [n.provider, n.account, n.region, n.service, n.apiCall])).toEqual([['alicloud', INCIDENT_ACCOUNT_ID, 'eu-central-1', 'elasticsearch', 'elasticsearch:ListInstance']]);
    expect(summary(report.findings)).toEqual(['LP-DB-001 critical rds', 'LP-RES-001 high oss replication']);
    expect(report.notes.join('\n')).toMatch(/1 part of the audit could not be read/);
  });

  test('an Elasticsearch instance whose settings could not be read is possibly reachable, naming the failed read', async () => {
    const partial = await auditFake(incidentAccount(), { deny: [{ action: 'elasticsearch:DescribeInstance' }] });
    const es = liveReport(partial.outcome, ruleSet).report.findings.filter((f) => f.resource.type === 'ALIYUN::ElasticSearch::Instance');
    expect(es.map((f) => [f.ruleId, f.evidence?.details?.verdict])).toEqual([['LP-DB-001', 'possibly']]);
    expect(es[0]!.evidence?.missing?.join(' ')).toContain('elasticsearch:DescribeInstance: Forbidden.RAM');
  });
});
