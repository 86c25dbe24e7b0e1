/**
 * A Redshift Serverless workgroup flagged public and an MSK cluster with
 * public access, in a public subnet behind a group open to the world, four
 * ways: each is reachable (LP-DB-001) with the same path in every format,
 * and each format points the finding at its own public knob.
 */
import { describe, expect, test } from '@jest/globals';
import { findingsOf, lineOf, outcomes, type Form, type Quadruple } from './harness.js';

const TERRAFORM = `
provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "igw" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_security_group" "open" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name      = "analytics"
  workgroup_name      = "analytics"
  subnet_ids          = [aws_subnet.a.id]
  security_group_ids  = [aws_security_group.open.id]
  publicly_accessible = true
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = [aws_subnet.a.id]
    security_groups = [aws_security_group.open.id]
    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS"
      }
    }
  }
}
`;

const CLOUDFORMATION = `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Igw:
    Type: AWS::EC2::InternetGateway
  IgwAttach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties:
      VpcId: !Ref Vpc
      InternetGatewayId: !Ref Igw
  PublicRoutes:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref Vpc
  DefaultRoute:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref PublicRoutes
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: !Ref Igw
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.1.0/24
  SubnetARoutes:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref SubnetA
      RouteTableId: !Ref PublicRoutes
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 0
          ToPort: 65535
          CidrIp: 0.0.0.0/0
  Analytics:
    Type: AWS::RedshiftServerless::Workgroup
    Properties:
      WorkgroupName: analytics
      NamespaceName: analytics
      SubnetIds: [!Ref SubnetA]
      SecurityGroupIds: [!GetAtt Open.GroupId]
      PubliclyAccessible: true
  Events:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: events
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 3
      BrokerNodeGroupInfo:
        InstanceType: kafka.m5.large
        ClientSubnets: [!Ref SubnetA]
        SecurityGroups: [!GetAtt Open.GroupId]
        ConnectivityInfo:
          PublicAccess:
            Type: SERVICE_PROVIDED_EIPS
`;

const id = (address: string) => [`${address}.id`, address];

const QUAD: Quadruple = {
  terraform: TERRAFORM,
  cloudformation: CLOUDFORMATION,
  region: 'eu-west-1',
  plan: {
    providers: { aws: { region: 'eu-west-1' } },
    resources: [
      { address: 'aws_vpc.main', values: { cidr_block: '10.0.0.0/16' }, unknown: { id: true } },
      { address: 'aws_internet_gateway.igw', values: {}, unknown: { id: true, vpc_id: true }, expressions: { vpc_id: { references: id('aws_vpc.main') } } },
      {
        address: 'aws_route_table.public',
        values: { route: [{ cidr_block: '0.0.0.0/0', gateway_id: null }] },
        unknown: { id: true, vpc_id: true, route: [{ gateway_id: true }] },
        expressions: { vpc_id: { references: id('aws_vpc.main') }, route: [{ cidr_block: { constant_value: '0.0.0.0/0' }, gateway_id: { references: id('aws_internet_gateway.igw') } }] },
      },
      { address: 'aws_subnet.a', values: { cidr_block: '10.0.1.0/24' }, unknown: { id: true, vpc_id: true }, expressions: { vpc_id: { references: id('aws_vpc.main') } } },
      { address: 'aws_route_table_association.a', values: {}, unknown: { subnet_id: true, route_table_id: true }, expressions: { subnet_id: { references: id('aws_subnet.a') }, route_table_id: { references: id('aws_route_table.public') } } },
      {
        address: 'aws_security_group.open',
        values: { ingress: [{ from_port: 0, to_port: 65535, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' }] },
        unknown: { id: true, vpc_id: true },
        expressions: { vpc_id: { references: id('aws_vpc.main') } },
      },
      {
        address: 'aws_redshiftserverless_workgroup.analytics',
        values: { namespace_name: 'analytics', workgroup_name: 'analytics', publicly_accessible: true, subnet_ids: [null], security_group_ids: [null] },
        unknown: { id: true, subnet_ids: [true], security_group_ids: [true] },
        expressions: { subnet_ids: { references: id('aws_subnet.a') }, security_group_ids: { references: id('aws_security_group.open') } },
      },
      {
        address: 'aws_msk_cluster.events',
        values: {
          cluster_name: 'events',
          kafka_version: '3.6.0',
          number_of_broker_nodes: 3,
          broker_node_group_info: [{ instance_type: 'kafka.m5.large', client_subnets: [null], security_groups: [null], connectivity_info: [{ public_access: [{ type: 'SERVICE_PROVIDED_EIPS' }] }] }],
        },
        unknown: { id: true, broker_node_group_info: [{ client_subnets: [true], security_groups: [true] }] },
        expressions: { broker_node_group_info: [{ client_subnets: { references: id('aws_subnet.a') }, security_groups: { references: id('aws_security_group.open') } }] },
      },
    ],
  },
};

const FORMS: Form[] = ['terraform', 'cloudformation-yaml', 'cloudformation-json', 'terraform-plan'];
const PATH = ['internet', 'internet-gateway', 'route', 'subnet', 'network-acl', 'security-group', 'public-flag', 'resource'];

describe('Redshift Serverless and MSK public endpoints, four ways', () => {
  test('both reachable, with the same findings and paths in every format', async () => {
    const results = await Promise.all(FORMS.map((form) => findingsOf(QUAD, form)));
    const [reference, ...others] = results.map((r) => outcomes(r.findings.filter((f) => f.ruleId.startsWith('LP-DB-'))));
    expect(reference).toEqual([
      { ruleId: 'LP-DB-001', severity: 'critical', verdict: 'reachable', path: PATH },
      { ruleId: 'LP-DB-001', severity: 'critical', verdict: 'reachable', path: PATH },
    ]);
    others.forEach((o, i) => expect({ form: FORMS[i + 1], outcomes: o }).toEqual({ form: FORMS[i + 1], outcomes: reference }));
  });

  test('each format points at its own public knob', async () => {
    for (const form of FORMS) {
      const { findings, text } = await findingsOf(QUAD, form);
      const lines = findings.filter((f) => f.ruleId === 'LP-DB-001').map((f) => lineOf(text, f.location.startLine)).sort();
      expect({ form, lines }).toEqual({
        form,
        lines: form === 'terraform-plan' ? ['"publicly_accessible": true,', '"type": "SERVICE_PROVIDED_EIPS"'] : [expect.stringMatching(/publicly_accessible|PubliclyAccessible/), expect.stringMatching(/SERVICE_PROVIDED_EIPS/)],
      });
    }
  });
});
