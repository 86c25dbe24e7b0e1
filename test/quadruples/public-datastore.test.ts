/**
 * Public datastores, four ways: a PostgreSQL database flagged public, in public
 * subnets (internet gateway route), behind a security group open to the world
 * on 5432 — and an OpenSearch domain outside any VPC whose policy admits "*".
 * Every format must give the same findings with the same reachability path.
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

resource "aws_subnet" "b" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "b" {
  subnet_id      = aws_subnet.b.id
  route_table_id = aws_route_table.public.id
}

resource "aws_db_subnet_group" "db" {
  name       = "db"
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "db" {
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  db_subnet_group_name   = aws_db_subnet_group.db.name
  vpc_security_group_ids = [aws_security_group.db.id]
  publicly_accessible    = true
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "*"
    }]
  })
}
`;

const CLOUDFORMATION = `
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Igw:
    Type: AWS::EC2::InternetGateway
  IgwAttachment:
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
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.2.0/24
  SubnetARoutes:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref SubnetA
      RouteTableId: !Ref PublicRoutes
  SubnetBRoutes:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref SubnetB
      RouteTableId: !Ref PublicRoutes
  DbSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: db
      SubnetIds: [!Ref SubnetA, !Ref SubnetB]
  DbGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: db
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 5432
          ToPort: 5432
          CidrIp: 0.0.0.0/0
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      DBSubnetGroupName: !Ref DbSubnets
      VPCSecurityGroups: [!GetAtt DbGroup.GroupId]
      PubliclyAccessible: true
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: search
      AccessPolicies:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: {AWS: "*"}
            Action: "es:*"
            Resource: "*"
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
      { address: 'aws_subnet.b', values: { cidr_block: '10.0.2.0/24' }, unknown: { id: true, vpc_id: true }, expressions: { vpc_id: { references: id('aws_vpc.main') } } },
      { address: 'aws_route_table_association.a', values: {}, unknown: { subnet_id: true, route_table_id: true }, expressions: { subnet_id: { references: id('aws_subnet.a') }, route_table_id: { references: id('aws_route_table.public') } } },
      { address: 'aws_route_table_association.b', values: {}, unknown: { subnet_id: true, route_table_id: true }, expressions: { subnet_id: { references: id('aws_subnet.b') }, route_table_id: { references: id('aws_route_table.public') } } },
      { address: 'aws_db_subnet_group.db', values: { name: 'db', subnet_ids: [null, null] }, unknown: { subnet_ids: [true, true] }, expressions: { subnet_ids: { references: [...id('aws_subnet.a'), ...id('aws_subnet.b')] } } },
      {
        address: 'aws_security_group.db',
        values: { ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, description: '' }] },
        unknown: { id: true, vpc_id: true },
        expressions: { vpc_id: { references: id('aws_vpc.main') } },
      },
      {
        address: 'aws_db_instance.db',
        values: { engine: 'postgres', instance_class: 'db.t3.micro', db_subnet_group_name: 'db', publicly_accessible: true, vpc_security_group_ids: [null] },
        unknown: { id: true, vpc_security_group_ids: [true] },
        expressions: { db_subnet_group_name: { references: ['aws_db_subnet_group.db.name', 'aws_db_subnet_group.db'] }, vpc_security_group_ids: { references: id('aws_security_group.db') } },
      },
      {
        address: 'aws_opensearch_domain.search',
        values: { domain_name: 'search', access_policies: '{"Statement":[{"Action":"es:*","Effect":"Allow","Principal":{"AWS":"*"},"Resource":"*"}],"Version":"2012-10-17"}' },
        unknown: { id: true, arn: true },
      },
    ],
  },
};

const FORMS: Form[] = ['terraform', 'cloudformation-yaml', 'cloudformation-json', 'terraform-plan'];

describe('public datastore, four ways', () => {
  test('the same findings, verdicts and reachability paths in every format', async () => {
    const results = await Promise.all(FORMS.map((form) => findingsOf(QUAD, form)));
    const [reference, ...others] = results.map((r) => outcomes(r.findings));
    // The database and the open search domain are both reachable (LP-DB-001); the group is open on a database port.
    expect(reference!.map((o) => o.ruleId)).toEqual(['LP-DB-001', 'LP-DB-001', 'LP-FW-003']);
    const db = reference!.find((o) => o.ruleId === 'LP-DB-001' && o.path.includes('route'));
    expect(db).toMatchObject({ severity: 'critical', verdict: 'reachable', path: ['internet', 'internet-gateway', 'route', 'subnet', 'network-acl', 'security-group', 'public-flag', 'resource'] });
    others.forEach((o, i) => expect({ form: FORMS[i + 1], outcomes: o }).toEqual({ form: FORMS[i + 1], outcomes: reference }));
  });

  test('each format points the database finding at its own declaration of the public flag', async () => {
    for (const form of FORMS) {
      const { findings, text } = await findingsOf(QUAD, form);
      const db = findings.find((f) => f.ruleId === 'LP-DB-001' && /postgres/i.test(f.message))!;
      expect({ form, line: lineOf(text, db.location.startLine) }).toEqual({ form, line: expect.stringMatching(/publicly_accessible|PubliclyAccessible|"address": "aws_db_instance\.db"/) });
    }
  });
});
