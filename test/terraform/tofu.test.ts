/**
 * OpenTofu files: `.tofu` and `.tofu.json` are configuration, and `x.tofu`
 * shadows `x.tf` (`x.tofu.json` shadows `x.tf.json`) in the same folder.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs, withoutShadowedFiles } from '../../src/sources/walk.js';
import { toPlain } from '../../src/model/value.js';
import type { SourceResult } from '../../src/model/source-resource.js';
import { runCli } from '../support/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-tofu-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(dir, name)), { recursive: true });
    fs.writeFileSync(nodePath.join(dir, name), content);
  }
  return nodePath.relative(process.cwd(), dir).split(nodePath.sep).join('/');
}

function load(path: string): SourceResult {
  const walked = walkInputs([path]);
  expect(walked.errors).toEqual([]);
  return loadTerraform(walked.units[0]!);
}

const bucket = (name: string, value: string) => `resource "aws_s3_bucket" "${name}" {\n  bucket = "${value}"\n}\n`;

const openSg = `resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

describe('OpenTofu files in the walk', () => {
  test('x.tofu shadows x.tf and x.tofu.json shadows x.tf.json; other files stay', () => {
    expect(withoutShadowedFiles(['d/a.tf', 'd/a.tofu', 'd/b.tf', 'd/c.tf.json', 'd/c.tofu.json', 'd/d.tofu.json', 'd/e.tf.json'])).toEqual([
      'd/a.tofu',
      'd/b.tf',
      'd/c.tofu.json',
      'd/d.tofu.json',
      'd/e.tf.json',
    ]);
  });

  test('a folder groups .tf, .tf.json, .tofu and .tofu.json files, without the shadowed ones', () => {
    const dir = tree({ 'a.tf': '', 'a.tofu': '', 'b.tf.json': '{}', 'b.tofu.json': '{}', 'c.tf': '', 'vars.tfvars.json': '{}', 'only/x.tofu': '' });
    const unit = walkInputs([dir]).units[0]!;
    expect(unit.terraformFolders.get(dir)).toEqual([`${dir}/a.tofu`, `${dir}/b.tofu.json`, `${dir}/c.tf`]);
    expect(unit.terraformFolders.get(`${dir}/only`)).toEqual([`${dir}/only/x.tofu`]);
  });
});

describe('OpenTofu files in the Terraform source', () => {
  test('only the .tofu file of a pair is evaluated', () => {
    const result = load(tree({ 'main.tf': bucket('b', 'from-tf') + bucket('tf_only', 'x'), 'main.tofu': bucket('b', 'from-tofu') }));
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => [r.address, toPlain(r.attrs.entries.get('bucket')!)])).toEqual([['aws_s3_bucket.b', 'from-tofu']]);
  });

  test('a folder of only .tofu and .tofu.json files is a module, callable from a .tf file', () => {
    const result = load(
      tree({
        'main.tf': 'module "m" {\n  source = "./mod"\n  name   = "n"\n}\n',
        'mod/main.tofu': 'variable "name" {}\nresource "aws_s3_bucket" "b" {\n  bucket = var.name\n}\n',
        'mod/extra.tofu.json': JSON.stringify({ resource: { aws_s3_bucket: { c: { bucket: '${var.name}-c' } } } }),
      }),
    );
    expect(result.errors).toEqual([]);
    // Files are read in name order: extra.tofu.json before main.tofu.
    expect(result.resources.map((r) => [r.address, toPlain(r.attrs.entries.get('bucket')!)])).toEqual([
      ['module.m.aws_s3_bucket.c', 'n-c'],
      ['module.m.aws_s3_bucket.b', 'n'],
    ]);
  });

  test('a module folder read from disk (outside the scanned unit) honours the shadowing too', () => {
    const dir = tree({
      'main.tf': 'module "m" {\n  source = "./mod"\n}\n',
      'mod/main.tf': bucket('b', 'from-tf'),
      'mod/main.tofu': bucket('b', 'from-tofu'),
    });
    const result = load(`${dir}/main.tf`);
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => toPlain(r.attrs.entries.get('bucket')!))).toEqual(['from-tofu']);
  });
});

interface JsonReport {
  findings: Array<{ ruleId: string; location: { file: string; startLine: number } }>;
  errors: unknown[];
}

async function scanJson(path: string): Promise<{ code: number; report: JsonReport }> {
  const run = await runCli(['scan', path, '--format', 'json', '-o', '-']);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

const fwAt = (report: JsonReport) => report.findings.filter((f) => f.ruleId === 'LP-FW-002').map((f) => `${f.location.file}:${f.location.startLine}`);

describe('leakproof scan of OpenTofu files', () => {
  test('an open security group in a .tofu file is reported at its line', async () => {
    const dir = tree({ 'network.tofu': openSg });
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(fwAt(report)).toEqual([`${dir}/network.tofu:3`]);
  });

  test('a .tofu file named on the command line is scanned', async () => {
    const dir = tree({ 'network.tofu': openSg, 'other.tf': bucket('b', 'b') });
    const { code, report } = await scanJson(`${dir}/network.tofu`);
    expect(code).toBe(1);
    expect(fwAt(report)).toEqual([`${dir}/network.tofu:3`]);
  });

  test('x.tofu shadows x.tf: the open group in x.tf is not scanned, the closed one in x.tofu is', async () => {
    const closed = openSg.replace('0.0.0.0/0', '10.0.0.0/8');
    const dir = tree({ 'x.tf': openSg, 'x.tofu': closed });
    const { code, report } = await scanJson(dir);
    expect(report.errors).toEqual([]);
    expect(fwAt(report)).toEqual([]);
    expect(code).toBe(0);
    // And the other way round the tofu file's exposure is found.
    const other = tree({ 'x.tf': closed, 'x.tofu': openSg });
    expect(fwAt((await scanJson(other)).report)).toEqual([`${other}/x.tofu:3`]);
  });
});
