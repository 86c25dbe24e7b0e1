/**
 * Secrets in what is scanned or used to scan never reach a byte that leakproof
 * writes: passwords in plan JSON (`planned_values`, marked in
 * `sensitive_values`), password literals and sensitive variable defaults in
 * .tf files, secrets in .tfvars and on the command line, NoEcho parameters and
 * password literals in CloudFormation, and the live credentials an audit signs
 * with (secret key, session token) plus secret values in a bucket policy.
 *
 * Every run writes every report format, an evidence bundle, the history (a
 * temporary SQLite file) and, for audits, a saved inventory; the test then
 * reads every byte of every file written, and of stdout and stderr, and looks
 * for the distinctive marker each secret carries.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FakeCloud } from '../../bench/support/aws-endpoint/cloud.js';
import { startFakeAws, type FakeEndpoint } from '../../bench/support/aws-endpoint/server.js';
import { startFakeAlicloud } from '../../bench/support/alicloud-endpoint/server.js';
import { incidentAccount as alicloudAccount } from '../support/alicloud-incident-account.js';
import { HOME, incidentAccount } from '../support/aws-endpoint/incident-account.js';
import { runCli, type CliRun } from '../support/run-cli.js';

/** Every secret below contains this, and nothing else in the inputs does. */
const MARK = 'LPSECRETzq7';
const secret = (what: string) => `${MARK}-${what}-Hx9Pq2Lm`;

const tmp = mkdtempSync(path.join(tmpdir(), 'leakproof-secrets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir` (or `dir` itself), as [relative path, bytes]. */
function filesUnder(dir: string): Array<[string, Buffer]> {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st) return [];
  if (st.isFile()) return [[path.basename(dir), readFileSync(dir)]];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return [path.relative(dir, file), readFileSync(file)] as [string, Buffer];
    });
}

/** The names of the written outputs (and streams) whose bytes hold `mark`, in UTF-8 or UTF-16. */
function leaks(outputs: string[], run: CliRun, mark = MARK): string[] {
  const found: string[] = [];
  const needles = [Buffer.from(mark, 'utf8'), Buffer.from(mark, 'utf16le')];
  for (const out of outputs)
    for (const [name, bytes] of filesUnder(out)) if (needles.some((n) => bytes.includes(n))) found.push(`${path.basename(out)}/${name}`);
  if (run.stdout.includes(mark)) found.push('stdout');
  if (run.stderr.includes(mark)) found.push('stderr');
  return found;
}

const FORMATS = ['text', 'json', 'sarif', 'junit', 'csv', 'markdown', 'html'] as const;

/** Every report format into `out/`, the evidence bundle and the history beside it. */
function outputArgs(out: string): { args: string[]; outputs: string[] } {
  const reports = path.join(out, 'reports');
  const evidence = path.join(out, 'evidence');
  const history = path.join(out, 'history.db');
  return {
    args: ['--format', FORMATS.join(','), '-o', reports, '--evidence', evidence, '--history', history],
    outputs: [reports, evidence, path.join(out, 'history.db'), path.join(out, 'history.db-wal'), path.join(out, 'history.db-journal')],
  };
}

const TF = `
provider "aws" {
  region = "eu-west-1"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "${secret('tf-variable-default')}"
}

variable "search_password" {
  type      = string
  sensitive = true
}

# Sensitive by declaration, not by name: its value must be kept out as well.
variable "conn" {
  type      = string
  sensitive = true
  default   = "${secret('tf-neutral-name-default')}"
}

variable "api_token" {
  type    = string
  default = "unset"
}

resource "aws_security_group" "db" {
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "literal" {
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  username               = "admin"
  password               = "${secret('tf-password-literal')}"
  publicly_accessible    = true
  vpc_security_group_ids = [aws_security_group.db.id]
  tags = {
    Name = "customers-\${var.api_token}"
    Conn = var.conn
  }
}

resource "aws_db_instance" "from_variable" {
  engine                 = "mysql"
  instance_class         = "db.t3.micro"
  username               = "admin"
  password               = var.db_password
  publicly_accessible    = true
  vpc_security_group_ids = [aws_security_group.db.id]
}

resource "aws_elasticsearch_domain" "search" {
  domain_name = "search"
  advanced_security_options {
    enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = var.search_password
    }
  }
}
`;

const TFVARS = `search_password = "${secret('auto-tfvars')}"\n`;
const VAR_FILE = `api_token = "${secret('var-file')}"\n`;

const CFN = `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  MasterPassword:
    Type: String
    NoEcho: true
    Default: ${secret('cfn-noecho-default')}
Resources:
  OpenSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: db
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 3306
          ToPort: 3306
          CidrIp: 0.0.0.0/0
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t3.micro
      MasterUsername: admin
      MasterUserPassword: !Ref MasterPassword
      PubliclyAccessible: true
      VPCSecurityGroups: [!GetAtt OpenSg.GroupId]
  Db2:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      MasterUsername: admin
      MasterUserPassword: ${secret('cfn-literal')}
      PubliclyAccessible: true
`;

/** A plan as `terraform show -json` writes it: sensitive values in the clear, marked in sensitive_values. */
function plan(): unknown {
  const sgValues = { ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' }] };
  const dbValues = {
    engine: 'postgres',
    instance_class: 'db.t3.micro',
    username: 'admin',
    password: secret('plan-planned-values'),
    publicly_accessible: true,
    vpc_security_group_ids: [null],
    tags: { Name: 'customers' },
  };
  const resource = (type: string, name: string, values: unknown, sensitive: unknown) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    schema_version: 0,
    values,
    sensitive_values: sensitive,
  });
  const change = (type: string, name: string, after: unknown, sensitive: unknown) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: { actions: ['create'], before: null, after, after_unknown: {}, before_sensitive: false, after_sensitive: sensitive },
  });
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    variables: { db_password: { value: secret('plan-variable') } },
    planned_values: {
      root_module: {
        resources: [resource('aws_security_group', 'db', sgValues, {}), resource('aws_db_instance', 'db', dbValues, { password: true, tags: {} })],
      },
    },
    resource_changes: [change('aws_security_group', 'db', sgValues, {}), change('aws_db_instance', 'db', dbValues, { password: true, tags: {} })],
    configuration: {
      provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } },
      root_module: {
        resources: [
          { address: 'aws_db_instance.db', mode: 'managed', type: 'aws_db_instance', name: 'db', expressions: { password: { references: ['var.db_password'] } } },
        ],
        variables: { db_password: { sensitive: true, default: secret('plan-configuration-default') } },
      },
    },
  };
}

describe('secrets in scanned IaC stay out of every output', () => {
  let tree: string;
  beforeAll(() => {
    tree = path.join(tmp, 'tree');
    mkdirSync(path.join(tree, 'tf'), { recursive: true });
    mkdirSync(path.join(tree, 'plan'), { recursive: true });
    mkdirSync(path.join(tree, 'cfn'), { recursive: true });
    writeFileSync(path.join(tree, 'tf', 'main.tf'), TF);
    writeFileSync(path.join(tree, 'tf', 'secrets.auto.tfvars'), TFVARS);
    writeFileSync(path.join(tree, 'plan', 'plan.json'), JSON.stringify(plan(), null, 2));
    writeFileSync(path.join(tree, 'cfn', 'db.yaml'), CFN);
    writeFileSync(path.join(tmp, 'prod.tfvars'), VAR_FILE);
  });

  test('scan: the inputs hold the secrets, and the run finds the exposures they sit on', () => {
    // A guard against a test that passes because nothing was read: each secret is really there.
    for (const f of ['tf/main.tf', 'tf/secrets.auto.tfvars', 'plan/plan.json', 'cfn/db.yaml']) expect(readFileSync(path.join(tree, f), 'utf8')).toContain(MARK);
  });

  test('the search itself works: a marked resource name (not a secret) is found in every report, the evidence and the history', async () => {
    const dir = path.join(tmp, 'control');
    mkdirSync(dir, { recursive: true });
    const visible = 'VISIBLEmarker';
    writeFileSync(path.join(dir, 'main.tf'), TF.replace('"aws_db_instance" "literal"', `"aws_db_instance" "${visible}"`));
    const out = mkdtempSync(path.join(tmp, 'control-'));
    const { args, outputs } = outputArgs(out);
    const run = await runCli(['scan', dir, '--no-config', ...args]);
    expect(run.code).toBe(1);
    const found = leaks(outputs, run, visible);
    for (const ext of ['txt', 'json', 'sarif', 'junit.xml', 'csv', 'md', 'html']) expect(found).toContain(`reports/leakproof.${ext}`);
    expect(found.filter((f) => f.startsWith('evidence/')).length).toBeGreaterThan(0);
    expect(found).toContain('history.db/history.db');
    // The tree holds secrets as well: they stay out even here.
    expect(leaks(outputs, run)).toEqual([]);
  });

  for (const extra of [[], ['--verbose', '--show-suppressed']])
    test(`scan ${extra.join(' ') || '(defaults)'}: every report format, the evidence bundle and the history`, async () => {
      const out = mkdtempSync(path.join(tmp, 'scan-'));
      const { args, outputs } = outputArgs(out);
      const run = await runCli([
        'scan',
        path.join(tree, 'tf'),
        path.join(tree, 'plan', 'plan.json'),
        path.join(tree, 'cfn', 'db.yaml'),
        '--no-config',
        '--region',
        'eu-west-1',
        '--var-file',
        path.join(tmp, 'prod.tfvars'),
        '--var',
        `db_password=${secret('command-line-var')}`,
        '--var',
        `conn=${secret('command-line-neutral-name')}`,
        '--parameter',
        `MasterPassword=${secret('command-line-parameter')}`,
        ...args,
        ...extra,
      ]);
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(1);
      const json = JSON.parse(readFileSync(path.join(out, 'reports', 'leakproof.json'), 'utf8')) as { findings: Array<{ resource: { address: string } }> };
      const addresses = json.findings.map((f) => f.resource.address);
      // The runs judged the resources that hold the secrets, so the secrets were in reach of every output.
      expect(addresses).toEqual(expect.arrayContaining(['aws_db_instance.literal', 'aws_db_instance.from_variable', 'aws_db_instance.db', 'Db2']));
      for (const format of FORMATS) expect(filesUnder(path.join(out, 'reports')).map(([n]) => n)).toContain(`leakproof.${{ text: 'txt', json: 'json', sarif: 'sarif', junit: 'junit.xml', csv: 'csv', markdown: 'md', html: 'html' }[format]}`);
      expect(filesUnder(path.join(out, 'evidence')).length).toBeGreaterThan(3);
      expect(filesUnder(path.join(out, 'history.db')).length).toBe(1);
      expect(leaks(outputs, run)).toEqual([]);
    });
});

describe('input errors next to secrets do not quote them', () => {
  test('broken .tf, .tfvars, plan JSON and template: errors at file:line, no secret in any output', async () => {
    const dir = path.join(tmp, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'main.tf'), `resource "aws_db_instance" "x" {\n  password = "${secret('broken-tf')}" +\n}\n`);
    writeFileSync(path.join(dir, 'plan.json'), `{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_db_instance.x","values":{"password":"${secret('broken-plan')}"`);
    writeFileSync(path.join(dir, 'db.yaml'), `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: "${secret('broken-cfn')}\n     : [\n`);
    const varFile = path.join(tmp, 'broken.tfvars');
    writeFileSync(varFile, `db_password = "${secret('broken-tfvars')}" "again"\n`);
    const out = mkdtempSync(path.join(tmp, 'broken-'));
    const { args, outputs } = outputArgs(out);
    const run = await runCli(['scan', dir, '--no-config', '--var-file', varFile, ...args]);
    expect(run.code).toBe(2);
    // Each broken input is named on stderr; none of them quotes its secret.
    expect(run.stderr).toMatch(/main\.tf:\d+/);
    expect(run.stderr).toMatch(/plan\.json/);
    expect(run.stderr).toMatch(/db\.yaml:\d+/);
    expect(run.stderr).toMatch(/broken\.tfvars:\d+/);
    expect(leaks(outputs, run)).toEqual([]);
  });
});

const AWS_ENV = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED', 'NO_COLOR'];

describe('live credentials and secret policy values stay out of every output of an audit', () => {
  let endpoint: FakeEndpoint;
  let saved: Record<string, string | undefined>;
  const account = incidentAccount();
  const bucket = account.buckets?.[0];

  beforeAll(async () => {
    // A bucket policy that admits requests carrying a shared secret Referer: the value is a secret by design.
    if (bucket)
      bucket.policy = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket.name}/*`, Condition: { StringEquals: { 'aws:Referer': secret('referer') } } },
        ],
      });
    const cloud: FakeCloud = { accounts: [account], faults: [{ kind: 'AccessDenied', service: 'rds', region: HOME }, { kind: 'Throttling', service: 'ec2', times: 2 }] };
    endpoint = await startFakeAws(cloud);
  });
  afterAll(async () => endpoint.close());

  beforeEach(() => {
    saved = Object.fromEntries(AWS_ENV.map((k) => [k, process.env[k]]));
    for (const k of AWS_ENV) delete process.env[k];
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: endpoint.url,
      AWS_ACCESS_KEY_ID: account.accessKeyId,
      AWS_SECRET_ACCESS_KEY: secret('aws-secret-access-key'),
      AWS_SESSION_TOKEN: `IQoJb3JpZ2luX2VjE${MARK}${'A'.repeat(40)}`,
      AWS_REGION: HOME,
      AWS_CONFIG_FILE: path.join(tmp, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(tmp, 'no-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      NO_COLOR: '1',
    });
  });
  afterEach(() => {
    for (const k of AWS_ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  test('the fake account has a bucket to carry the secret policy', () => {
    expect(bucket).toBeDefined();
  });

  test('audit aws: every report format, the saved inventory, the evidence bundle and the history', async () => {
    const out = mkdtempSync(path.join(tmp, 'audit-'));
    const { args, outputs } = outputArgs(out);
    const inventory = path.join(out, 'inventory.json');
    const run = await runCli(['audit', 'aws', '--no-config', '--regions', `${HOME},eu-west-1`, '--save-inventory', inventory, ...args]);
    expect(run.code).toBe(2); // rds was denied: partial coverage
    // The policy was read (its secret value is there, redacted), and the bucket judged.
    const saved = readFileSync(inventory, 'utf8');
    expect(saved).toContain(bucket!.name);
    expect(saved).toContain('[redacted]');
    expect(leaks([...outputs, inventory], run)).toEqual([]);
    // The access key id is not the secret half, but it names a credential: it stays out too.
    expect(leaks([...outputs, inventory], run, account.accessKeyId)).toEqual([]);

    // The saved inventory scanned again offline, with its own outputs.
    const again = mkdtempSync(path.join(tmp, 'rescan-'));
    const second = outputArgs(again);
    const rescan = await runCli(['scan', inventory, '--no-config', '--allow-partial', ...second.args]);
    expect(rescan.code).toBe(1);
    expect(leaks(second.outputs, rescan)).toEqual([]);
  });
});

describe('Alibaba Cloud credentials stay out of every output of an audit', () => {
  test('audit alicloud (with --role-arn and a denied product): every format, the saved inventory, the evidence bundle and the history', async () => {
    const account = alicloudAccount();
    // The fake endpoint checks signatures with this secret, so the audit really signs with it.
    account.accessKeySecret = secret('alicloud-access-key-secret');
    account.accessKeyId = 'LTAI5tSecretsTest0000001';
    const endpoint = await startFakeAlicloud(account, { deny: [{ action: 'rds:*' }], throttle: [{ action: 'ecs:DescribeSecurityGroups', times: 1 }] });
    try {
      const out = mkdtempSync(path.join(tmp, 'alicloud-'));
      const { args, outputs } = outputArgs(out);
      const inventory = path.join(out, 'inventory.json');
      const overrides = Object.entries(endpoint.endpoints).flatMap(([product, url]) => ['--endpoint', `${product}=${url}`]);
      const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: account.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: account.accessKeySecret, HOME: '/nonexistent-home', NO_COLOR: '1' };
      const run = await runCli(
        ['audit', 'alicloud', '--no-config', '--regions', 'eu-central-1', ...overrides, '--max-attempts', '3', '--role-arn', account.roles![0]!, '--save-inventory', inventory, ...args],
        env,
      );
      expect(run.code).toBe(2); // rds denied: partial coverage
      expect(readFileSync(inventory, 'utf8')).toContain('eu-central-1');
      expect(leaks([...outputs, inventory], run)).toEqual([]);
      expect(leaks([...outputs, inventory], run, account.accessKeyId)).toEqual([]);
    } finally {
      await endpoint.stop();
    }
  });
});
