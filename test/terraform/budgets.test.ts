/**
 * Evaluation budgets are per root module: a root that runs out is an error at
 * a file:line of that root, its resources are not assessed, and the roots
 * after it are still evaluated. Module fan-out and cycles end with a clear error.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';
import { runCli } from '../support/run-cli.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

/** A temporary tree; returns its real path. */
function tree(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-budget-')));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(dir, name)), { recursive: true });
    fs.writeFileSync(nodePath.join(dir, name), content);
  }
  return dir;
}

function load(dir: string, maxEvaluations?: number) {
  const unit = walkInputs(['.'], { cwd: dir }).units[0]!;
  return loadTerraform(unit, { cwd: dir, ...(maxEvaluations ? { maxEvaluations } : {}) });
}

// Builds a billion strings unless stopped.
const HOSTILE = `locals {
  big = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : "\${a}-\${b}-\${c}"]]]
}
resource "aws_s3_bucket" "b" {
  bucket = length(local.big)
}
`;

const OPEN_SG = `provider "aws" {
  region = "eu-west-1"
}
resource "aws_security_group" "open" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

describe('a budget per root module', () => {
  test('the first root runs out; the second is still evaluated and its open security group reported (CLI, default budget)', async () => {
    const dir = tree({ 'a/main.tf': HOSTILE, 'b/main.tf': OPEN_SG });
    const rel = nodePath.relative(process.cwd(), dir).split(nodePath.sep).join('/');
    const cpu = process.cpuUsage();
    const run = await runCli(['scan', rel, '--format', 'json']);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1e6).toBeLessThan(60);
    const report = JSON.parse(run.stdout);
    expect(run.code).toBe(2);
    const open = report.findings.filter((f: { location: { file: string } }) => f.location.file === `${rel}/b/main.tf`);
    expect(open.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/^LP-FW-/)]));
    // Nothing of the stopped root is reported as if it had been assessed.
    expect(report.findings.filter((f: { location: { file: string } }) => f.location.file.startsWith(`${rel}/a/`))).toEqual([]);
    const budgetErrors = report.errors.filter((e: { message: string }) => /expression evaluations/.test(e.message));
    expect(budgetErrors).toEqual([
      {
        file: `${rel}/a/main.tf`,
        line: 2,
        column: 3,
        message: `evaluation of the root module ${rel}/a stopped: evaluation stopped after 5000000 expression evaluations; the configuration is too large or loops; its resources are not assessed`,
      },
    ]);
  });

  test('every hostile root is stopped on its own budget, and blamed on its own file', () => {
    const dir = tree({ 'a/main.tf': HOSTILE, 'b/main.tf': OPEN_SG, 'c/main.tf': HOSTILE });
    const result = load(dir, 100_000);
    expect(result.resources.map((r) => `${r.root} ${r.address}`)).toEqual(['b aws_security_group.open']);
    expect(result.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['a/main.tf:2', 'c/main.tf:2']);
  });

  test('a root that fits its budget is not charged for the roots before it', () => {
    // Each root alone takes a few thousand evaluations; together they would exceed one shared budget.
    const root = `locals {\n  xs = [for i in range(600) : "x\${i}"]\n}\nresource "aws_s3_bucket" "b" {\n  bucket = length(local.xs)\n}\n`;
    const dir = tree({ 'a/main.tf': root, 'b/main.tf': root, 'c/main.tf': root });
    const alone = load(tree({ 'a/main.tf': root }), 2_000);
    expect(alone.errors).toEqual([]);
    const result = load(dir, 2_000);
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => r.root)).toEqual(['a', 'b', 'c']);
  });

  test('tfvars values are evaluated within the root that reads them', () => {
    const dir = tree({
      'a/main.tf': 'variable "n" {}\nresource "aws_s3_bucket" "b" {\n  bucket = length(var.n)\n}\n',
      'a/terraform.tfvars': 'n = [for a in range(1000) : [for b in range(1000) : a * b]]\n',
      'b/main.tf': OPEN_SG,
    });
    const result = load(dir, 50_000);
    expect(result.resources.map((r) => r.root)).toEqual(['b']);
    expect(result.errors).toEqual([expect.objectContaining({ file: 'a/terraform.tfvars', line: 1, message: expect.stringMatching(/^evaluation of the root module a stopped/) })]);
  });
});

describe('module fan-out and cycles end with a clear error', () => {
  test('module calls that multiply into a trillion empty instances stop at the budget, at the call', () => {
    const dir = tree({
      'main.tf': 'module "l1" {\n  source = "./l1"\n  count  = 10000\n}\n',
      'l1/main.tf': 'module "l2" {\n  source = "../l2"\n  count  = 10000\n}\n',
      'l2/main.tf': 'module "l3" {\n  source = "../l3"\n  count  = 10000\n}\n',
      'l3/main.tf': 'locals {\n  nothing = 1\n}\n',
    });
    // CPU time, not wall time: the machine running the tests may be busy.
    const cpu = process.cpuUsage();
    const result = load(dir, 5_000_000);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(20_000);
    expect(result.resources).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/^(l1|l2)\/main\.tf$/), line: 1, message: expect.stringMatching(/^evaluation of the root module \. stopped: evaluation stopped after 5000000/) }),
    ]);
  });

  test('a module input that reads the module\'s own output is a reference cycle, not a hang', () => {
    const dir = tree({
      'main.tf': 'module "m" {\n  source = "./m"\n  x      = module.m.y\n}\n',
      'm/main.tf': 'variable "x" {}\noutput "y" {\n  value = var.x\n}\nresource "aws_s3_bucket" "b" {\n  bucket = var.x\n}\n',
    });
    const result = load(dir);
    expect(result.resources.map((r) => r.address)).toEqual(['module.m.aws_s3_bucket.b']);
    expect(result.resources[0]!.attrs.entries.get('bucket')).toMatchObject({ t: 'unknown' });
    expect(result.errors).toEqual([
      { file: 'm/main.tf', line: 3, column: 3, message: 'reference cycle: module.m.var.x → module.m.output.y → module.m.var.x' },
    ]);
  });

  test('locals that refer to each other in a ring are one cycle error; other values are kept', () => {
    const dir = tree({ 'main.tf': 'locals {\n  a = local.c\n  b = local.a\n  c = local.b\n  ok = "kept"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = local.a\n  tag    = local.ok\n}\n' });
    const result = load(dir);
    const bucket = result.resources[0]!;
    expect(bucket.attrs.entries.get('bucket')).toMatchObject({ t: 'unknown' });
    expect(bucket.attrs.entries.get('tag')).toMatchObject({ t: 'string', v: 'kept' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'main.tf', message: expect.stringMatching(/^reference cycle: local\.a → local\.c → local\.b → local\.a$/) });
  });
});
