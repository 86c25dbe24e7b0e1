/** One decoder for every text input: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, through every reader. */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { scanPaths } from '../../src/scan.js';
import { decodeText } from '../../src/sources/shared/decode-text.js';
import { planText } from '../terraform-plan/plan-builder.js';

const SAMPLE = 'Resources: # é, 中\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const encoders: Record<string, (text: string) => Buffer> = {
  'utf-8': (t) => Buffer.from(t, 'utf8'),
  'utf-8-bom': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  'utf-16le': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  'utf-16be': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]),
};

describe('decodeText', () => {
  test.each(Object.keys(encoders))('%s: the text comes back whole, without its BOM', (encoding) => {
    expect(decodeText(encoders[encoding]!(SAMPLE))).toEqual({ text: SAMPLE, encoding });
  });

  test('UTF-16 without a BOM is recognised by its NUL bytes (non-Latin text included); NUL-free text stays UTF-8', () => {
    const text = 'Resources:\n  Sg: # 中文\n';
    expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16be(text))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(Buffer.from(text, 'utf8')).encoding).toBe('utf-8');
    // Binary with scattered NULs is not UTF-16: it stays as it is, for the readers to refuse.
    expect(decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])).encoding).toBe('utf-8');
  });

  test('an empty file and a lone byte are UTF-8 text', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, Buffer>): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-decode-'));
  dirs.push(dir);
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(dir, name)), { recursive: true });
    fs.writeFileSync(nodePath.join(dir, name), bytes);
  }
  return nodePath.relative(process.cwd(), dir);
}

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: "accès SSH"
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;

const TF = `provider "aws" {
  region = "eu-west-1"
}

variable "cidr" {
  type = string
}

resource "aws_security_group" "ssh" {
  description = "accès SSH"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
`;

describe('every reader decodes', () => {
  test.each(['utf-16le', 'utf-16be', 'utf-8-bom'])('a %s CloudFormation YAML template is scanned, not passed over', async (encoding) => {
    const dir = tree({ 'stack.yaml': encoders[encoding]!(TEMPLATE) });
    const report = await scanPaths([dir]);
    expect(report.errors).toEqual([]);
    const ssh = report.findings.filter((f) => f.resource.address === 'Ssh' && f.category === 'open-firewall');
    expect(ssh.length).toBeGreaterThan(0);
    // Lines count as in the decoded text: the ingress entry is on line 8.
    expect(ssh.some((f) => f.location.startLine === 8)).toBe(true);
  });

  test('a UTF-16 .tf with its variable in a UTF-8-BOM terraform.tfvars: the open group is found, located where the CIDR is set', async () => {
    const dir = tree({ 'main.tf': encoders['utf-16le']!(TF), 'terraform.tfvars': encoders['utf-8-bom']!('cidr = "0.0.0.0/0"\n') });
    const report = await scanPaths([dir]);
    expect(report.errors).toEqual([]);
    const ssh = report.findings.filter((f) => f.resource.address === 'aws_security_group.ssh' && f.category === 'open-firewall');
    expect(ssh.length).toBeGreaterThan(0);
    expect(ssh[0]!.location).toMatchObject({ file: `${dir}/terraform.tfvars`, startLine: 1 });
  });

  test('a UTF-16BE plan JSON is read as a plan', async () => {
    const plan = planText({
      providers: { aws: { region: 'eu-west-1' } },
      resources: [{ address: 'aws_s3_bucket.b', values: { bucket: 'b', acl: 'public-read' } }],
    });
    const dir = tree({ 'plan.json': encoders['utf-16be']!(plan) });
    const report = await scanPaths([`${dir}/plan.json`]);
    expect(report.errors).toEqual([]);
    expect(report.findings.some((f) => f.resource.address === 'aws_s3_bucket.b' && f.resource.sourceKind === 'terraform-plan')).toBe(true);
  });
});
