/**
 * Open firewalls, four ways: an AWS security group open to the world on SSH,
 * on every port over IPv6, and on an ordinary web port, with a separately
 * declared rule opening MySQL, and a network ACL admitting RDP from anywhere;
 * then an Alibaba Cloud group whose drop rule (priority 1) shadows part of an
 * accept-all rule, written for Terraform, ROS YAML/JSON and a plan.
 */
import { describe, expect, test } from '@jest/globals';
import { findingsOf, lineOf, outcomes, type Form, type Quadruple } from './harness.js';

const FORMS: Form[] = ['terraform', 'cloudformation-yaml', 'cloudformation-json', 'terraform-plan'];
const id = (address: string) => [`${address}.id`, address];

const AWS: Quadruple = {
  region: 'us-east-1',
  terraform: `
provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "web" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }
  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "mysql" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_network_acl" "edge" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "rdp" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}
`,
  cloudformation: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
        - IpProtocol: "-1"
          CidrIpv6: ::/0
        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          CidrIp: 0.0.0.0/0
  Mysql:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Web.GroupId
      IpProtocol: tcp
      FromPort: 3306
      ToPort: 3306
      CidrIp: 0.0.0.0/0
  Edge:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: !Ref Vpc
  Rdp:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Edge
      RuleNumber: 100
      Egress: false
      Protocol: 6
      RuleAction: allow
      CidrBlock: 0.0.0.0/0
      PortRange:
        From: 3389
        To: 3389
`,
  plan: {
    providers: { aws: { region: 'us-east-1' } },
    resources: [
      { address: 'aws_vpc.main', values: { cidr_block: '10.0.0.0/16' }, unknown: { id: true } },
      {
        address: 'aws_security_group.web',
        values: {
          ingress: [
            { from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' },
            { from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: [], ipv6_cidr_blocks: ['::/0'], prefix_list_ids: [], security_groups: [], self: false, description: '' },
            { from_port: 8080, to_port: 8080, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' },
          ],
        },
        unknown: { id: true, vpc_id: true },
        expressions: { vpc_id: { references: id('aws_vpc.main') } },
      },
      {
        address: 'aws_security_group_rule.mysql',
        values: { type: 'ingress', from_port: 3306, to_port: 3306, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
        unknown: { id: true, security_group_id: true },
        expressions: { security_group_id: { references: id('aws_security_group.web') } },
      },
      { address: 'aws_network_acl.edge', values: {}, unknown: { id: true, vpc_id: true }, expressions: { vpc_id: { references: id('aws_vpc.main') } } },
      {
        address: 'aws_network_acl_rule.rdp',
        values: { rule_number: 100, egress: false, protocol: 'tcp', rule_action: 'allow', cidr_block: '0.0.0.0/0', from_port: 3389, to_port: 3389 },
        unknown: { id: true, network_acl_id: true },
        expressions: { network_acl_id: { references: id('aws_network_acl.edge') } },
      },
    ],
  },
};

const ALICLOUD: Quadruple = {
  region: 'cn-hangzhou',
  terraform: `
provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_security_group" "app" {
  vpc_id = "vpc-123"
}

resource "alicloud_security_group_rule" "deny_ssh" {
  type              = "ingress"
  security_group_id = alicloud_security_group.app.id
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "0.0.0.0/0"
  policy            = "drop"
  priority          = 1
}

resource "alicloud_security_group_rule" "all" {
  type              = "ingress"
  security_group_id = alicloud_security_group.app.id
  ip_protocol       = "tcp"
  port_range        = "1/65535"
  cidr_ip           = "0.0.0.0/0"
  policy            = "accept"
  priority          = 10
}
`,
  cloudformation: `
ROSTemplateFormatVersion: "2015-09-01"
Resources:
  App:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      VpcId: vpc-123
  DenySsh:
    Type: ALIYUN::ECS::SecurityGroupIngress
    Properties:
      SecurityGroupId: !Ref App
      IpProtocol: tcp
      PortRange: 22/22
      SourceCidrIp: 0.0.0.0/0
      Policy: drop
      Priority: 1
  All:
    Type: ALIYUN::ECS::SecurityGroupIngress
    Properties:
      SecurityGroupId: !Ref App
      IpProtocol: tcp
      PortRange: 1/65535
      SourceCidrIp: 0.0.0.0/0
      Policy: accept
      Priority: 10
`,
  plan: {
    providers: { alicloud: { region: 'cn-hangzhou' } },
    resources: [
      { address: 'alicloud_security_group.app', values: { vpc_id: 'vpc-123' }, unknown: { id: true } },
      {
        address: 'alicloud_security_group_rule.deny_ssh',
        values: { type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 1 },
        unknown: { id: true, security_group_id: true },
        expressions: { security_group_id: { references: id('alicloud_security_group.app') } },
      },
      {
        address: 'alicloud_security_group_rule.all',
        values: { type: 'ingress', ip_protocol: 'tcp', port_range: '1/65535', cidr_ip: '0.0.0.0/0', policy: 'accept', priority: 10 },
        unknown: { id: true, security_group_id: true },
        expressions: { security_group_id: { references: id('alicloud_security_group.app') } },
      },
    ],
  },
};

async function agree(q: Quadruple): Promise<ReturnType<typeof outcomes>> {
  const results = await Promise.all(FORMS.map((form) => findingsOf(q, form)));
  const [reference, ...others] = results.map((r) => outcomes(r.findings));
  others.forEach((o, i) => expect({ form: FORMS[i + 1], outcomes: o }).toEqual({ form: FORMS[i + 1], outcomes: reference }));
  return reference!;
}

describe('open firewall, four ways', () => {
  test('AWS security group rules (inline and separate) and a NACL entry: the same findings everywhere', async () => {
    const reference = await agree(AWS);
    expect(reference.map((o) => `${o.ruleId}/${o.severity}`)).toEqual(['LP-FW-001/high', 'LP-FW-002/high', 'LP-FW-003/high', 'LP-FW-004/low', 'LP-FW-005/medium']);
  });

  test('each format points the SSH finding at the rule that opens it', async () => {
    for (const form of FORMS) {
      const { findings, text } = await findingsOf(AWS, form);
      const ssh = findings.find((f) => f.ruleId === 'LP-FW-002')!;
      // The rule's first line: an HCL ingress block, a YAML list item, or the opening brace of the JSON object.
      expect({ form, line: lineOf(text, ssh.location.startLine) }).toEqual({ form, line: expect.stringMatching(/^(ingress \{|- IpProtocol: tcp|\{)$/) });
      expect(text.split('\n').slice(ssh.location.startLine - 1, ssh.location.endLine).join('\n')).toMatch(/22/);
    }
  });

  test('Alibaba Cloud: a priority-1 drop shadows SSH inside an accept-all rule, in every format', async () => {
    const reference = await agree(ALICLOUD);
    // What is left (1-21, 23-65535) still holds admin ports such as RDP: an admin-port finding, not all ports.
    expect(reference.map((o) => `${o.ruleId}/${o.severity}`)).toEqual(['LP-FW-002/high']);
  });
});
