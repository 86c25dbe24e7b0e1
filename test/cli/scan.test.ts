import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli.js';

const ANSI = /\u001b\[/;

function tempTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return path.relative(process.cwd(), dir);
}

const OPEN_SSH = `
provider "aws" {
  region = "eu-west-1"
}
resource "aws_security_group" "ssh" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}
variable "admin_cidr" {
  type    = string
  default = "0.0.0.0/0"
}
`;

describe('leakproof scan', () => {
  test('the incident example: findings grouped by file with file:line, rule, path and fix; exit 1', async () => {
    const run = await runCli(['scan', 'examples/incident-2019']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('examples/incident-2019/search.tf:');
    expect(run.stdout).toMatch(/CRITICAL\s+LP-DB-001\s+aws_elasticsearch_domain\.device_logs/);
    expect(run.stdout).toContain('path:');
    expect(run.stdout).toContain('internet-gateway');
    expect(run.stdout).toContain('fix:');
    expect(run.stdout).toMatch(/Summary: \d+ findings/);
    expect(run.stdout).not.toMatch(ANSI); // not a TTY
    expect(run.stderr).toBe('');
  });

  test('the well-configured twin fails nothing at the default threshold', async () => {
    const run = await runCli(['scan', 'examples/well-configured', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(0);
    expect(report.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'LP-RES-002')).toBe(true);
  });

  test('--fail-on decides the exit code', async () => {
    expect((await runCli(['scan', 'examples/incident-2019', '--fail-on', 'none'])).code).toBe(0);
    expect((await runCli(['scan', 'examples/well-configured', '--fail-on', 'info'])).code).toBe(1);
  });

  test('JSON report shape', async () => {
    const run = await runCli(['scan', 'examples/incident-2019', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.tool).toEqual({ name: 'leakproof', version: expect.any(String) });
    expect(report.errors).toEqual([]);
    expect(report.summary.findings).toBe(report.findings.length);
    for (const f of report.findings) {
      expect(f).toMatchObject({
        ruleId: expect.stringMatching(/^LP-/),
        title: expect.any(String),
        category: expect.stringMatching(/^(public-datastore|open-firewall|public-storage|data-residency)$/),
        severity: expect.stringMatching(/^(critical|high|medium|low|info)$/),
        message: expect.any(String),
        resource: { address: expect.any(String), type: expect.any(String), provider: 'aws' },
        location: { file: expect.stringMatching(/^examples\/incident-2019\/[a-z]+\.tf$/), startLine: expect.any(Number), endLine: expect.any(Number) },
        remediation: { text: expect.any(String) },
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(f.location.endLine).toBeGreaterThanOrEqual(f.location.startLine);
    }
    const db = report.findings.find((f: { ruleId: string; resource: { address: string } }) => f.ruleId === 'LP-DB-001' && f.resource.address === 'aws_db_instance.accounts');
    expect(db.evidence.path.map((h: { kind: string }) => h.kind)).toEqual(expect.arrayContaining(['internet-gateway', 'route', 'subnet', 'security-group', 'public-flag']));
  });

  test('a file that does not parse is an error with file:line:column; the other files are still scanned; exit 2', async () => {
    const dir = tempTree({ 'good.tf': OPEN_SSH, 'broken.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = \n}\n' });
    const run = await runCli(['scan', dir, '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: `${dir}/broken.tf`, line: expect.any(Number), column: expect.any(Number), message: expect.any(String) });
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'LP-FW-002')).toBe(true);
    const errLines = run.stderr.trim().split('\n');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(new RegExp(`^leakproof: ${dir}/broken\\.tf:\\d+:\\d+: `));
    expect(run.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/); // no stack trace
  });

  test('binary, deeply nested and empty inputs are handled without a crash', async () => {
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    const dir = tempTree({ 'binary.tf': binary, 'deep.tf': 'x = ' + '['.repeat(50000), 'empty.tf': '', 'ok.tf': OPEN_SSH });
    const run = await runCli(['scan', dir, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(2);
    const files = report.errors.map((e: { file: string }) => path.basename(e.file)).sort();
    expect(files).toEqual(['binary.tf', 'deep.tf']);
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'LP-FW-002')).toBe(true);
  });

  test('--var and --var-file change what is evaluated', async () => {
    const dir = tempTree({ 'main.tf': OPEN_SSH, 'office.tfvars': 'admin_cidr = "198.51.100.0/24"\n' });
    expect((await runCli(['scan', dir, '--format', 'json'])).code).toBe(1);
    expect((await runCli(['scan', dir, '--var', 'admin_cidr=10.0.0.0/8'])).code).toBe(0);
    expect((await runCli(['scan', dir, '--var-file', `${dir}/office.tfvars`])).code).toBe(0);
    // --var wins over --var-file, as in Terraform.
    expect((await runCli(['scan', dir, '--var-file', `${dir}/office.tfvars`, '--var', 'admin_cidr=0.0.0.0/0'])).code).toBe(1);
  });

  test('usage errors: one line on stderr, exit 2, no stack trace', async () => {
    const badFailOn = await runCli(['scan', 'examples', '--fail-on', 'urgent']);
    expect(badFailOn.code).toBe(2);
    expect(badFailOn.stderr).toMatch(/fail-on/);
    const badVar = await runCli(['scan', 'examples', '--var', 'novalue']);
    expect(badVar.code).toBe(2);
    expect(badVar.stderr).toContain('--var expects name=value');
    const missing = await runCli(['scan', 'no/such/path']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/path');
    const badJurisdiction = await runCli(['scan', 'examples', '--allowed-jurisdictions', 'US,XX']);
    expect(badJurisdiction.code).toBe(2);
    expect(badJurisdiction.stderr).toContain('unknown jurisdiction "XX"');
    for (const r of [badFailOn, badVar, missing, badJurisdiction]) expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});

describe('extra rules', () => {
  test('the README worked examples (JavaScript and YAML) load and fire', async () => {
    const run = await runCli(['scan', '--rules', 'examples/custom-rules', 'examples/incident-2019', '--format', 'json', '--fail-on', 'none']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const ids = report.findings.map((f: { ruleId: string; resource: { address: string } }) => `${f.ruleId} ${f.resource.address}`);
    expect(ids).toContain('ACME-DB-001 aws_db_instance.accounts');
    expect(ids).toContain('ACME-DB-002 aws_db_instance.accounts');
  });

  test('a broken YAML rule is a configuration error naming file and line', async () => {
    const dir = tempTree({ 'bad.yaml': 'id: ACME-X-1\ntitle: t\nseverity: urgent\ncategory: public-storage\ndescription: d\nremediation: r\nsourceTypes: [aws_s3_bucket]\nwhen:\n  attribute: acl\n  equals: public-read\n' });
    const run = await runCli(['scan', '--rules', dir, 'examples/well-configured']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${dir}/bad\\.yaml:1: rule ACME-X-1: 'severity' must be one of`));
  });

  test('an unknown attribute value makes a YAML rule say "could not be decided", not pass', async () => {
    const rules = tempTree({
      'r.yaml': 'id: ACME-ST-9\ntitle: t\nseverity: high\ncategory: public-storage\ndescription: d\nremediation: r\nsourceTypes: [aws_s3_bucket]\nwhen:\n  attribute: bucket\n  matches: "^public-"\n',
    });
    const tf = tempTree({ 'main.tf': 'variable "name" {}\nresource "aws_s3_bucket" "b" {\n  bucket = var.name\n}\n' });
    const run = await runCli(['scan', '--rules', rules, tf, '--format', 'json', '--fail-on', 'none']);
    const finding = JSON.parse(run.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'ACME-ST-9');
    expect(finding).toMatchObject({ severity: 'info', message: expect.stringContaining('Could not be decided') });
  });
});

describe('leakproof rules / explain', () => {
  test('rules lists id, severity, category and title', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ID\s+SEVERITY\s+CATEGORY\s+TITLE/);
    for (const id of ['LP-DB-001', 'LP-FW-002', 'LP-ST-001', 'LP-RES-001']) expect(run.stdout).toContain(id);
  });

  test('explain shows the rule and fails cleanly for an unknown id', async () => {
    const run = await runCli(['explain', 'LP-DB-001']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('How to fix:');
    const unknownRule = await runCli(['explain', 'LP-NOPE-999']);
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toContain("no rule 'LP-NOPE-999'");
  });

  test('--version and --help exit 0', async () => {
    expect((await runCli(['--version'])).code).toBe(0);
    expect((await runCli(['--help'])).code).toBe(0);
  });
});
