/**
 * Modules that `terraform init` downloaded into `.terraform/modules`: every
 * registry and git call listed in modules.json is evaluated from its folder in
 * the caller's context (nested keys and local calls inside downloaded modules
 * included), with the same findings as the same code kept as local modules;
 * the built-in model of a well-known module then stays out (no double
 * findings); an uninitialised stack says to run terraform init; a hostile
 * manifest is refused and reported.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { Finding } from '../../src/findings/finding.js';
import type { SourceResult } from '../../src/model/source-resource.js';
import { scanPaths } from '../../src/scan.js';
import { MAX_MANIFEST_BYTES, MAX_MANIFEST_ENTRIES, versionSatisfies } from '../../src/sources/terraform/downloaded-modules.js';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-downloaded-')));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = nodePath.join(dir, name);
    fs.mkdirSync(nodePath.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

const SG_REGISTRY = 'terraform-aws-modules/security-group/aws';
const DB_GIT = 'git::https://github.com/example/terraform-aws-db.git?ref=v1.0.0';
const PARAMS_REGISTRY = 'example/admin-access/aws';

const root = (sg: string, db: string) => `provider "aws" {
  region = "eu-west-1"
}

module "web_sg" {
  source              = "${sg}"
  ${sg.startsWith('.') ? '' : 'version             = "5.1.0"'}
  name                = "web"
  vpc_id              = aws_vpc.main.id
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp", "https-443-tcp"]
}

module "db" {
  source    = "${db}"
  name      = "orders"
  vpc_id    = aws_vpc.main.id
  open_cidr = "0.0.0.0/0"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;

/** A cut-down security-group module written the way the real one is: named rules looked up by count.index. */
const SG_MODULE = `variable "name" {}
variable "vpc_id" {}
variable "ingress_cidr_blocks" {
  default = []
}
variable "ingress_rules" {
  default = []
}
locals {
  rules = {
    "ssh-tcp"       = [22, 22, "tcp"]
    "https-443-tcp" = [443, 443, "tcp"]
  }
}
resource "aws_security_group" "this" {
  count  = 1
  name   = var.name
  vpc_id = var.vpc_id
}
resource "aws_security_group_rule" "ingress_rules" {
  count             = length(var.ingress_rules)
  type              = "ingress"
  security_group_id = aws_security_group.this[0].id
  cidr_blocks       = var.ingress_cidr_blocks
  from_port         = local.rules[var.ingress_rules[count.index]][0]
  to_port           = local.rules[var.ingress_rules[count.index]][1]
  protocol          = local.rules[var.ingress_rules[count.index]][2]
}
output "security_group_id" {
  value = aws_security_group.this[0].id
}
`;

/** A database module with a local submodule and a nested remote call. */
const DB_MODULE = (params: string) => `variable "name" {}
variable "vpc_id" {}
variable "open_cidr" {}
module "sg" {
  source = "./modules/sg"
  vpc_id = var.vpc_id
  cidr   = var.open_cidr
}
module "admin" {
  source = "${params}"
  vpc_id = var.vpc_id
}
resource "aws_db_instance" "this" {
  identifier             = var.name
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  publicly_accessible    = true
  vpc_security_group_ids = [module.sg.id]
}
`;

const DB_SG_MODULE = `variable "vpc_id" {}
variable "cidr" {}
resource "aws_security_group" "db" {
  vpc_id = var.vpc_id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
output "id" {
  value = aws_security_group.db.id
}
`;

const ADMIN_MODULE = `variable "vpc_id" {}
resource "aws_security_group" "rdp" {
  vpc_id = var.vpc_id
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const MANIFEST = JSON.stringify(
  {
    Modules: [
      { Key: '', Source: '', Dir: '.' },
      { Key: 'web_sg', Source: `registry.terraform.io/${SG_REGISTRY}`, Version: '5.1.0', Dir: '.terraform/modules/web_sg' },
      { Key: 'db', Source: DB_GIT, Dir: '.terraform/modules/db' },
      { Key: 'db.sg', Source: './modules/sg', Dir: '.terraform/modules/db/modules/sg' },
      { Key: 'db.admin', Source: `registry.terraform.io/${PARAMS_REGISTRY}`, Version: '2.0.0', Dir: '.terraform/modules/db.admin' },
    ],
  },
  null,
  2,
);

function downloadedStack(extra: Record<string, string> = {}): string {
  return tree({
    'main.tf': root(SG_REGISTRY, DB_GIT),
    '.terraform/modules/modules.json': MANIFEST,
    '.terraform/modules/web_sg/main.tf': SG_MODULE,
    '.terraform/modules/db/main.tf': DB_MODULE(PARAMS_REGISTRY),
    '.terraform/modules/db/modules/sg/main.tf': DB_SG_MODULE,
    '.terraform/modules/db.admin/main.tf': ADMIN_MODULE,
    ...extra,
  });
}

function localStack(): string {
  return tree({
    'main.tf': root('./modules/web_sg', './modules/db'),
    'modules/web_sg/main.tf': SG_MODULE,
    'modules/db/main.tf': DB_MODULE('../admin'),
    'modules/db/modules/sg/main.tf': DB_SG_MODULE,
    'modules/admin/main.tf': ADMIN_MODULE,
  });
}

function load(dir: string): SourceResult {
  const unit = walkInputs([dir]).units[0]!;
  return loadTerraform(unit);
}

/** What a finding says, with the folder it was found in taken out. */
function essence(findings: Finding[], dir: string): string[] {
  return findings.map((f) => `${f.ruleId} ${f.severity} ${f.resource.address}: ${f.message.split(dir).join('<stack>')}`).sort();
}

const rel = (abs: string) => nodePath.relative(process.cwd(), abs).split(nodePath.sep).join('/');

describe('a stack initialised with terraform init', () => {
  const downloaded = downloadedStack();
  const local = localStack();

  test('has the same findings as the same code kept as local modules', async () => {
    const [a, b] = await Promise.all([scanPaths([downloaded]), scanPaths([local])]);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    const got = essence(a.findings, downloaded);
    expect(got).toEqual(essence(b.findings, local));
    // Each module's exposure is there: the registry module, the git module, its local submodule and its nested remote call.
    const addresses = new Set(a.findings.map((f) => f.resource.address));
    expect(addresses).toEqual(
      new Set([
        'module.web_sg.aws_security_group.this[0]',
        'module.db.module.sg.aws_security_group.db',
        'module.db.module.admin.aws_security_group.rdp',
        'module.db.aws_db_instance.this',
      ]),
    );
    // The built-in model of the security-group module stays out: one SSH finding, not two.
    expect(a.findings.filter((f) => f.resource.address.startsWith('module.web_sg') && f.message.includes('22'))).toHaveLength(1);
    expect(a.findings.every((f) => f.location.file.startsWith(rel(downloaded) + '/'))).toBe(true);
    // Located in the downloaded files (or where the caller wrote the open range).
    expect(a.findings.some((f) => f.location.file.endsWith('/.terraform/modules/db.admin/main.tf'))).toBe(true);
  });

  test('resources are read from the downloaded folders, at module addresses', () => {
    const result = load(downloaded);
    const addresses = result.resources.map((r) => r.address);
    expect(addresses).toEqual(
      expect.arrayContaining([
        'module.web_sg.aws_security_group_rule.ingress_rules[0]',
        'module.web_sg.aws_security_group_rule.ingress_rules[1]',
        'module.db.aws_db_instance.this',
        'module.db.module.admin.aws_security_group.rdp',
      ]),
    );
    // No stand-in for an evaluated call.
    expect(result.resources.filter((r) => r.type === 'module')).toEqual([]);
    expect(result.files).toContain(`${rel(downloaded)}/.terraform/modules/modules.json`);
  });

  test('each note says where the module was evaluated from', () => {
    const { notes } = load(downloaded);
    const main = `${rel(downloaded)}/main.tf`;
    expect(notes).toContain(`module.web_sg (${SG_REGISTRY}) in ${main}:5: evaluated from .terraform/modules/web_sg (version 5.1.0)`);
    expect(notes).toContain(`module.db (${DB_GIT}) in ${main}:14: evaluated from .terraform/modules/db`);
    expect(notes).toContain(
      `module.admin (${PARAMS_REGISTRY}) in ${rel(downloaded)}/.terraform/modules/db/main.tf:9: evaluated from .terraform/modules/db.admin (version 2.0.0)`,
    );
  });
});

describe('a stack that was not initialised', () => {
  const dir = tree({ 'main.tf': root(SG_REGISTRY, DB_GIT) });
  const main = `${rel(dir)}/main.tf`;

  test('the notes say which calls a built-in model stood in for, and to run terraform init', () => {
    const { notes } = load(dir);
    expect(notes).toContain(
      `module.web_sg (${SG_REGISTRY}) in ${main}:5: modelled from its inputs by the built-in model of ${SG_REGISTRY} (run terraform init to evaluate the module itself)`,
    );
    expect(notes).toContain(`module.db (${DB_GIT}) in ${main}:14: not evaluated: remote module sources are not downloaded (run terraform init)`);
  });

  test('the built-in model still reports the security group it would create', async () => {
    const report = await scanPaths([dir]);
    const web = report.findings.filter((f) => f.resource.address.startsWith('module.web_sg'));
    expect(web.map((f) => f.ruleId)).toContain('LP-FW-002');
    expect(report.findings.some((f) => f.resource.address.startsWith('module.db'))).toBe(false);
  });
});

describe('a manifest is hostile data', () => {
  const manifestWith = (modules: unknown[]) => JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, ...modules] }, null, 2);

  test('a Dir outside the trust root is refused at its line, and the call is not evaluated', () => {
    const base = tree({ 'outside/main.tf': ADMIN_MODULE, 'stack/main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n  vpc_id = "vpc-1"\n}\n` });
    const stack = nodePath.join(base, 'stack');
    fs.mkdirSync(nodePath.join(stack, '.terraform/modules'), { recursive: true });
    fs.writeFileSync(nodePath.join(stack, '.terraform/modules/modules.json'), manifestWith([{ Key: 'x', Source: PARAMS_REGISTRY, Dir: '../outside' }]));
    const result = load(stack);
    const manifest = `${rel(stack)}/.terraform/modules/modules.json`;
    expect(result.errors).toEqual([
      expect.objectContaining({ file: manifest, line: 8, message: expect.stringMatching(/^module key "x": its folder \.\.\/outside named in the module manifest is refused, outside the trust root/) }),
    ]);
    expect(result.resources.map((r) => r.address)).toEqual(['module.x']);
    expect(result.notes.find((n) => n.startsWith('module.x'))).toMatch(/: not evaluated: its folder \.\.\/outside named in the module manifest is refused/);
    expect(result.files.some((f) => f.includes('outside'))).toBe(false);
  });

  test('a Dir that is a symlink leading out, or an absolute path, is refused', () => {
    const base = tree({ 'outside/main.tf': ADMIN_MODULE, 'stack/main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n  vpc_id = "vpc-1"\n}\nmodule "y" {\n  source = "${PARAMS_REGISTRY}"\n  vpc_id = "vpc-1"\n}\n` });
    const stack = nodePath.join(base, 'stack');
    fs.mkdirSync(nodePath.join(stack, '.terraform/modules'), { recursive: true });
    fs.symlinkSync(nodePath.join(base, 'outside'), nodePath.join(stack, '.terraform/modules/x'));
    fs.writeFileSync(
      nodePath.join(stack, '.terraform/modules/modules.json'),
      manifestWith([
        { Key: 'x', Source: PARAMS_REGISTRY, Dir: '.terraform/modules/x' },
        { Key: 'y', Source: PARAMS_REGISTRY, Dir: nodePath.join(base, 'outside') },
      ]),
    );
    const result = load(stack);
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^module key "x": its folder \.terraform\/modules\/x named in the module manifest is refused, outside the trust root/),
      expect.stringMatching(/^module key "y": its folder ".*" in the module manifest is an absolute path, which is refused$/),
    ]);
    expect(result.resources.filter((r) => r.type === 'aws_security_group')).toEqual([]);
  });

  test('malformed JSON is an error at file:line, and the calls are handed on unevaluated', () => {
    const dir = tree({
      'main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n}\n`,
      '.terraform/modules/modules.json': '{\n  "Modules": [\n    {"Key": "x", "Dir": ".terraform/modules/x"\n  ]\n}\n',
      '.terraform/modules/x/main.tf': ADMIN_MODULE,
    });
    const result = load(dir);
    expect(result.errors).toEqual([expect.objectContaining({ file: `${rel(dir)}/.terraform/modules/modules.json`, line: 4, message: expect.stringMatching(/^the module manifest is not valid JSON/) })]);
    expect(result.resources.map((r) => r.address)).toEqual(['module.x']);
  });

  test('an entry of the wrong shape is reported and ignored; a manifest without Modules is an error', () => {
    const dir = tree({
      'main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n  vpc_id = "v"\n}\n`,
      '.terraform/modules/modules.json': manifestWith([{ Key: 'x', Dir: 7 }]),
      '.terraform/modules/x/main.tf': ADMIN_MODULE,
    });
    const result = load(dir);
    expect(result.errors).toEqual([expect.objectContaining({ line: 8, message: 'a module manifest entry lacks a string "Key" or "Dir"; it is ignored' })]);
    expect(result.notes.find((n) => n.startsWith('module.x'))).toMatch(/not evaluated: .*modules\.json has no entry for it \(run terraform init\)$/);

    const other = tree({ 'main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n}\n`, '.terraform/modules/modules.json': '[]' });
    expect(load(other).errors).toEqual([expect.objectContaining({ message: 'the module manifest has no "Modules" list' })]);
  });

  test('a manifest over the size cap is not read', () => {
    const dir = tree({
      'main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n}\n`,
      '.terraform/modules/modules.json': `{"Modules": [], "pad": "${'x'.repeat(MAX_MANIFEST_BYTES)}"}`,
    });
    const result = load(dir);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/larger than/);
    expect(result.resources.map((r) => r.address)).toEqual(['module.x']);
  });

  test('a Dir that names the calling module itself is recursion, reported, not a loop', () => {
    const dir = tree({
      'main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n}\nresource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n`,
      '.terraform/modules/modules.json': manifestWith([{ Key: 'x', Source: PARAMS_REGISTRY, Dir: '.' }]),
    });
    const result = load(dir);
    expect(result.errors.map((e) => e.message)).toEqual(['module "x" calls a module that is already being evaluated (recursion)']);
    expect(result.resources.map((r) => r.address)).toEqual(['aws_vpc.v']);
  });

  test('entries past the entry limit are not read, and that is reported', () => {
    const padding = Array.from({ length: MAX_MANIFEST_ENTRIES }, (_, i) => ({ Key: `pad${i}`, Source: PARAMS_REGISTRY, Dir: '.terraform/modules/none' }));
    const dir = tree({
      'main.tf': `module "x" {\n  source = "${PARAMS_REGISTRY}"\n  vpc_id = "v"\n}\n`,
      '.terraform/modules/modules.json': JSON.stringify({ Modules: [...padding, { Key: 'x', Source: PARAMS_REGISTRY, Dir: '.terraform/modules/x' }] }),
      '.terraform/modules/x/main.tf': ADMIN_MODULE,
    });
    const result = load(dir);
    expect(result.errors.map((e) => e.message)).toEqual([`the module manifest lists ${MAX_MANIFEST_ENTRIES + 1} modules, more than the limit of ${MAX_MANIFEST_ENTRIES}; the rest are not read`]);
    expect(result.resources.map((r) => r.address)).toEqual(['module.x']);
  });

  test('a download whose version does not meet the call\'s constraint is not used', () => {
    const dir = tree({
      'main.tf': `module "x" {\n  source  = "${PARAMS_REGISTRY}"\n  version = "~> 3.1"\n  vpc_id  = "v"\n}\n`,
      '.terraform/modules/modules.json': manifestWith([{ Key: 'x', Source: `registry.terraform.io/${PARAMS_REGISTRY}`, Version: '2.0.0', Dir: '.terraform/modules/x' }]),
      '.terraform/modules/x/main.tf': ADMIN_MODULE,
    });
    const result = load(dir);
    expect(result.resources.map((r) => r.address)).toEqual(['module.x']);
    expect(result.notes.find((n) => n.startsWith('module.x'))).toMatch(/not evaluated: .* records version 2\.0\.0, which does not meet the constraint "~> 3\.1" \(run terraform init\)$/);
  });

  test('version constraints are read as Terraform reads them', () => {
    const cases: Array<[string, string, boolean | undefined]> = [
      ['5.1.0', '5.1.0', true],
      ['5.1.0', '~> 5.0', true],
      ['6.0.0', '~> 5.0', false],
      ['5.1.9', '~> 5.1.2', true],
      ['5.2.0', '~> 5.1.2', false],
      ['4.9.0', '>= 4.1, < 5', true],
      ['5.0.0', '>= 4.1, < 5', false],
      ['5.0.0', '!= 5.0.0', false],
      ['5.0.0', 'latest', undefined],
    ];
    for (const [version, constraint, expected] of cases) expect([version, constraint, versionSatisfies(version, constraint)]).toEqual([version, constraint, expected]);
  });

  test('a download for another source (the call changed since init) is not used', () => {
    const dir = tree({
      'main.tf': `module "x" {\n  source = "example/other/aws"\n  vpc_id = "v"\n}\n`,
      '.terraform/modules/modules.json': manifestWith([{ Key: 'x', Source: `registry.terraform.io/${PARAMS_REGISTRY}`, Dir: '.terraform/modules/x' }]),
      '.terraform/modules/x/main.tf': ADMIN_MODULE,
    });
    const result = load(dir);
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => r.address)).toEqual(['module.x']);
    expect(result.notes.find((n) => n.startsWith('module.x'))).toMatch(/not evaluated: .* records it as downloaded from "registry\.terraform\.io\/example\/admin-access\/aws", not from this source \(run terraform init\)$/);
  });

  test('the scan changes nothing in the scanned folder', async () => {
    const dir = downloadedStack();
    const before = listTree(dir);
    await scanPaths([dir]);
    expect(listTree(dir)).toEqual(before);
  });
});

function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = nodePath.join(d, e.name);
      out.push(`${p}:${e.isDirectory() ? 'dir' : fs.statSync(p).size}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}
