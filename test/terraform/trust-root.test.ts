/**
 * The trust root: nothing outside the scanned path's git work tree (else the
 * scanned path) is read on the scanned configuration's behalf — module
 * sources, file() and friends, fileset(), auto-loaded tfvars, symlink targets —
 * and every refusal is reported at the referencing file:line.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { SourceResult } from '../../src/model/source-resource.js';
import { toPlain } from '../../src/model/value.js';
import { REPORT_FORMATS } from '../../src/reporters/index.js';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { findTrustRoot, locateInTrustRoot } from '../../src/sources/trust-root.js';
import { walkInputs, type ScanUnit } from '../../src/sources/walk.js';
import { runCli } from '../support/run-cli.js';

const SECRET = 'AKIA-NEIGHBOUR-SECRET-4242';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

/** A temporary tree (real path); a name ending in "/" is a folder. */
function tree(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-trust-')));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = nodePath.join(dir, name);
    if (name.endsWith('/')) fs.mkdirSync(full, { recursive: true });
    else {
      fs.mkdirSync(nodePath.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    }
  }
  return dir;
}

function load(cwd: string, path: string): SourceResult {
  const unit = walkInputs([path], { cwd }).units[0]!;
  return loadTerraform(unit, { cwd });
}

function rel(abs: string): string {
  return nodePath.relative(process.cwd(), abs).split(nodePath.sep).join('/');
}

/** The attack: a module outside the tree turns a neighbouring secret file into resource keys (and so into the report). */
const OUTSIDE_MODULE = `resource "aws_security_group" "leak" {
  for_each = toset(split("\\n", trimspace(file("\${path.module}/secret.txt"))))
  name     = each.key
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const CALLER = `provider "aws" {
  region = "eu-west-1"
}
module "x" {
  source = "../../outside"
}
`;

describe('findTrustRoot', () => {
  test('the enclosing git work tree (a .git folder or file), found upward without running git', () => {
    const dir = tree({ 'repo/.git/': '', 'repo/infra/app/main.tf': '', 'wt/.git': 'gitdir: /elsewhere\n', 'wt/sub/x.tf': '' });
    expect(findTrustRoot(nodePath.join(dir, 'repo/infra/app'))).toEqual({ dir: nodePath.join(dir, 'repo'), kind: 'git-work-tree' });
    expect(findTrustRoot(nodePath.join(dir, 'repo/infra/app/main.tf'))).toEqual({ dir: nodePath.join(dir, 'repo'), kind: 'git-work-tree' });
    expect(findTrustRoot(nodePath.join(dir, 'wt/sub'))).toEqual({ dir: nodePath.join(dir, 'wt'), kind: 'git-work-tree' });
  });

  test('else the scanned path itself, or a file argument\'s folder', () => {
    const dir = tree({ 'plain/infra/main.tf': '' });
    expect(findTrustRoot(nodePath.join(dir, 'plain/infra'))).toEqual({ dir: nodePath.join(dir, 'plain/infra'), kind: 'scanned-path' });
    expect(findTrustRoot(nodePath.join(dir, 'plain/infra/main.tf'))).toEqual({ dir: nodePath.join(dir, 'plain/infra'), kind: 'scanned-path' });
  });

  test('paths are judged by where they really are: a symlink leads nowhere outside, a missing path is not probed', () => {
    const dir = tree({ 'root/a.txt': 'a', 'out/b.txt': 'b' });
    fs.symlinkSync(nodePath.join(dir, 'out'), nodePath.join(dir, 'root/link'));
    const root = findTrustRoot(nodePath.join(dir, 'root'));
    expect(locateInTrustRoot(root, nodePath.join(dir, 'root/a.txt'))).toEqual({ ok: true, real: nodePath.join(dir, 'root/a.txt') });
    expect(locateInTrustRoot(root, nodePath.join(dir, 'root/missing.txt'))).toEqual({ ok: false, missing: true });
    for (const p of ['root/link/b.txt', 'root/link/missing.txt', 'out/b.txt', 'out/missing.txt', 'root/../out/b.txt']) {
      expect(locateInTrustRoot(root, nodePath.join(dir, p))).toMatchObject({ ok: false, missing: false, refused: expect.stringContaining('refused, outside the trust root') });
    }
  });
});

describe('the neighbouring-secret attack', () => {
  const dir = tree({
    'repo/.git/': '',
    'repo/infra/main.tf': CALLER,
    'outside/main.tf': OUTSIDE_MODULE,
    'outside/secret.txt': `${SECRET}\n`,
  });
  const infra = rel(nodePath.join(dir, 'repo/infra'));

  test.each(REPORT_FORMATS.map((f) => [f]))('the secret appears in no %s output, and the refusal is reported', async (format) => {
    const run = await runCli(['scan', infra, '--format', format]);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain('aws_security_group.leak');
    // Part of the configuration could not be assessed: an input error, not a pass.
    expect(run.code).toBe(2);
  });

  test('the refusal names the reference, at file:line, and the trust root', async () => {
    const run = await runCli(['scan', infra, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([
      {
        file: `${infra}/main.tf`,
        line: 5,
        column: 3,
        message: `module.x source "../../outside": refused, outside the trust root ${nodePath.join(dir, 'repo')} (the scanned path's git work tree); scan a folder that holds both to read it`,
      },
    ]);
    const text = await runCli(['scan', infra]);
    expect(text.stdout + text.stderr).toContain(`${infra}/main.tf:5`);
    expect(text.stdout + text.stderr).toContain('refused, outside the trust root');
  });

  test('without a git work tree the scanned path is the trust root', () => {
    const plain = tree({ 'infra/main.tf': CALLER.replace('../../outside', '../outside'), 'outside/main.tf': OUTSIDE_MODULE, 'outside/secret.txt': SECRET });
    const result = load(plain, 'infra');
    expect(result.resources.map((r) => r.address)).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'infra/main.tf',
        line: 5,
        message: `module.x source "../outside": refused, outside the trust root ${nodePath.join(plain, 'infra')} (the scanned path; it is in no git work tree); scan a folder that holds both to read it`,
      }),
    ]);
    expect(result.files).toEqual(['infra/main.tf']);
  });

  test('control: the same module inside the git work tree but outside the scanned folder IS read (so the check above is not vacuous)', async () => {
    const wide = tree({ '.git/': '', 'repo/infra/main.tf': CALLER, 'outside/main.tf': OUTSIDE_MODULE, 'outside/secret.txt': `${SECRET}\n` });
    const run = await runCli(['scan', rel(nodePath.join(wide, 'repo/infra')), '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([]);
    expect(run.stdout).toContain(SECRET);
    expect(report.findings.some((f: { location: { file: string } }) => f.location.file === `${rel(wide)}/outside/main.tf`)).toBe(true);
  });
});

describe('reads inside the git work tree', () => {
  test('a shared module beside the scanned folder is evaluated, with file() relative to the root as Terraform does', () => {
    const dir = tree({
      '.git/': '',
      'live/main.tf': 'module "sg" {\n  source = "../modules/sg"\n}\n',
      'modules/sg/main.tf': 'resource "aws_s3_bucket_policy" "p" {\n  policy = file("${path.module}/policy.json")\n}\n',
      'modules/sg/policy.json': '{"Statement": []}',
    });
    const result = load(dir, 'live');
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => r.address)).toEqual(['module.sg.aws_s3_bucket_policy.p']);
    expect(toPlain(result.resources[0]!.attrs.entries.get('policy')!)).toBe('{"Statement": []}');
    expect(result.files.sort()).toEqual(['live/main.tf', 'modules/sg/main.tf', 'modules/sg/policy.json']);
  });
});

describe('refused reads become unknown values and notes, never contents', () => {
  const dir = tree({
    'repo/.git/': '',
    'repo/infra/main.tf': `resource "aws_s3_object" "o" {
  direct   = file("../../outside/secret.txt")
  absolute = file("${'${'}abspath("../../outside/secret.txt")}")
  linked   = file("token.txt")
  hashed   = filesha256("../../outside/secret.txt")
  exists   = fileexists("../../outside/secret.txt")
  missing  = fileexists("../../outside/nothing.txt")
  inside   = fileexists("token-missing.txt")
  rendered = templatefile("../../outside/secret.txt", {})
}
module "y" {
  source = "./linked-module"
}
module "z" {
  source = "../modules/half"
}
`,
    'repo/modules/half/main.tf': 'resource "aws_s3_bucket" "kept" {}\n',
    'outside/secret.txt': SECRET,
    'outside/main.tf': 'resource "aws_s3_bucket" "evil" {}\n',
  });
  fs.symlinkSync(nodePath.join(dir, 'outside/secret.txt'), nodePath.join(dir, 'repo/infra/token.txt'));
  fs.symlinkSync(nodePath.join(dir, 'outside'), nodePath.join(dir, 'repo/infra/linked-module'));
  fs.symlinkSync(nodePath.join(dir, 'outside/main.tf'), nodePath.join(dir, 'repo/modules/half/evil.tf'));
  const result = load(dir, 'repo/infra');
  const o = result.resources.find((r) => r.address === 'aws_s3_object.o')!;
  const attrOf = (name: string) => o.attrs.entries.get(name)!;
  const refusal = `refused, outside the trust root ${nodePath.join(dir, 'repo')} (the scanned path's git work tree)`;

  test('file(), filesha256(), templatefile() outside, directly, by absolute path or through a symlink: unknown', () => {
    for (const name of ['direct', 'absolute', 'linked', 'hashed', 'rendered']) {
      expect(attrOf(name)).toMatchObject({ t: 'unknown', reason: expect.stringContaining(refusal) });
    }
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  test('fileexists() says nothing about what exists outside; inside it answers', () => {
    expect(attrOf('exists')).toMatchObject({ t: 'unknown', reason: expect.stringContaining(refusal) });
    expect(attrOf('missing')).toMatchObject({ t: 'unknown', reason: expect.stringContaining(refusal) });
    expect(attrOf('inside')).toMatchObject({ t: 'bool', v: false });
  });

  test('each refused function read is a note at its file:line', () => {
    expect(result.notes).toEqual(
      expect.arrayContaining([
        `repo/infra/main.tf:2: file("../../outside/secret.txt"): ${refusal}`,
        `repo/infra/main.tf:4: file("token.txt"): ${refusal}`,
        `repo/infra/main.tf:6: fileexists("../../outside/secret.txt"): ${refusal}`,
      ]),
    );
  });

  test('a module source through a symlink leading out is refused; a module file that is such a symlink is left out', () => {
    expect(result.resources.map((r) => r.address).sort()).toEqual(['aws_s3_object.o', 'module.z.aws_s3_bucket.kept']);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'repo/infra/main.tf', line: 12, message: `module.y source "./linked-module": ${refusal}; scan a folder that holds both to read it` }),
        { file: 'repo/modules/half/evil.tf', message: `not read as part of the module: ${refusal}` },
      ]),
    );
    expect(result.errors).toHaveLength(2);
    expect(result.files).not.toContain('outside/main.tf');
  });
});

describe('auto-loaded variables files', () => {
  test('a terraform.tfvars leading outside the trust root is not loaded; the variable stays unset', () => {
    const dir = tree({ 'infra/main.tf': 'variable "v" {\n  default = "safe"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = var.v\n}\n', 'outside.tfvars': `v = "${SECRET}"\n` });
    fs.symlinkSync(nodePath.join(dir, 'outside.tfvars'), nodePath.join(dir, 'infra/terraform.tfvars'));
    // The walker already passes such a link over; a unit that lists it anyway (a library caller's) is checked again.
    const unit: ScanUnit = {
      input: 'infra',
      kind: 'directory',
      root: 'infra',
      files: ['infra/main.tf', 'infra/terraform.tfvars'],
      terraformFolders: new Map([['infra', ['infra/main.tf']]]),
      skipped: [],
    };
    const result = loadTerraform(unit, { cwd: dir });
    expect(toPlain(result.resources[0]!.attrs.entries.get('bucket')!)).toBe('safe');
    expect(result.errors).toEqual([
      { file: 'infra/terraform.tfvars', message: `not loaded as a variables file: refused, outside the trust root ${nodePath.join(dir, 'infra')} (the scanned path; it is in no git work tree)` },
    ]);
  });

  test('--var-file is the user\'s and may lie anywhere', () => {
    const dir = tree({ 'infra/main.tf': 'variable "v" {}\nresource "aws_s3_bucket" "b" {\n  bucket = var.v\n}\n', 'elsewhere/prod.tfvars': 'v = "from-user"\n' });
    const unit = walkInputs(['infra'], { cwd: dir }).units[0]!;
    const result = loadTerraform(unit, { cwd: dir, varFiles: ['elsewhere/prod.tfvars'] });
    expect(result.errors).toEqual([]);
    expect(toPlain(result.resources[0]!.attrs.entries.get('bucket')!)).toBe('from-user');
  });
});
