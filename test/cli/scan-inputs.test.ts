/** The CLI face of scan inputs: --exclude and `exclude:`, the no-input warning, broken inputs, a stale plan. */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { runCli } from '../support/run-cli.js';
import { planText } from '../terraform-plan/plan-builder.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-cli-inputs-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(dir, name)), { recursive: true });
    fs.writeFileSync(nodePath.join(dir, name), content);
  }
  return nodePath.relative(process.cwd(), dir);
}

const sg = (name: string, cidr = '0.0.0.0/0') => `provider "aws" {
  region = "eu-west-1"
}

resource "aws_security_group" "${name}" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["${cidr}"]
  }
}
`;

interface JsonReport {
  findings: Array<{ ruleId: string; message: string; resource: { address: string } }>;
  skipped?: Array<{ path: string; kind: string; reason: string }>;
  summary: { skipped?: number };
  errors: Array<{ file: string; line?: number; column?: number; message: string }>;
}

describe('leakproof scan: inputs', () => {
  test('a folder with no input: a warning on stderr, exit 0', async () => {
    const docs = tree({ 'README.md': '# nothing here\n' });
    const run = await runCli(['scan', docs]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`leakproof: warning: ${docs}/ holds no Terraform, CloudFormation, ROS, plan or inventory file\n`);
  });

  test('--exclude (repeatable) skips paths, and the JSON report lists them', async () => {
    const dir = tree({ 'main.tf': sg('main', '10.0.0.0/8'), 'vendor/x/main.tf': sg('vendored'), 'old/main.tf': sg('old') });
    const without = await runCli(['scan', dir, '--format', 'json']);
    expect(without.code).toBe(1);
    const run = await runCli(['scan', dir, '--format', 'json', '--exclude', 'vendor/**', '--exclude', 'old']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.ruleId.startsWith('LP-FW'))).toEqual([]);
    expect(report.skipped).toEqual([
      { path: `${dir}/old`, kind: 'excluded', reason: 'excluded by old (--exclude)' },
      { path: `${dir}/vendor`, kind: 'excluded', reason: 'excluded by vendor/** (--exclude)' },
    ]);
    expect(report.summary.skipped).toBe(2);
  });

  test('exclude: in a .leakproof.yaml found in the tree works, and the report says where it is written', async () => {
    const dir = tree({ 'main.tf': sg('main', '10.0.0.0/8'), 'vendor/x/main.tf': sg('vendored'), '.leakproof.yaml': '# vendored code is scanned upstream\nexclude:\n  - vendor/**\n' });
    const run = await runCli(['scan', dir, '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(run.code).toBe(0);
    expect(report.skipped).toEqual([{ path: `${dir}/vendor`, kind: 'excluded', reason: `excluded by vendor/** (${dir}/.leakproof.yaml:3, found in the scanned tree)` }]);
    // The tree's own exclude is also a warning on stderr: it hides code on the tree's word.
    expect(run.stderr).toContain(`leakproof: warning: ${dir}/.leakproof.yaml:3, found in the scanned tree: exclude vendor/** left 1 path unscanned (${dir}/vendor)`);
    const text = await runCli(['scan', dir, '--verbose']);
    expect(text.stdout).toContain('Skipped (not scanned):');
    expect(text.stdout).toContain(`${dir}/vendor`);
  });

  test('an exclude that names no path is a usage error, one line, exit 2', async () => {
    const dir = tree({ 'main.tf': sg('main') });
    const run = await runCli(['scan', dir, '--exclude', '/']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--exclude: exclude pattern '\/' names no path/);
  });

  test('baseline takes --exclude too', async () => {
    const dir = tree({ 'main.tf': sg('main'), 'vendor/x/main.tf': sg('vendored') });
    const out = nodePath.join(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-cli-baseline-')), 'baseline.json');
    dirs.push(nodePath.dirname(out));
    const run = await runCli(['baseline', dir, '--exclude', 'vendor', '-o', out]);
    expect(run.code).toBe(0);
    const baseline = fs.readFileSync(out, 'utf8');
    expect(baseline).toContain('aws_security_group.main');
    expect(baseline).not.toContain('aws_security_group.vendored');
  });

  test('a minified template with a syntax error: exit 2 with file:1:column', async () => {
    const dir = tree({ 'stack.json': '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"Sg":{"Type":"AWS::EC2::SecurityGroup" "Properties":{}}}}' });
    const run = await runCli(['scan', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(new RegExp(`${dir.replace(/[.]/g, '\\.')}/stack\\.json:1:\\d+\\s+invalid JSON`));
  });

  test('a stale plan saying 10.0.0.0/8 does not silence a .tf that says 0.0.0.0/0: exit 1', async () => {
    const plan = planText({
      providers: { aws: { region: 'eu-west-1' } },
      resources: [
        {
          address: 'aws_security_group.ssh',
          values: { ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'], ipv6_cidr_blocks: [], security_groups: [], self: false, prefix_list_ids: [] }] },
          unknown: { id: true },
        },
      ],
    });
    const dir = tree({ 'main.tf': sg('ssh'), 'plan.json': plan });
    const run = await runCli(['scan', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`(the plan ${dir}/plan.json disagrees: stale plan?)`);
  });
});
