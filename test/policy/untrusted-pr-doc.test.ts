/**
 * docs/untrusted-pull-requests.md stays true: its workflow is a pull_request
 * workflow that pins policy from the base branch, and the scan command it
 * shows, run against a hostile pull request, ignores the pull request's config
 * and fails on its open security group.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../support/run-cli.js';

const doc = readFileSync(path.join('docs', 'untrusted-pull-requests.md'), 'utf8');
const workflowText = /### GitHub Actions\n\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

interface Workflow {
  on: string | string[] | Record<string, unknown>;
  jobs: Record<string, { steps: Array<{ name?: string; run?: string; uses?: string; with?: Record<string, string> }> }>;
}

describe('docs/untrusted-pull-requests.md', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'leakproof-pr-doc-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const workflow = parse(workflowText) as Workflow;
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const scan = steps.find((s) => s.run?.startsWith('leakproof scan'))!.run!;

  test('the workflow runs on pull_request (never pull_request_target) and pins policy from the base branch', () => {
    expect(workflow.on).toBe('pull_request');
    expect(workflowText).not.toContain('pull_request_target:');
    const base = steps.find((s) => s.with?.path === 'base')!;
    expect(base.with!.ref).toContain('pull_request.base.sha');
    expect(scan).toContain('--config base/');
    expect(scan).toContain('--fail-on high');
    expect(scan).not.toContain('--trust-config');
  });

  test('its scan command, against a hostile pull request, ignores the pull request\'s config and fails', async () => {
    const pr = path.join(root, 'pr');
    mkdirSync(path.join(pr, '.git'), { recursive: true });
    mkdirSync(path.join(pr, 'infra'));
    writeFileSync(path.join(pr, 'evil.mjs'), "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./RAN', import.meta.url), 'x');\nexport default [];\n");
    writeFileSync(path.join(pr, '.leakproof.yaml'), 'extra-rules: [./evil.mjs]\nrules:\n  disable: ["LP-*"]\nfail-on: none\n');
    writeFileSync(
      path.join(pr, 'infra', 'main.tf'),
      'provider "aws" {\n  region = "us-west-2"\n}\nresource "aws_security_group" "ssh" {\n  name = "ssh"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    );
    mkdirSync(path.join(root, 'base'));
    writeFileSync(path.join(root, 'base', '.leakproof.yaml'), 'severity:\n  LP-FW-001: critical\n');
    writeFileSync(path.join(root, 'base', '.leakproof-baseline.json'), JSON.stringify({ version: 1, tool: 'leakproof', findings: [] }));

    const args = scan.trim().split(/\s+/).slice(1); // drop "leakproof"
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const run = await runCli(args);
      expect(run.code).toBe(1);
      expect(existsSync(path.join(pr, 'RAN'))).toBe(false);
      const report = JSON.parse(readFileSync(path.join(root, 'leakproof.json'), 'utf8')) as { findings: Array<{ ruleId: string }>; policyChanges?: unknown[] };
      expect(report.findings.map((f) => f.ruleId)).toEqual(['LP-FW-002']);
      expect(report.policyChanges).toBeUndefined(); // the pull request's config was never read
      expect(run.stderr).not.toContain('found in the scanned tree');
    } finally {
      process.chdir(cwd);
    }
  });

  test('the messages it quotes are the ones leakproof prints', async () => {
    const dir = path.join(root, 'quoted');
    mkdirSync(path.join(dir, '.git'), { recursive: true });
    writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_s3_bucket" "x" {\n  bucket = "x"\n}\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const run = await runCli(['scan', '.', '--rule', 'LP-FW-999']);
      expect(doc).toContain(run.stderr.trim());
    } finally {
      process.chdir(cwd);
    }
    expect(doc).toContain(
      'leakproof: warning: .leakproof.yaml:1: extra-rules team-rules.mjs not loaded: a config found in the scanned tree may not run code (pass --trust-config to allow it, or name the config with --config)',
    );
  });
});
