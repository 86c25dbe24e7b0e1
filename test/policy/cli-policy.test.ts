/**
 * The policy features end to end through the CLI, on real Terraform and the
 * built-in rules: a suppression comment, a config waiver, an expired waiver, a
 * baseline, config errors and filters, each with its exit code.
 */
import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/program.js';
import type { ScanReport } from '../../src/findings/report.js';

const SG = (name: string, port: number, extra = '') => `
resource "aws_security_group" "${name}" {${extra}
  name = "${name}"
  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;
const PROVIDER = 'provider "aws" {\n  region = "us-west-2"\n}\n';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: () => ScanReport;
}

describe('policy through the CLI', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'leakproof-cli-policy-'));
  const cwd = process.cwd();
  let dir: string;
  let n = 0;

  beforeEach(() => {
    dir = path.join(root, `case${n++}`);
    mkdirSync(path.join(dir, '.git'), { recursive: true }); // bounds config discovery
    process.chdir(dir);
  });
  afterEach(() => process.chdir(cwd));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function leakproof(...args: string[]): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => ((stdout += String(chunk)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((stderr += String(chunk)), true));
    try {
      const code = await main(['node', 'leakproof', ...args]);
      return { code, stdout, stderr, json: () => JSON.parse(stdout) as ScanReport };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);
  const suppressionOf = (r: ScanReport, address: string) => r.findings.find((f) => f.resource.address === address)?.suppressed;

  test('a suppression comment silences its finding: kept in JSON and SARIF as suppressed, not counted for the exit code', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22, '\n  # leakproof:ignore LP-FW-002 bastion host, SSH keys only, reviewed in SEC-12'));
    const json = await leakproof('scan', '.', '--format', 'json');
    expect(json.code).toBe(0);
    expect(suppressionOf(json.json(), 'aws_security_group.bastion')).toEqual({ kind: 'inline', reason: 'bastion host, SSH keys only, reviewed in SEC-12' });
    expect(json.json().summary).toMatchObject({ findings: 0, suppressed: 1 });
    // SARIF leaves suppressed results out unless asked (GitHub would show them as open alerts).
    const sarif = JSON.parse((await leakproof('scan', '.', '--format', 'sarif', '--sarif-include-suppressed')).stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([
      expect.objectContaining({ kind: 'inSource', status: 'accepted', justification: 'bastion host, SSH keys only, reviewed in SEC-12' }),
    ]);
    // The line above the resource works the same; without a comment the same scan fails.
    write('main.tf', PROVIDER + '# leakproof:ignore LP-FW-002 reviewed' + SG('bastion', 22));
    expect((await leakproof('scan', '.', '--format', 'json')).code).toBe(0);
    write('main.tf', PROVIDER + SG('bastion', 22));
    expect((await leakproof('scan', '.', '--format', 'json')).code).toBe(1);
  });

  test('a config waiver suppresses with its reason; an expired one stops and is named in a warning', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22) + SG('db', 5432));
    write(
      '.leakproof.yaml',
      [
        'waivers:',
        '  - rule: LP-FW-002',
        '    resource: aws_security_group.bastion',
        '    reason: break-glass access',
        '    owner: platform',
        '    expires: 2999-12-31',
        '  - rule: LP-FW-003',
        '    resource: aws_security_group.*',
        '    reason: migration',
        '    owner: dba',
        '    expires: 2020-01-31',
        '',
      ].join('\n'),
    );
    const run = await leakproof('scan', '.', '--format', 'json');
    const report = run.json();
    expect(suppressionOf(report, 'aws_security_group.bastion')).toEqual({ kind: 'waiver', reason: 'break-glass access (owner: platform)', expires: '2999-12-31' });
    expect(suppressionOf(report, 'aws_security_group.db')).toBeUndefined();
    expect(run.stderr).toContain(
      'leakproof: warning: waiver .leakproof.yaml:7 (LP-FW-003 on aws_security_group.*, owner dba) expired on 2020-01-31; it no longer suppresses (1 finding count again)',
    );
    expect(run.code).toBe(1);
  });

  test('a baseline suppresses known findings, fails only on new ones, and counts the fixed ones', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22) + SG('db', 5432));
    const recorded = await leakproof('baseline', '-o', 'baseline.json', '.');
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toContain('recorded 2 findings in baseline.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')).findings).toHaveLength(2);

    // Unchanged (but shifted down by a comment): passes.
    write('main.tf', '# infra\n\n' + PROVIDER + SG('bastion', 22) + SG('db', 5432));
    const same = await leakproof('scan', '.', '--baseline', 'baseline.json', '--format', 'json');
    expect(same.code).toBe(0);
    expect(same.json().findings.map((f) => f.suppressed?.kind)).toEqual(['baseline', 'baseline']);

    // One fixed, one new: fails on the new one and says one baselined finding is gone.
    write('main.tf', PROVIDER + SG('bastion', 22) + SG('rdp', 3389));
    const changed = await leakproof('scan', '.', '--baseline', 'baseline.json', '--format', 'json');
    expect(changed.code).toBe(1);
    const open = changed.json().findings.filter((f) => !f.suppressed);
    expect(open.map((f) => f.resource.address)).toEqual(['aws_security_group.rdp']);
    expect(changed.stderr).toContain('leakproof: baseline baseline.json: 1 baselined finding still present, 1 gone (fixed)');
  });

  test('config errors stop the run with file:line and exit code 2', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22));
    write('.leakproof.yaml', 'fail-on: high\nwaivers:\n  - rule: LP-FW-002\n    resource: "*"\n    owner: me\nrule:\n  disable: []\n');
    const run = await leakproof('scan', '.');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(".leakproof.yaml:3: waivers[0]: a waiver needs a 'reason' (why this exposure is accepted)");
    expect(run.stderr).toContain(".leakproof.yaml:6: unknown key 'rule' in (top level)");
    expect((await leakproof('scan', '.', '--no-config')).code).toBe(1);
  });

  test('fail-on, disabled rules and severity overrides come from the config; flags win', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22) + SG('db', 5432));
    write('.leakproof.yaml', 'fail-on: critical\nrules:\n  disable: [LP-FW-003]\nseverity:\n  LP-FW-002: critical\n');
    const run = await leakproof('scan', '.', '--format', 'json');
    expect(run.json().findings.map((f) => [f.ruleId, f.severity])).toEqual([['LP-FW-002', 'critical']]);
    expect(run.code).toBe(1);
    write('.leakproof.yaml', 'fail-on: critical\n');
    expect((await leakproof('scan', '.')).code).toBe(0);
    expect((await leakproof('scan', '.', '--fail-on', 'high')).code).toBe(1);
  });

  test('allowed jurisdictions in the config reach the residency analysis; the flag wins', async () => {
    const incident = path.join(cwd, 'examples', 'incident-2019');
    const residency = async (...flags: string[]) =>
      (await leakproof('scan', incident, '--format', 'json', '--category', 'data-residency', ...flags)).json().findings.map((f) => `${f.ruleId} ${f.severity}`);
    expect(await residency()).toContain('LP-RES-001 critical');
    write('.leakproof.yaml', 'residency:\n  allowed-jurisdictions: [US, CN]\n');
    expect(await residency('--config', '.leakproof.yaml')).not.toContain('LP-RES-001 critical');
    expect(await residency('--config', '.leakproof.yaml', '--allowed-jurisdictions', 'US')).toContain('LP-RES-001 critical');
  });

  test('filters: --severity, --category, --rule, --skip-rule', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22) + SG('db', 5432));
    const ids = async (...flags: string[]) => (await leakproof('scan', '.', '--format', 'json', ...flags)).json().findings.map((f) => f.ruleId);
    expect(await ids('--rule', 'LP-FW-002')).toEqual(['LP-FW-002']);
    expect(await ids('--skip-rule', 'LP-FW-00*')).toEqual([]);
    expect(await ids('--category', 'public-storage')).toEqual([]);
    expect((await ids('--severity', 'high')).sort()).toEqual(['LP-FW-002', 'LP-FW-003']);
    expect((await leakproof('scan', '.', '--category', 'nope')).code).toBe(2);
  });

  test('--report-unused-suppressions lists comments and waivers that match nothing', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22, '\n  # leakproof:ignore LP-FW-002 reviewed'));
    write('other.tf', '# leakproof:ignore LP-FW-001 stale, the rule was fixed long ago\nresource "aws_s3_bucket" "x" {\n  bucket = "x"\n}\n');
    write('.leakproof.yaml', 'waivers:\n  - rule: LP-DB-001\n    resource: aws_db_instance.gone\n    reason: old\n');
    const run = await leakproof('scan', '.', '--report-unused-suppressions');
    expect(run.stderr).toContain('leakproof: unused suppression: other.tf:1 leakproof:ignore LP-FW-001 matches no finding');
    expect(run.stderr).toContain('leakproof: unused suppression: waiver .leakproof.yaml:2 (LP-DB-001 on aws_db_instance.gone) matches no finding');
    expect(run.stderr).not.toContain('main.tf:');
    expect((await leakproof('scan', '.')).stderr).not.toContain('unused');
  });
});
