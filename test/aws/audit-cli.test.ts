/**
 * `leakproof audit aws` end to end, through the program's main with the
 * SDK's standard environment (credentials from the default chain,
 * AWS_ENDPOINT_URL at the fake endpoint): an AccessDenied on one service
 * gives findings for the rest, a not-assessed section naming the service and
 * region, and exit code 2 — or 0/1 by findings with --allow-partial.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import type { FakeCloud } from '../../bench/support/aws-endpoint/cloud.js';
import { startFakeAws, type FakeEndpoint } from '../../bench/support/aws-endpoint/server.js';
import { main } from '../../src/cli/program.js';
import type { ScanReport } from '../../src/findings/report.js';
import { scanInventory } from '../../src/sources/live/inventory.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import { HOME, incidentAccount, INCIDENT_KEY } from '../support/aws-endpoint/incident-account.js';

const ENV = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED', 'NO_COLOR'];
let saved: Record<string, string | undefined>;
let dir: string;
let endpoint: FakeEndpoint;
let stderr: string[];

const cloud: FakeCloud = { accounts: [incidentAccount()], faults: [{ kind: 'AccessDenied', service: 'rds', region: HOME }] };

beforeAll(async () => {
  endpoint = await startFakeAws(cloud);
  dir = mkdtempSync(path.join(tmpdir(), 'leakproof-audit-cli-'));
});
afterAll(async () => endpoint.close());

beforeEach(() => {
  saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
  for (const k of ENV) delete process.env[k];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: endpoint.url,
    AWS_ACCESS_KEY_ID: INCIDENT_KEY,
    AWS_SECRET_ACCESS_KEY: 'fake-secret',
    AWS_REGION: HOME,
    AWS_CONFIG_FILE: path.join(dir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    NO_COLOR: '1',
  });
  stderr = [];
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const run = (...args: string[]) => main(['node', 'leakproof', 'audit', 'aws', '--no-config', ...args]);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ScanReport;

describe('leakproof audit aws', () => {
  test('AccessDenied on one service: findings for the rest, the part not assessed, exit code 2', async () => {
    const out = path.join(dir, 'partial.json');
    expect(await run('--regions', 'all', '--format', 'json', '-o', out)).toBe(2);
    const report = json(out);
    expect(report.notAssessed!.length).toBeGreaterThan(0);
    expect(new Set(report.notAssessed!.map((n) => `${n.service}@${n.region}`))).toEqual(new Set([`rds@${HOME}`, 'rds@global']));
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['LP-DB-001', 'LP-ST-001', 'LP-RES-001', 'LP-FW-003']));
    expect(report.findings.some((f) => f.resource.type === 'AWS::RDS::DBInstance')).toBe(false);
    expect(stderr.join('')).toMatch(/parts? not assessed .*rds.*exit code 2/);
  });

  test('--allow-partial: the exit code follows the findings (1), or 0 when none reaches --fail-on', async () => {
    expect(await run('--regions', 'all', '--format', 'json', '-o', path.join(dir, 'allowed.json'), '--allow-partial')).toBe(1);
    expect(await run('--regions', 'all', '--format', 'json', '-o', path.join(dir, 'none.json'), '--allow-partial', '--fail-on', 'none')).toBe(0);
  });

  test('the text report has a "Not assessed" section naming the service and region', async () => {
    const out = path.join(dir, 'report.txt');
    expect(await run('--regions', `${HOME},cn-north-1`, '-o', out)).toBe(2);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/Not assessed/);
    expect(text).toMatch(new RegExp(`aws account 123456789012  ${HOME}  rds: DB instances .*\\(rds:DescribeDBInstances\\) — AccessDenied`));
    expect(text).toMatch(/parts not assessed/);
    expect(text).toContain('arn:aws:es:us-west-2:123456789012:domain/camera-production-device-logs');
    expect(text).not.toMatch(/domain\/camera-production-device-logs:0/);
  });

  test('--save-inventory writes a file that scans to the same findings', async () => {
    const out = path.join(dir, 'with-inventory.json');
    const inv = path.join(dir, 'inventory.json');
    expect(await run('--regions', 'all', '--format', 'json', '-o', out, '--save-inventory', inv)).toBe(2);
    const scanned = scanInventory(inv, { rules: await loadBuiltinRules(), declarative: [] }).report;
    expect(scanned.findings.map((f) => f.fingerprint)).toEqual(json(out).findings.map((f) => f.fingerprint));
    expect(scanned.notAssessed).toEqual(json(out).notAssessed);

    // And through the scan command, which recognises the inventory by content.
    const rescanned = path.join(dir, 'rescanned.json');
    expect(await main(['node', 'leakproof', 'scan', inv, '--no-config', '--no-history', '--format', 'json', '-o', rescanned])).toBe(2);
    expect(json(rescanned).findings.map((f) => f.fingerprint)).toEqual(json(out).findings.map((f) => f.fingerprint));
    expect(json(rescanned).notAssessed).toEqual(json(out).notAssessed);
    expect(stderr.join('')).toMatch(/not assessed; exit code 2/);
    expect(await main(['node', 'leakproof', 'scan', inv, '--no-config', '--no-history', '--format', 'json', '-o', rescanned, '--allow-partial'])).toBe(1);
  });

  test('usage errors exit 2 with one line', async () => {
    expect(await run('--org')).toBe(2);
    expect(stderr.join('')).toMatch(/--org needs --role-name/);
    expect(await run('--regions', 'not a region')).toBe(2);
    expect(await run('--role-arn', 'arn:aws:iam::123:user/x')).toBe(2);
  });

  test('without credentials the audit does not start: exit 2, with the reason and no secret', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAUNKNOWNFAKE00001';
    expect(await run('--regions', HOME, '--format', 'json', '-o', path.join(dir, 'denied.json'))).toBe(2);
    const err = stderr.join('');
    expect(err).toMatch(/no usable AWS credentials/);
    expect(err).not.toContain('AKIAUNKNOWNFAKE00001');
  });
});
