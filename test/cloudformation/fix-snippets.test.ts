/** Findings on template resources carry a fix in template syntax, naming the template's own logical id. */
import { describe, expect, test } from '@jest/globals';
import { buildRuleContext } from '../../src/analysis/context.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import { runRules } from '../../src/engine/run-rules.js';
import { normalizeCloudFormation } from '../../src/sources/cloudformation/normalize/index.js';
import { loadText } from './helpers.js';

async function findings(template: string, region = 'us-east-1') {
  const loaded = loadText(template, { region });
  const ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
  return runRules({ ruleSet, ctx: buildRuleContext(normalizeCloudFormation(loaded.resources)), sources: loaded.resources }).findings;
}

describe('template fix snippets', () => {
  test('CloudFormation: bucket, firewall and database findings get YAML fixes for their logical ids', async () => {
    const found = await findings(`
Resources:
  Media:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
  Reports:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: dc2.large
      MasterUsername: admin
      MasterUserPassword: "{{resolve:secretsmanager:x}}"
      PubliclyAccessible: true
`);
    const snippet = (ruleId: string) => found.find((f) => f.ruleId === ruleId)?.remediation.snippet;
    expect(snippet('LP-ST-001')).toEqual({ language: 'yaml', code: expect.stringMatching(/^Media:[\s\S]*IgnorePublicAcls: true[\s\S]*BucketOwnerEnforced/) });
    expect(snippet('LP-ST-003')).toEqual({ language: 'yaml', code: expect.stringMatching(/RestrictPublicBuckets: true/) });
    expect(snippet('LP-FW-002')).toEqual({ language: 'yaml', code: expect.stringMatching(/Ssh\.SecurityGroupIngress\[0\][\s\S]*CidrIp: .*instead of 0\.0\.0\.0\/0/) });
    expect(snippet('LP-DB-002')).toEqual({ language: 'yaml', code: expect.stringMatching(/^Reports:[\s\S]*PubliclyAccessible: false/) });
  });

  test('ROS: Alibaba Cloud findings get ROS fixes', async () => {
    const found = await findings(`
ROSTemplateFormatVersion: "2015-09-01"
Resources:
  Images:
    Type: ALIYUN::OSS::Bucket
    Properties:
      BucketName: images
      AccessControl: public-read
  Jump:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: tcp, PortRange: 22/22, SourceCidrIp: 0.0.0.0/0}
`, 'cn-hangzhou');
    expect(found.find((f) => f.ruleId === 'LP-ST-004')?.remediation.snippet).toEqual({ language: 'yaml', code: expect.stringMatching(/^Images:[\s\S]*AccessControl: private/) });
    expect(found.find((f) => f.ruleId === 'LP-FW-002')?.remediation.snippet).toEqual({ language: 'yaml', code: expect.stringMatching(/SourceCidrIp: .*instead of 0\.0\.0\.0\/0/) });
  });
});
