/**
 * Hostile inputs, generated at run time (nothing large is committed): every way
 * a scanned tree or a command-line argument has been seen to hang, crash,
 * exhaust memory, run code, read outside its tree, forge report lines or slip
 * past the scan. Each case is a folder; unless it is a usage error, a valid
 * world-open security group (`neighbour/main.tf`) lies beside the hostile file
 * and must still be reported: one bad file never costs the rest of the scan.
 */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const NEIGHBOUR_FILE = 'neighbour/main.tf';

/** A valid world-open security group written beside every hostile file. */
export const NEIGHBOUR_TF = `provider "aws" {
  region = "eu-west-1"
}

resource "aws_security_group" "neighbour_ssh" {
  name = "neighbour"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

/** A distinctive string that must never appear in any output (secrets, files outside the trust root). */
export const SECRET = 'hunter2-leakproof-canary-7d1e';

export interface CaseExpectation {
  /** Acceptable exit codes. */
  exit: number[];
  /** The valid neighbour must be reported (false only for usage errors and for policy that turns rules off). */
  neighbour: boolean;
  /** Something stderr must match (an error at file:line, a usage message). */
  stderr?: RegExp;
  /** Strings that must appear nowhere in stdout, stderr or the report files the case writes. */
  absent?: string[];
  /** Report files the case writes (beside its folder), checked for `absent` too. */
  outputFiles?: (dir: string) => string[];
  /** Files (relative to the case folder) that must not exist after the run: proof that no code ran. */
  notCreated?: string[];
  /** Further checks on the JSON report (stdout), when the case asks for --format json. */
  report?: (report: HostileReport) => string | undefined;
}

export interface HostileReport {
  findings: Array<{ ruleId: string; message: string; location: { file: string; startLine: number } }>;
  errors: Array<{ file: string; line?: number; message: string }>;
  notes: string[];
  policyChanges?: Array<{ kind: string; origin: string; source: { file: string; line?: number } }>;
  skipped?: Array<{ path: string; kind: string }>;
  summary: { findings: number };
}

export interface HostileCase {
  name: string;
  about: string;
  files: Record<string, string | Buffer>;
  /** Made after the files are written: FIFOs, symbolic links, files outside the case's trust root. */
  setup?: (dir: string, outside: string) => void;
  /** The command line after `leakproof`; `dir` is the case folder (also the working directory), `outside` a folder beside it. */
  args: (dir: string, outside: string) => string[];
  /** Shell pipeline instead of a plain run (`"$NODE" "$LEAKPROOF"` runs the CLI); for EPIPE. */
  shell?: string;
  expect: CaseExpectation;
}

const scanJson = (...extra: string[]) => (dir: string) => ['scan', dir, '--format', 'json', ...extra];

const hasError = (pattern: RegExp) => (r: HostileReport) =>
  r.errors.some((e) => pattern.test(`${e.file}:${e.line ?? ''}: ${e.message}`)) ? undefined : `no error matching ${pattern} in ${JSON.stringify(r.errors).slice(0, 600)}`;

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

function nested(open: string, close: string, depth: number, inner = '1'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** A YAML "billion laughs": each level refers to the previous one ten times. */
function yamlAliasBomb(levels: number): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Metadata:', '  l0: &l0 "lol"'];
  for (let i = 1; i < levels; i++) lines.push(`  l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  lines.push('Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', `      Tags: *l${levels - 1}`);
  return lines.join('\n') + '\n';
}

/** A CloudFormation template whose security group is open to the world, as UTF-16LE with a BOM. */
const OPEN_SG_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  OpenSsh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function manyBucketsHcl(perBlock: number): string {
  const block = (name: string) => `resource "aws_s3_bucket" "${name}" {
  count  = ${perBlock}
  bucket = "${name}-\${count.index}"
}
resource "aws_s3_bucket_public_access_block" "${name}" {
  count                   = ${perBlock}
  bucket                  = aws_s3_bucket.${name}[count.index].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;
  return `provider "aws" {\n  region = "eu-west-1"\n}\n${block('a')}${block('b')}`;
}

function manyBucketsTemplate(n: number): string {
  const resources: string[] = [];
  for (let i = 0; i < n; i++) {
    resources.push(`  B${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b-${i}\n      PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}`);
  }
  return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources.join('\n')}\n`;
}

function joinBombTemplate(): string {
  const parts = Array(4000).fill('{"Ref": "Long"}').join(',');
  return JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { Long: { Type: 'String', Default: 'x'.repeat(100_000) } },
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: '__JOIN__' } },
    },
  }, null, 2).replace('"__JOIN__"', `{"Fn::Join": ["", [${parts}]]}`);
}

function nestedSubTemplate(depth: number): string {
  let value: unknown = 'x'.repeat(1000);
  for (let i = 0; i < depth; i++) value = { 'Fn::Sub': ['${v}${v}${v}${v}', { v: value }] };
  return JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: value } } },
  });
}

const STALE_PLAN = JSON.stringify({
  format_version: '1.2',
  terraform_version: '1.9.0',
  planned_values: {
    root_module: {
      resources: [
        {
          address: 'aws_security_group.web',
          mode: 'managed',
          type: 'aws_security_group',
          name: 'web',
          provider_name: 'registry.terraform.io/hashicorp/aws',
          values: {
            name: 'web',
            ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' }],
            egress: [],
          },
        },
      ],
    },
  },
  resource_changes: [],
  configuration: {
    provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: 'eu-west-1' } } } },
    root_module: {
      resources: [{ address: 'aws_security_group.web', mode: 'managed', type: 'aws_security_group', name: 'web', provider_config_key: 'aws', expressions: { name: { constant_value: 'web' } }, schema_version: 1 }],
    },
  },
});

const OPEN_SG_TF = (name: string) => `resource "aws_security_group" "${name}" {
  name = "${name}"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

export const HOSTILE_CASES: HostileCase[] = [
  // --- code and policy from the scanned tree ---
  {
    name: 'config-loads-code',
    about: 'a discovered .leakproof.yaml names a JavaScript rule and sets fail-on: none; the command line says --fail-on high',
    files: {
      '.leakproof.yaml': 'extra-rules:\n  - ./team-rules.mjs\nfail-on: none\n',
      'team-rules.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./CODE-RAN', import.meta.url), 'pwned');\nexport default [];\n`,
    },
    args: (dir) => ['scan', dir, '--format', 'json', '--fail-on', 'high'],
    expect: {
      exit: [1],
      neighbour: true,
      notCreated: ['CODE-RAN'],
      report: (r) => (r.policyChanges?.some((c) => c.kind === 'code-refused' && /\.leakproof\.yaml$/.test(c.source.file)) ? undefined : 'the refused rule file is not listed in policyChanges'),
    },
  },
  {
    name: 'config-disables-everything',
    about: 'a discovered .leakproof.yaml disables every rule: allowed, but every report must say so',
    files: { '.leakproof.yaml': 'rules:\n  disable: ["LP-*"]\n' },
    args: scanJson(),
    expect: {
      exit: [0, 1],
      neighbour: false,
      report: (r) => (r.policyChanges?.some((c) => c.kind === 'rule-disabled' && c.origin === 'discovered' && c.source.line !== undefined) ? undefined : 'the disabled rules are not listed with file:line'),
    },
  },
  {
    name: 'config-exclude-backtracking',
    about: "a discovered .leakproof.yaml's exclude pattern that a backtracking matcher would take hours on, beside a 200-character folder name",
    files: { '.leakproof.yaml': `exclude:\n  - "${'*a'.repeat(12)}b"\n` },
    setup: (dir) => mkdirSync(path.join(dir, 'a'.repeat(200)), { recursive: true }),
    args: scanJson(),
    expect: { exit: [1], neighbour: true },
  },
  // --- reads outside the trust root ---
  {
    name: 'module-outside-trust-root',
    about: 'a local module source points outside the scanned tree, at a folder whose .tf reads a secret file',
    files: { 'main.tf': 'module "outside" {\n  source = "../outside/mod"\n}\n' },
    setup: (_dir, outside) => {
      mkdirSync(path.join(outside, 'mod'), { recursive: true });
      writeFileSync(path.join(outside, 'mod', 'secret.txt'), `${SECRET}\n`);
      writeFileSync(
        path.join(outside, 'mod', 'main.tf'),
        'resource "aws_s3_bucket" "leak" {\n  for_each = toset(split("\\n", file("${path.module}/secret.txt")))\n  bucket   = each.key\n}\n',
      );
    },
    args: (dir) => ['scan', dir, '--format', 'json'],
    expect: { exit: [1, 2], neighbour: true, absent: [SECRET] },
  },
  {
    name: 'file-outside-trust-root',
    about: 'file() and templatefile() reach for a file outside the scanned tree',
    files: { 'main.tf': 'locals {\n  a = file("../outside/secret.txt")\n  b = templatefile("../outside/secret.txt", {})\n}\nresource "aws_s3_bucket" "x" {\n  bucket = "${local.a}${local.b}"\n}\n' },
    setup: (_dir, outside) => {
      mkdirSync(outside, { recursive: true });
      writeFileSync(path.join(outside, 'secret.txt'), SECRET);
    },
    args: (dir) => ['scan', dir, '--format', 'json'],
    expect: { exit: [1, 2], neighbour: true, absent: [SECRET] },
  },
  {
    name: 'symlink-outside-trust-root',
    about: 'a symlink inside the tree points at a .tf file outside it',
    files: {},
    setup: (dir, outside) => {
      mkdirSync(outside, { recursive: true });
      writeFileSync(path.join(outside, 'leak.tf'), `resource "aws_s3_bucket" "b" {\n  bucket = "${SECRET}"\n}\n`);
      symlinkSync(path.join(outside, 'leak.tf'), path.join(dir, 'leak.tf'));
    },
    args: scanJson(),
    expect: {
      exit: [1],
      neighbour: true,
      absent: [SECRET],
      report: (r) => (r.skipped?.some((s) => s.kind === 'symlink' && s.path.endsWith('leak.tf')) ? undefined : 'the skipped symlink is not listed'),
    },
  },
  // --- evaluation that would run away ---
  {
    name: 'terraform-regex-sequential-quantifiers',
    about: 'regex() and replace() with sequential quantifiers on a long subject (catastrophic on a backtracking engine)',
    files: {
      'main.tf': `locals {\n  subject = "${'a'.repeat(30_000)}"\n  m = regexall("${'a*'.repeat(30)}b", local.subject)\n  r = replace(local.subject, "/${'a?'.repeat(30)}${'a'.repeat(30)}c/", "x")\n}\nresource "aws_s3_bucket" "x" {\n  bucket = "n-\${length(local.m)}-\${length(local.r)}"\n}\n`,
    },
    args: scanJson(),
    expect: { exit: [0, 1, 2], neighbour: true },
  },
  {
    name: 'cloudformation-join-bomb',
    about: 'Fn::Join over a 100 kB parameter, 4,000 times',
    files: { 'join.json': joinBombTemplate() },
    args: scanJson(),
    expect: { exit: [2], neighbour: true, report: hasError(/join\.json:\d+/) },
  },
  {
    name: 'cloudformation-nested-sub',
    about: 'Fn::Sub nested twelve deep, each level quadrupling the string',
    files: { 'sub.json': nestedSubTemplate(12) },
    args: scanJson(),
    expect: { exit: [2], neighbour: true, report: hasError(/sub\.json:\d+/) },
  },
  {
    name: 'terraform-many-buckets',
    about: '12,000 aws_s3_bucket instances with as many public access blocks (a quadratic join would take minutes)',
    files: { 'buckets/main.tf': manyBucketsHcl(6000) },
    args: scanJson(),
    expect: { exit: [0, 1], neighbour: true },
  },
  {
    name: 'cloudformation-many-buckets',
    about: '10,000 buckets in one template',
    files: { 'buckets.yaml': manyBucketsTemplate(10_000) },
    args: scanJson(),
    expect: { exit: [0, 1], neighbour: true },
  },
  {
    name: 'budget-exhausted-in-one-root',
    about: 'one root module asks for 250,000 resource instances (over the per-root budget); the other roots are still evaluated and the error names that root',
    files: {
      'a-greedy/main.tf': Array.from({ length: 25 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  count  = 10000\n  bucket = "b${i}-\${count.index}"\n}\n`).join(''),
      'b-collection/main.tf': `locals {\n  big = [for i in range(9000) : [for j in range(9000) : "\${i}-\${j}"]]\n}\nresource "aws_s3_bucket" "x" {\n  bucket = "b-\${length(local.big)}"\n}\n`,
    },
    args: scanJson(),
    expect: {
      exit: [2],
      neighbour: true,
      report: (r) => hasError(/a-greedy\/main\.tf/)(r) ?? hasError(/b-collection\/main\.tf/)(r),
    },
  },
  {
    name: 'terraform-cyclic-locals',
    about: 'locals that refer to each other',
    files: { 'main.tf': 'locals {\n  a = local.b\n  b = local.a\n}\nresource "aws_s3_bucket" "x" {\n  bucket = local.a\n}\n' },
    args: scanJson(),
    expect: { exit: [2], neighbour: true, report: hasError(/main\.tf:\d+/) },
  },
  {
    name: 'terraform-cyclic-modules',
    about: 'two local modules that call each other',
    files: {
      'root/main.tf': 'module "a" {\n  source = "../a"\n}\n',
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      'b/main.tf': 'module "a" {\n  source = "../a"\n}\n',
    },
    args: scanJson(),
    expect: { exit: [0, 2], neighbour: true },
  },
  {
    name: 'terraform-module-fan-out',
    about: 'a module called 1,000 times that calls a module 1,000 times that creates 1,000 buckets',
    files: {
      'root/main.tf': 'module "l1" {\n  source = "../l1"\n  count  = 1000\n}\n',
      'l1/main.tf': 'module "l2" {\n  source = "../l2"\n  count  = 1000\n}\n',
      'l2/main.tf': 'resource "aws_s3_bucket" "b" {\n  count  = 1000\n  bucket = "b-${count.index}"\n}\n',
    },
    args: scanJson(),
    expect: { exit: [2], neighbour: true },
  },
  // --- broken, odd and oversized files ---
  {
    name: 'minified-template-syntax-error',
    about: 'a one-line CloudFormation JSON template with a syntax error',
    files: { 'min.json': `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"Sg":{"Type":"AWS::EC2::SecurityGroup","Properties":{"GroupDescription":"x",,"SecurityGroupIngress":[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"CidrIp":"0.0.0.0/0"}]}}}}` },
    args: scanJson(),
    expect: { exit: [2], neighbour: true, report: hasError(/min\.json:1\b/) },
  },
  {
    name: 'utf16-template',
    about: 'a UTF-16LE CloudFormation YAML template (with BOM) whose security group is open',
    files: { 'utf16.yaml': utf16le(OPEN_SG_YAML) },
    args: scanJson(),
    expect: {
      exit: [1],
      neighbour: true,
      report: (r) => (r.findings.some((f) => f.location.file.endsWith('utf16.yaml')) ? undefined : 'the UTF-16 template was not read'),
    },
  },
  {
    name: 'utf8-bom-terraform',
    about: 'a .tf file that starts with a UTF-8 byte-order mark',
    files: { 'bom/main.tf': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(OPEN_SG_TF('bom'))]) },
    args: scanJson(),
    expect: {
      exit: [1],
      neighbour: true,
      report: (r) => (r.findings.some((f) => f.location.file.endsWith('bom/main.tf')) ? undefined : 'the .tf file with a BOM was not read'),
    },
  },
  {
    name: 'truncated-inputs',
    about: 'a truncated .tf, CloudFormation YAML, CloudFormation JSON and plan JSON',
    files: {
      'tf/main.tf': 'resource "aws_security_group" "t" {\n  ingress {\n    cidr_blocks = ["0.0.0.0/0"\n',
      'cfn.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: x, SecurityGroupIngress: [{CidrIp: 0.0.0.0/0',
      'cfn.json': '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Sg": {\n      "Type": "AWS::EC2::SecurityGroup",\n',
      'plan.json': '{\n  "format_version": "1.2",\n  "planned_values": {\n    "root_module": {\n',
    },
    args: scanJson(),
    expect: {
      exit: [2],
      neighbour: true,
      report: (r) => ['tf/main.tf', 'cfn.yaml', 'cfn.json', 'plan.json'].map((f) => (r.errors.some((e) => e.file.endsWith(f) && e.line) ? undefined : `no file:line error for ${f}`)).find(Boolean),
    },
  },
  {
    name: 'deeply-nested',
    about: '100,000 nested brackets in HCL, JSON and YAML',
    files: {
      'deep/main.tf': `locals {\n  x = ${nested('[', ']', 100_000)}\n}\n`,
      'deep.json': `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Tags":${nested('[', ']', 100_000)}}}}}`,
      'deep.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: ${nested('[', ']', 100_000)}\n`,
    },
    args: scanJson(),
    expect: { exit: [2], neighbour: true, report: hasError(/deep/) },
  },
  {
    name: 'binary-files',
    about: 'random bytes and NULs in files named like Terraform, JSON and YAML',
    files: {
      'bin/main.tf': Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919 + 13) % 256)),
      'bin.json': Buffer.concat([Buffer.from('{"AWSTemplateFormatVersion":"2010-09-09","Resources":'), Buffer.alloc(1000, 0)]),
      'bin.yaml': Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 31 + 7) % 256)),
    },
    args: scanJson(),
    expect: { exit: [2], neighbour: true },
  },
  {
    name: 'oversized-file',
    about: 'a 6 MiB .tf file (over the size cap): skipped and said so, not read into memory',
    files: { 'huge/main.tf': `# ${'x'.repeat(6 * 1024 * 1024)}\n` },
    args: scanJson(),
    expect: { exit: [2], neighbour: true, report: hasError(/huge\/main\.tf/) },
  },
  {
    name: 'yaml-alias-bomb',
    about: 'a billion-laughs CloudFormation template',
    files: { 'bomb.yaml': yamlAliasBomb(12) },
    args: scanJson(),
    expect: { exit: [2], neighbour: true, report: hasError(/bomb\.yaml/) },
  },
  {
    name: 'config-alias-bomb',
    about: 'a billion-laughs .leakproof.yaml',
    files: { '.leakproof.yaml': yamlAliasBomb(12).replace('AWSTemplateFormatVersion: "2010-09-09"\n', '') },
    args: scanJson(),
    expect: { exit: [2], neighbour: false, stderr: /\.leakproof\.yaml/ },
  },
  {
    name: 'special-files-in-tree',
    about: 'a FIFO named main.tf and a broken symlink inside the tree: never opened, counted as skipped',
    files: {},
    setup: (dir) => {
      mkdirSync(path.join(dir, 'fifo'), { recursive: true });
      mkfifo(path.join(dir, 'fifo', 'main.tf'));
      symlinkSync(path.join(dir, 'does-not-exist.tf'), path.join(dir, 'broken.tf'));
    },
    args: scanJson(),
    expect: {
      exit: [1],
      neighbour: true,
      report: (r) => (r.skipped?.some((s) => s.kind === 'special') && r.skipped.some((s) => s.kind === 'symlink') ? undefined : 'the FIFO and the broken symlink are not both listed as skipped'),
    },
  },
  {
    name: 'stale-plan',
    about: 'a plan.json that says 10.0.0.0/8 beside a .tf that says 0.0.0.0/0',
    files: { 'stale/main.tf': OPEN_SG_TF('web'), 'stale/plan.json': STALE_PLAN },
    args: scanJson(),
    expect: {
      exit: [1],
      neighbour: true,
      report: (r) => (r.findings.some((f) => f.location.file.endsWith('stale/main.tf') && /plan/i.test(f.message)) ? undefined : 'the exposure in stale/main.tf is hidden by the plan, or the finding does not say the plan disagrees'),
    },
  },
  {
    name: 'control-characters-in-names',
    about: 'a file name with ESC and newline characters, scanned to text, CSV, Markdown, HTML and JUnit',
    files: { ['evil\u001b[31m\nFAKE LINE\u202e.tf']: OPEN_SG_TF('evil') },
    args: (dir) => ['scan', dir, '--format', `text,csv=${dir}.csv,markdown=${dir}.md,html=${dir}.html,junit=${dir}.xml`],
    expect: {
      exit: [1],
      neighbour: false,
      absent: ['\u001b[31m', '\nFAKE LINE', '\u202e'],
      outputFiles: (dir) => ['csv', 'md', 'html', 'xml'].map((ext) => `${dir}.${ext}`),
    },
  },
  // --- files named on the command line ---
  ...(['--var-file', '--parameter-file', '--config', '--baseline'] as const).flatMap((flag): HostileCase[] => [
    {
      name: `fifo-as${flag.replace(/^-+/, '-')}`,
      about: `${flag} names a FIFO (opening it would block forever)`,
      files: {},
      setup: (dir) => mkfifo(path.join(dir, 'pipe')),
      args: (dir) => ['scan', dir, flag, path.join(dir, 'pipe')],
      expect: { exit: [2], neighbour: false, stderr: /pipe/ },
    },
    {
      name: `dev-zero-as${flag.replace(/^-+/, '-')}`,
      about: `${flag} names /dev/zero (an endless file)`,
      files: {},
      args: (dir) => ['scan', dir, flag, '/dev/zero'],
      expect: { exit: [2], neighbour: false, stderr: /\/dev\/zero/ },
    },
  ]),
  {
    name: 'config-is-a-folder',
    about: '--config names a folder',
    files: {},
    args: (dir) => ['scan', dir, '--config', dir],
    expect: { exit: [2], neighbour: false, stderr: /config|folder|directory/i },
  },
  {
    name: 'unknown-rule-id',
    about: '--rule names a rule that does not exist',
    files: {},
    args: (dir) => ['scan', dir, '--rule', 'LP-NOPE-999'],
    expect: { exit: [2], neighbour: false, stderr: /LP-NOPE-999/ },
  },
  {
    name: 'epipe',
    about: 'stdout closed early by the reader (leakproof rules | head -1; a large report piped to head)',
    files: { 'many/main.tf': `resource "aws_security_group" "many" {\n  count = 3000\n  name  = "many-\${count.index}"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n` },
    args: () => [],
    shell: '"$NODE" "$LEAKPROOF" rules | head -1 >/dev/null; "$NODE" "$LEAKPROOF" scan . --format json | head -c 10 >/dev/null; "$NODE" "$LEAKPROOF" scan . | head -1 >/dev/null',
    expect: { exit: [0], neighbour: false, stderr: /^(?![\s\S]*EPIPE)/ },
  },
];
