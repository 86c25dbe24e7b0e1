import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  OpenSsh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0 # leakproof:ignore LP-FW-002 bastion reached only through the VPN
`;

describe('suppression comments in UTF-16 files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-utf16-comments-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a comment in a UTF-16LE template suppresses like one in UTF-8', async () => {
    writeFileSync(path.join(dir, 'sg.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEMPLATE, 'utf16le')]));
    const run = await runCli(['scan', dir, '--format', 'json', '--no-config']);
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; suppressed?: { kind: string; reason: string } }> };
    const ssh = report.findings.filter((f) => f.ruleId === 'LP-FW-002');
    expect(ssh).toHaveLength(1);
    expect(ssh[0]!.suppressed).toMatchObject({ kind: 'inline', reason: 'bastion reached only through the VPN' });
  });
});
