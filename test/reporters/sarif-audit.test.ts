/**
 * SARIF of a live audit, end to end against the fake AWS endpoint: every
 * result has a file location (GitHub rejects a result without one) — the
 * saved inventory, at the line of the resource's record — and the inventory
 * is written beside the SARIF file when the user did not name one.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import type * as Sarif from 'sarif';
import { startFakeAws, type FakeEndpoint } from '../../bench/support/aws-endpoint/server.js';
import { main } from '../../src/cli/program.js';
import { SRCROOT } from '../../src/reporters/sarif.js';
import { scanInventory } from '../../src/sources/live/inventory.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import { HOME, incidentAccount, INCIDENT_KEY } from '../support/aws-endpoint/incident-account.js';
import { sarifValidator } from './sarif-schema.js';

const ENV = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED', 'NO_COLOR'];
let saved: Record<string, string | undefined>;
let dir: string;
let endpoint: FakeEndpoint;
let stderr: string[];
const cwd = process.cwd();

beforeAll(async () => {
  endpoint = await startFakeAws({ accounts: [incidentAccount()] });
  dir = mkdtempSync(path.join(tmpdir(), 'leakproof-sarif-audit-'));
});
afterAll(async () => {
  await endpoint.close();
  rmSync(dir, { recursive: true, force: true });
});

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
  process.chdir(cwd);
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const audit = (...args: string[]) => main(['node', 'leakproof', 'audit', 'aws', '--no-config', '--no-history', '--regions', HOME, ...args]);

/** Each live result's file and line must open the record of its resource. */
function expectRecordsAt(log: Sarif.Log, inventoryFile: string, uri: string) {
  const lines = readFileSync(inventoryFile, 'utf8').split('\n');
  const results = log.runs[0]!.results!;
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) {
    const loc = r.locations![0]!;
    expect(loc.physicalLocation!.artifactLocation).toEqual({ uri, uriBaseId: SRCROOT });
    const line = loc.physicalLocation!.region!.startLine!;
    expect(lines[line - 1]).toMatch(/^\s+\{$/);
    // The record's id is its first key, on the next line.
    expect(lines[line]).toBe(`   "id": ${JSON.stringify(loc.logicalLocations![0]!.name)},`);
  }
}

describe('SARIF of a live audit', () => {
  test('without --save-inventory the inventory is written beside the SARIF file, said on stderr, and every result points into it', async () => {
    process.chdir(dir);
    expect(await audit('--format', 'sarif=out/aws.sarif')).toBe(1);
    const file = path.join(dir, 'out', 'aws.sarif');
    const log = JSON.parse(readFileSync(file, 'utf8')) as Sarif.Log;
    expect(sarifValidator()(log)).toEqual([]);
    expect(existsSync(`${file}.inventory.json`)).toBe(true);
    expect(stderr.join('')).toMatch(/wrote the inventory that report locations point at to out\/aws\.sarif\.inventory\.json/);
    // dir has no .git: the root is the working directory.
    expect(log.runs[0]!.originalUriBaseIds![SRCROOT]!.uri).toBe(`file://${dir}/`);
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'leakproof/audit/aws/123456789012/' });
    expectRecordsAt(log, `${file}.inventory.json`, 'out/aws.sarif.inventory.json');
    // The inventory written for the locations is a real one: it scans to the same findings.
    const rescanned = scanInventory(`${file}.inventory.json`, { rules: await loadBuiltinRules(), declarative: [] }).report;
    expect(rescanned.findings.length).toBe(log.runs[0]!.results!.length);
  });

  test('with --save-inventory, that file is the location and no other is written', async () => {
    process.chdir(dir);
    expect(await audit('--format', 'sarif=named.sarif', '--save-inventory', 'inv.json')).toBe(1);
    const log = JSON.parse(readFileSync(path.join(dir, 'named.sarif'), 'utf8')) as Sarif.Log;
    expect(existsSync(path.join(dir, 'named.sarif.inventory.json'))).toBe(false);
    expect(stderr.join('')).not.toMatch(/wrote the inventory/);
    expectRecordsAt(log, path.join(dir, 'inv.json'), 'inv.json');
  });

  test('scan of a saved inventory: live results point at its records too, also when it was reformatted', async () => {
    process.chdir(dir);
    expect(await audit('--format', 'json=saved.json', '--save-inventory', 'saved-inventory.json')).toBe(1);
    const scan = (file: string, out: string) => main(['node', 'leakproof', 'scan', file, '--no-config', '--no-history', '--format', `sarif=${out}`]);
    expect(await scan('saved-inventory.json', 'offline.sarif')).toBe(1);
    const log = JSON.parse(readFileSync(path.join(dir, 'offline.sarif'), 'utf8')) as Sarif.Log;
    expect(sarifValidator()(log)).toEqual([]);
    expectRecordsAt(log, path.join(dir, 'saved-inventory.json'), 'saved-inventory.json');
    // Pretty-printed by someone else: each result points at its record's id line.
    const pretty = JSON.stringify(JSON.parse(readFileSync(path.join(dir, 'saved-inventory.json'), 'utf8')), null, 4);
    writeFileSync(path.join(dir, 'pretty-inventory.json'), pretty);
    expect(await scan('pretty-inventory.json', 'pretty.sarif')).toBe(1);
    const rows = pretty.split('\n');
    const prettyLog = JSON.parse(readFileSync(path.join(dir, 'pretty.sarif'), 'utf8')) as Sarif.Log;
    expect(prettyLog.runs[0]!.results!.length).toBe(log.runs[0]!.results!.length);
    for (const r of prettyLog.runs[0]!.results!) {
      const loc = r.locations![0]!;
      expect(rows[loc.physicalLocation!.region!.startLine! - 1]!.trim()).toBe(`"id": ${JSON.stringify(loc.logicalLocations![0]!.name)},`);
    }
  });

  test('GitLab reports of an audit point at the same records', async () => {
    process.chdir(dir);
    expect(await audit('--format', 'gitlab-sast=gl.json', '--format', 'codeclimate=cq.json')).toBe(1);
    const gl = JSON.parse(readFileSync(path.join(dir, 'gl.json'), 'utf8')) as { vulnerabilities: { location: { file: string; start_line: number; class: string } }[] };
    const inv = readFileSync(path.join(dir, 'gl.json.inventory.json'), 'utf8').split('\n');
    expect(gl.vulnerabilities.length).toBeGreaterThan(0);
    for (const v of gl.vulnerabilities) {
      expect(v.location.file).toBe('gl.json.inventory.json');
      expect(inv[v.location.start_line]).toBe(`   "id": ${JSON.stringify(v.location.class)},`);
    }
    const cq = JSON.parse(readFileSync(path.join(dir, 'cq.json'), 'utf8')) as { location: { path: string } }[];
    expect(cq.map((i) => i.location.path)).toEqual(cq.map(() => 'gl.json.inventory.json'));
  });
});
