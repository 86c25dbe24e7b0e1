/**
 * Evidence and history of live audits: `audit alicloud --evidence --history`
 * against the local endpoint serving the December 2019 incident account, and
 * `evidence --from` a saved inventory.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeFaults } from '../../bench/support/alicloud-endpoint/account.js';
import { startFakeAlicloud } from '../../bench/support/alicloud-endpoint/server.js';
import { incidentAccount, INCIDENT_ACCOUNT_ID, INCIDENT_KEY } from '../support/alicloud-incident-account.js';
import { runCli, type CliRun } from '../support/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-audit-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);
const ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: INCIDENT_KEY.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: INCIDENT_KEY.accessKeySecret, HOME: '/nonexistent-home', NO_COLOR: '1' };

async function audit(args: string[], faults: FakeFaults = {}): Promise<CliRun> {
  const endpoint = await startFakeAlicloud(incidentAccount(), faults);
  try {
    const overrides = Object.entries(endpoint.endpoints).flatMap(([product, url]) => ['--endpoint', `${product}=${url}`]);
    return await runCli(['audit', 'alicloud', '--no-config', '--regions', 'eu-central-1', ...overrides, '--max-attempts', '2', ...args], ENV);
  } finally {
    await endpoint.stop();
  }
}

const statusOf = (bundle: string, framework: string, control: string) =>
  readFileSync(path.join(bundle, 'controls', `${framework}.csv`), 'utf8')
    .split('\r\n')
    .find((line) => line.startsWith(`${control},`))
    ?.split(',')
    .find((cell) => ['pass', 'fail', 'waived', 'not assessed', 'not covered'].includes(cell));

describe('live audits: evidence and history', () => {
  test('audit --evidence --history: a verified bundle whose controls reflect the account', async () => {
    const bundle = at('audit-bundle');
    const history = at('audit-history.db');
    const run = await audit(['--format', 'json', '--evidence', bundle, '--history', history]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect((await runCli(['evidence', 'verify', bundle])).code).toBe(0);
    expect(spawnSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: bundle }).status).toBe(0);
    for (const f of ['run.json', 'inventory.json', 'findings.json']) expect(readFileSync(path.join(bundle, f), 'utf8')).not.toContain(INCIDENT_KEY.accessKeySecret);

    const meta = JSON.parse(readFileSync(path.join(bundle, 'run.json'), 'utf8'));
    expect(meta).toMatchObject({ source: 'audit', covered: { provider: 'alicloud', accounts: [INCIDENT_ACCOUNT_ID], regions: ['eu-central-1'] }, historyRunId: expect.any(String) });
    expect(meta.argv.slice(0, 3)).toEqual(['leakproof', 'audit', 'alicloud']);
    expect(readFileSync(path.join(bundle, 'inventory.json'), 'utf8')).toMatch(/^\{\s*"leakproofInventory": 1/);

    // RDS open to the world fails; the SSH accept overridden by a higher-priority drop passes; the bucket is private.
    expect(statusOf(bundle, 'cis-alicloud', '6.2')).toBe('fail');
    expect(statusOf(bundle, 'cis-alicloud', '4.3')).toBe('pass');
    expect(statusOf(bundle, 'cis-alicloud', '5.1')).toBe('pass');
    expect(statusOf(bundle, 'gdpr', 'Art. 44')).toBe('fail'); // replication to Hangzhou
    // Nothing here is an AWS resource: the CIS AWS controls were not assessed, never passed.
    expect(statusOf(bundle, 'cis-aws', '6.3')).toBe('not assessed');

    const diff = JSON.parse((await runCli(['diff', '--history', history, '--format', 'json'])).stdout);
    expect(diff.target.scopeLabel).toBe(`audit alicloud ${INCIDENT_ACCOUNT_ID} eu-central-1`);
    expect(diff.target.id).toBe(meta.historyRunId);
  });

  test('a part not assessed makes its controls not assessed, and is in the metadata', async () => {
    const bundle = at('partial-bundle');
    const run = await audit(['--format', 'json', '--evidence', bundle, '--no-history', '--allow-partial'], { deny: [{ action: 'rds:DescribeDBInstances' }] });
    expect(run.code).toBe(1);
    const meta = JSON.parse(readFileSync(path.join(bundle, 'run.json'), 'utf8'));
    expect(meta.notAssessed).toEqual(expect.arrayContaining([expect.objectContaining({ service: 'rds', apiCall: 'rds:DescribeDBInstances' })]));
    expect(statusOf(bundle, 'cis-alicloud', '6.2')).toBe('not assessed');
    // Firewall controls read ECS only, which was assessed.
    expect(statusOf(bundle, 'cis-alicloud', '4.3')).toBe('pass');
  });

  test('evidence --from a saved inventory, and a tampered file is detected', async () => {
    const inventory = at('inventory.json');
    await audit(['--format', 'json', '--save-inventory', inventory, '--no-history']);
    const bundle = at('inventory-bundle.tar.gz');
    const run = await runCli(['evidence', '--from', inventory, '-o', bundle, '--no-config']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect((await runCli(['evidence', 'verify', bundle])).code).toBe(0);
    const out = at('unpacked');
    spawnSync('mkdir', [out]);
    expect(spawnSync('tar', ['-xzf', bundle, '-C', out]).status).toBe(0);
    const unpacked = path.join(out, 'inventory-bundle');
    // The saved inventory, byte for byte: its hash in the manifest is the saved file's.
    expect(readFileSync(path.join(unpacked, 'inventory.json'))).toEqual(readFileSync(inventory));
    const meta = JSON.parse(readFileSync(path.join(unpacked, 'run.json'), 'utf8'));
    expect(meta).toMatchObject({ source: 'inventory', covered: { provider: 'alicloud', accounts: [INCIDENT_ACCOUNT_ID] } });
    expect(statusOf(unpacked, 'cis-alicloud', '6.2')).toBe('fail');
    appendFileSync(path.join(unpacked, 'controls/cis-alicloud.csv'), 'forged\r\n');
    const verify = await runCli(['evidence', 'verify', unpacked]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('FAILED: controls/cis-alicloud.csv: content changed');
    expect(spawnSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: unpacked }).status).not.toBe(0);

    // `scan inventory.json --evidence`: the inventory's records and coverage are in the snapshot, and its cloud counts.
    const scanned = at('scan-of-inventory');
    expect((await runCli(['scan', inventory, '--no-history', '--no-config', '--evidence', scanned])).code).toBe(1);
    const snapshot = JSON.parse(readFileSync(path.join(scanned, 'inventory.json'), 'utf8'));
    expect(snapshot.liveInventories).toEqual([expect.objectContaining({ provider: 'alicloud', accounts: [INCIDENT_ACCOUNT_ID], regions: ['eu-central-1'], notAssessed: 0 })]);
    expect(snapshot.resources.some((r: { address: string }) => r.address.includes('dbinstance/rm-accounts'))).toBe(true);
    expect(statusOf(scanned, 'cis-alicloud', '6.2')).toBe('fail');
    expect(statusOf(scanned, 'cis-alicloud', '4.3')).toBe('pass');
  });
});
