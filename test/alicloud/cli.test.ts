/**
 * `leakproof audit alicloud` end to end, in-process, against the local
 * endpoint: report formats and exit codes (findings, not-assessed parts with
 * and without --allow-partial, usage errors), --role-arn, --save-inventory
 * (re-evaluated offline), and no secret on stdout or stderr.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeFaults } from '../../bench/support/alicloud-endpoint/account.js';
import { startFakeAlicloud } from '../../bench/support/alicloud-endpoint/server.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import type { ScanReport } from '../../src/findings/report.js';
import { scanInventory } from '../../src/sources/live/inventory.js';
import { incidentAccount, INCIDENT_ACCOUNT_ID, INCIDENT_KEY } from '../support/alicloud-incident-account.js';
import { runCli, type CliRun } from '../support/run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-audit-alicloud-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The credentials in the environment, and a home without an aliyun CLI configuration. */
const ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: INCIDENT_KEY.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: INCIDENT_KEY.accessKeySecret, HOME: '/nonexistent-home', NO_COLOR: '1' };

async function audit(args: string[], faults: FakeFaults = {}, env: Record<string, string> = ENV): Promise<CliRun> {
  const endpoint = await startFakeAlicloud(incidentAccount(), faults);
  try {
    const overrides = Object.entries(endpoint.endpoints).flatMap(([product, url]) => ['--endpoint', `${product}=${url}`]);
    return await runCli(['audit', 'alicloud', '--no-config', '--regions', 'eu-central-1', ...overrides, '--max-attempts', '3', ...args], env);
  } finally {
    await endpoint.stop();
  }
}

const json = (run: CliRun) => JSON.parse(run.stdout) as ScanReport;
const noSecrets = (run: CliRun) => {
  expect(run.stdout + run.stderr).not.toContain(INCIDENT_KEY.accessKeySecret);
  expect(run.stdout + run.stderr).not.toContain(INCIDENT_KEY.accessKeyId);
};

describe('audit alicloud', () => {
  test('the incident account: findings, exit 1, and the report says what was covered', async () => {
    const run = await audit(['--format', 'json']);
    // An audit records its run by default and says where, in one line.
    expect(run.stderr).toMatch(/^leakproof: run history: \S+history\.db \(--history names another, --no-history records nothing\)\n$/);
    expect(run.code).toBe(1);
    const report = json(run);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['LP-DB-001', 'LP-DB-001', 'LP-DB-004', 'LP-RES-001']);
    expect(report.notAssessed ?? []).toEqual([]);
    expect(report.notes[0]).toMatch(new RegExp(`^alicloud audit of 1 account \\(${INCIDENT_ACCOUNT_ID}\\) in 1 region \\(eu-central-1\\)`));
    noSecrets(run);
  });

  test('the text report prints paths and aliyun fixes', async () => {
    const run = await audit([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('camera-accounts.mysql.germany.rds.aliyuncs.com (public connection)');
    expect(run.stdout).toContain('aliyun rds ReleaseInstancePublicConnection');
    noSecrets(run);
  });

  test('a product that cannot be read: exit 2 naming it, or the findings\' exit code with --allow-partial', async () => {
    const faults: FakeFaults = { deny: [{ action: 'rds:*' }] };
    const strict = await audit(['--format', 'json'], faults);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/2 parts not assessed \(e\.g\. account \d+ eu-central-1 rds: RDS cross-region backup settings — Forbidden\.RAM: .*\); exit code 2/);
    expect(json(strict).notAssessed).toMatchObject([
      { provider: 'alicloud', region: 'eu-central-1', service: 'rds', apiCall: 'rds:DescribeCrossRegionBackupDBInstance' },
      { provider: 'alicloud', region: 'eu-central-1', service: 'rds', apiCall: 'rds:DescribeDBInstances' },
    ]);
    expect(json(strict).findings.map((f) => f.ruleId).sort()).toEqual(['LP-DB-001', 'LP-DB-004', 'LP-RES-001']);
    const lenient = await audit(['--format', 'json', '--allow-partial'], faults);
    expect(lenient.code).toBe(1);
    noSecrets(strict);
  });

  test('throttling that passes after a retry changes nothing', async () => {
    const run = await audit(['--format', 'json'], { throttle: [{ action: 'ecs:DescribeSecurityGroupAttribute', times: 2 }, { action: 'oss:ListBuckets', times: 1 }] });
    expect(run.code).toBe(1);
    expect(json(run).notAssessed ?? []).toEqual([]);
    expect(json(run).findings).toHaveLength(4);
  });

  test('--role-arn audits as the role; a role that cannot be assumed is a usage error', async () => {
    const ok = await audit(['--format', 'json', '--role-arn', `acs:ram::${INCIDENT_ACCOUNT_ID}:role/leakproof-audit`]);
    expect(ok.code).toBe(1);
    const bad = await audit(['--role-arn', `acs:ram::${INCIDENT_ACCOUNT_ID}:role/absent`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot assume role acs:ram::\d+:role\/absent: EntityNotExist\.Role/);
  });

  test('--save-inventory writes an inventory that re-evaluates to the same findings and coverage', async () => {
    const file = path.join(dir, 'incident-inventory.json');
    const live = await audit(['--format', 'json', '--save-inventory', file], { deny: [{ action: 'elasticsearch:DescribeInstance' }] });
    expect(live.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toMatch(/^\{\s*"leakproofInventory"/);
    expect(readFileSync(file, 'utf8')).not.toContain(INCIDENT_KEY.accessKeySecret);
    const offline = scanInventory(file, { rules: await loadBuiltinRules(), declarative: [] }).report;
    expect(offline.findings.map((f) => [f.fingerprint, f.remediation.snippet?.code])).toEqual(json(live).findings.map((f) => [f.fingerprint, f.remediation.snippet?.code]));
    expect(offline.notAssessed).toEqual(json(live).notAssessed);
  });

  test('usage errors exit 2 with the reason', async () => {
    const cases: Array<[string[], RegExp, Record<string, string>?]> = [
      [['--endpoint', 'nosuch=http://127.0.0.1:1'], /--endpoint: 'nosuch=http:\/\/127\.0\.0\.1:1' is not product=url/],
      [['--endpoint', 'ecs=ftp://x'], /--endpoint ecs: 'ftp:\/\/x' is not an http\(s\) URL/],
      [['--regions', 'Frankfurt'], /--regions: 'Frankfurt' is not an Alibaba Cloud region id/],
      [['--role-arn', 'arn:aws:iam::123456789012:role/x'], /--role-arn: .* is not a RAM role ARN/],
      [[], /no Alibaba Cloud credentials/, { HOME: dir, ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' }],
    ];
    for (const [args, message, env] of cases) {
      const run = await audit(args, {}, env ?? ENV);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toMatch(message);
    }
  });
});
