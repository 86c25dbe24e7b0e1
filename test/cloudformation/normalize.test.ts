/**
 * CloudFormation / ROS → model records: the same records and semantics the
 * Terraform normalizers produce, checked on the facts the analyses read and on
 * the reachability verdicts they lead to.
 */
import { describe, expect, test } from '@jest/globals';
import { createReachabilityAnalyzer } from '../../src/analysis/reachability.js';
import { buildModelIndex } from '../../src/model/resources.js';
import { modelOf, record } from './helpers.js';

const NETWORK = `
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Igw:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
  PublicTable:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  ToInternet:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
  PublicA:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, MapPublicIpOnLaunch: true}
  PublicB:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24}
  AssocA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref PublicA, RouteTableId: !Ref PublicTable}
  AssocB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref PublicB, RouteTableId: !Ref PublicTable}
  Group:
    Type: AWS::RDS::DBSubnetGroup
    Properties: {DBSubnetGroupDescription: db, SubnetIds: [!Ref PublicA, !Ref PublicB]}
`;

const OPEN_GROUP = `
  DbSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: db
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 0.0.0.0/0}
`;

function verdictOf(template: string, id: string) {
  const { model } = modelOf(template);
  const analyze = createReachabilityAnalyzer(buildModelIndex(model));
  return analyze(model.find((m) => m.id === id)!);
}

describe('AWS networks and datastores', () => {
  test('a database in a public subnet behind an open group is reachable, with the path through the template', () => {
    const template = `Resources:${NETWORK}${OPEN_GROUP}
  Db:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: postgres, PubliclyAccessible: true, DBSubnetGroupName: !Ref Group, VPCSecurityGroups: [!GetAtt DbSg.GroupId]}
`;
    const { model } = modelOf(template);
    const db = record(model, 'Db', 'datastore');
    expect(db).toMatchObject({ service: 'rds-instance', ports: [5432], publiclyAccessible: { known: true, value: true }, subnets: [{ kind: 'resource', id: 'PublicA' }, { kind: 'resource', id: 'PublicB' }], securityGroups: [{ kind: 'resource', id: 'DbSg' }] });
    expect(record(model, 'PublicA', 'subnet').routeTable).toMatchObject({ kind: 'resource', id: 'PublicTable' });
    expect(record(model, 'PublicTable', 'route-table').routes).toEqual([expect.objectContaining({ destination: expect.objectContaining({ value: '0.0.0.0/0' }), target: expect.objectContaining({ kind: 'internet-gateway' }), address: 'ToInternet' })]);
    const verdict = verdictOf(template, 'Db');
    expect(verdict.verdict).toBe('reachable');
    expect(verdict.path.map((h) => h.kind)).toEqual(['internet', 'internet-gateway', 'route', 'subnet', 'network-acl', 'security-group', 'public-flag', 'resource']);
  });

  test('PubliclyAccessible omitted: public when the VPC has an internet gateway, private when it has none', () => {
    const withIgw = modelOf(`Resources:${NETWORK}\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql, DBSubnetGroupName: !Ref Group}\n`).model;
    expect(record(withIgw, 'Db', 'datastore').publiclyAccessible).toMatchObject({ known: true, value: true });
    const noIgw = modelOf(`Resources:${NETWORK.replace(/ {2}Attach:[\s\S]*?GatewayId: !Ref Igw}\n/, '')}\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql, DBSubnetGroupName: !Ref Group}\n`).model;
    expect(record(noIgw, 'Db', 'datastore').publiclyAccessible).toMatchObject({ known: true, value: false });
    const defaultVpc = modelOf('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql}\n').model;
    expect(record(defaultVpc, 'Db', 'datastore')).toMatchObject({ defaultVpc: true, publiclyAccessible: { known: true, value: true } });
    const elsewhere = modelOf('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql, DBSubnetGroupName: shared-group}\n').model;
    expect(record(elsewhere, 'Db', 'datastore').publiclyAccessible).toMatchObject({ known: false, reason: expect.stringMatching(/internet gateway/) });
  });

  test('Aurora instances fold into their cluster, which takes their flag', () => {
    const { model } = modelOf(`Resources:${NETWORK}
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: aurora-postgresql, DBSubnetGroupName: !Ref Group}
  Writer:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster, PubliclyAccessible: false}
  Reader:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster, PubliclyAccessible: true}
`);
    expect(model.filter((m) => m.kind === 'datastore').map((m) => m.id)).toEqual(['Cluster']);
    expect(record(model, 'Cluster', 'datastore')).toMatchObject({ members: ['Writer', 'Reader'], ports: [5432], publiclyAccessible: { known: true, value: true } });
  });

  test('a separate ingress rule on the VPC default group joins the implicit default group', () => {
    const { model } = modelOf(`Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  OpenSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !GetAtt Vpc.DefaultSecurityGroup, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
  Orphan:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: sg-0123, IpProtocol: "-1", CidrIpv6: "::/0"}
`);
    const group = record(model, 'Vpc#default_security_group', 'security-group');
    expect(group).toMatchObject({ isDefault: true, network: { kind: 'resource', id: 'Vpc' } });
    expect(group.rules.map((r) => [r.key, r.source])).toEqual([
      ['Vpc#default_security_group.aws-default', { kind: 'group', link: { kind: 'resource', id: 'Vpc#default_security_group' } }],
      ['OpenSsh', { kind: 'cidr', cidr: '0.0.0.0/0' }],
    ]);
    expect(record(model, 'sg-0123', 'security-group')).toMatchObject({ declared: false, rules: [expect.objectContaining({ protocol: expect.objectContaining({ value: 'all' }), ports: expect.objectContaining({ value: { from: 0, to: 65535 } }) })] });
  });

  test('network ACL entries, ordered by rule number, and the default ACL reached through Fn::GetAtt', () => {
    const { model } = modelOf(`Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: {VpcId: !Ref Vpc}
  DenySsh:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: deny, CidrBlock: 0.0.0.0/0, PortRange: {From: 22, To: 22}}
  AllowAll:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 200, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0}
  OnDefault:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {NetworkAclId: !GetAtt Vpc.DefaultNetworkAcl, RuleNumber: 50, Protocol: 6, RuleAction: deny, Egress: true, CidrBlock: 0.0.0.0/0, PortRange: {From: 0, To: 65535}}
`);
    expect(record(model, 'Acl', 'network-acl').entries.map((e) => [e.address, e.ruleNumber, e.action, e.protocol, e.ports])).toEqual([
      ['DenySsh', expect.objectContaining({ value: 100 }), expect.objectContaining({ value: 'deny' }), expect.objectContaining({ value: 'tcp' }), expect.objectContaining({ value: { from: 22, to: 22 } })],
      ['AllowAll', expect.objectContaining({ value: 200 }), expect.objectContaining({ value: 'allow' }), expect.objectContaining({ value: 'all' }), expect.objectContaining({ value: { from: 0, to: 65535 } })],
    ]);
    const defaults = record(model, 'Vpc#default_network_acl', 'network-acl');
    expect(defaults.isDefault).toBe(true);
    expect(defaults.entries.filter((e) => e.address === 'OnDefault')).toHaveLength(1);
    expect(defaults.entries.length).toBe(5);
  });

  test('OpenSearch: a domain outside a VPC with a policy open to everyone is reachable', () => {
    const template = `Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AccessPolicies:
        Version: "2012-10-17"
        Statement:
          - {Effect: Allow, Principal: {AWS: "*"}, Action: "es:*", Resource: !Sub "arn:aws:es:\${AWS::Region}:\${AWS::AccountId}:domain/x/*"}
`;
    expect(verdictOf(template, 'Search').verdict).toBe('reachable');
  });

  test('an instance without a subnet lands in a default subnet, which gives it a public address', () => {
    const { model } = modelOf('Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties: {ImageId: ami-1}\n');
    expect(record(model, 'Web', 'compute')).toMatchObject({ defaultVpc: true, publicIp: { known: true, value: true } });
  });
});

describe('S3 buckets', () => {
  test('AccessControl, PublicAccessBlockConfiguration and a bucket policy folded in by reference and by name', () => {
    const { model } = modelOf(`Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: my-site
      AccessControl: PublicRead
      PublicAccessBlockConfiguration: {BlockPublicAcls: true}
  ByRef:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Statement: [{Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::my-site/*"}]
  ByName:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: my-site
      PolicyDocument: {Statement: [{Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*"}]}
  Foreign:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: someone-elses
      PolicyDocument: {Statement: []}
`);
    const site = record(model, 'Site', 'bucket');
    expect(site.acl).toMatchObject({ known: true, value: 'public-read' });
    expect(site.publicAccessBlock).toMatchObject({ blockPublicAcls: { value: true }, ignorePublicAcls: { value: false }, address: 'Site' });
    expect(site.policies.map((p) => p.address)).toEqual(['ByRef', 'ByName']);
    expect(site.policies[0]!.statements[0]).toMatchObject({ effect: 'Allow', principals: { known: true, value: ['*'] } });
    expect(record(model, 'Foreign', 'bucket')).toMatchObject({ external: true, name: { value: 'someone-elses' } });
  });
});

describe('data flows', () => {
  test('replication out of the stack is a flow; inside the template it is not', () => {
    const { model } = modelOf(
      `Resources:
  Source:
    Type: AWS::S3::Bucket
    Properties:
      ReplicationConfiguration:
        Role: arn:aws:iam::1:role/r
        Rules:
          - {Status: Enabled, Destination: {Bucket: "arn:aws:s3:::far-away"}}
          - {Status: Enabled, Destination: {Bucket: !GetAtt Local.Arn}}
          - {Status: Disabled, Destination: {Bucket: "arn:aws:s3:::off"}}
  Local:
    Type: AWS::S3::Bucket
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: {SourceDBInstanceIdentifier: "arn:aws:rds:cn-north-1:123:db:main", Engine: mysql}
  Table:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      Replicas: [{Region: eu-west-1}, {Region: ap-southeast-1}]
  Cache:
    Type: AWS::ElastiCache::GlobalReplicationGroup
    Properties:
      Members:
        - {ReplicationGroupId: primary, ReplicationGroupRegion: us-east-1, Role: PRIMARY}
        - {ReplicationGroupId: secondary, ReplicationGroupRegion: cn-northwest-1, Role: SECONDARY}
`,
      { region: 'eu-west-1' },
    );
    const flows = model.filter((m) => m.kind === 'data-flow');
    expect(flows.map((f) => [f.id, f.flowKind, f.sourceRegion.known ? f.sourceRegion.value : '?', f.destinationRegion.known ? f.destinationRegion.value : '?'])).toEqual([
      ['Source -> arn:aws:s3:::far-away', 's3-replication', 'eu-west-1', '?'],
      ['Replica -> eu-west-1', 'rds-read-replica', 'cn-north-1', 'eu-west-1'],
      ['Table -> ap-southeast-1', 'dynamodb-replica', 'eu-west-1', 'ap-southeast-1'],
      ['Cache -> cn-northwest-1', 'elasticache-global', 'us-east-1', 'cn-northwest-1'],
    ]);
  });
});

describe('Alibaba Cloud ROS', () => {
  test('security group rules keep policy and priority; an ECS instance with bandwidth has a public IP', () => {
    const { model } = modelOf(`ROSTemplateFormatVersion: "2015-09-01"
Resources:
  Sg:
    Type: ALIYUN::ECS::SecurityGroup
    Properties:
      VpcId: vpc-1
      SecurityGroupIngress:
        - {IpProtocol: tcp, PortRange: 22/22, SourceCidrIp: 0.0.0.0/0, Policy: drop, Priority: 1}
        - {IpProtocol: tcp, PortRange: 1/65535, SourceCidrIp: 0.0.0.0/0, Priority: 2}
  Extra:
    Type: ALIYUN::ECS::SecurityGroupIngress
    Properties: {SecurityGroupId: !Ref Sg, IpProtocol: all, PortRange: -1/-1, SourceCidrIp: 10.0.0.0/8}
  Ecs:
    Type: ALIYUN::ECS::Instance
    Properties: {VSwitchId: vsw-1, SecurityGroupId: !Ref Sg, InternetMaxBandwidthOut: 5}
`);
    const sg = record(model, 'Sg', 'security-group');
    expect(sg.rules.map((r) => [r.key, r.policy, r.priority, r.ports])).toEqual([
      ['Sg.SecurityGroupIngress[0]', expect.objectContaining({ value: 'drop' }), expect.objectContaining({ value: 1 }), expect.objectContaining({ value: { from: 22, to: 22 } })],
      ['Sg.SecurityGroupIngress[1]', expect.objectContaining({ value: 'accept' }), expect.objectContaining({ value: 2 }), expect.objectContaining({ value: { from: 1, to: 65535 } })],
      ['Extra', expect.objectContaining({ value: 'accept' }), expect.objectContaining({ value: 1 }), expect.objectContaining({ value: { from: 0, to: 65535 } })],
    ]);
    expect(record(model, 'Ecs', 'compute')).toMatchObject({ publicIp: { known: true, value: true }, securityGroups: [{ kind: 'resource', id: 'Sg' }] });
  });

  test('RDS, Redis and Elasticsearch: allowlists and public endpoints', () => {
    const template = `ROSTemplateFormatVersion: "2015-09-01"
Resources:
  Rds:
    Type: ALIYUN::RDS::DBInstance
    Properties: {Engine: MySQL, SecurityIPList: "10.0.0.0/8,0.0.0.0/0", AllocatePublicConnection: true, VSwitchId: vsw-1}
  Redis:
    Type: ALIYUN::REDIS::Instance
    Properties: {VSwitchId: vsw-1}
  RedisWhitelist:
    Type: ALIYUN::REDIS::Whitelist
    Properties: {InstanceId: !Ref Redis, SecurityIps: "0.0.0.0/0"}
  RedisPublic:
    Type: ALIYUN::REDIS::Connection
    Properties: {InstanceId: !Ref Redis, ConnectionType: Public, Port: 6380, ConnectionStringPrefix: abcdefgh}
  Es:
    Type: ALIYUN::ElasticSearch::Instance
    Properties: {VSwitchId: vsw-1, Version: 7.10_with_X-Pack, EnablePublic: false, EnableKibanaPublic: true, KibanaWhitelist: ["0.0.0.0/0"]}
`;
    const { model } = modelOf(template);
    expect(record(model, 'Rds', 'datastore')).toMatchObject({ service: 'alicloud-rds', ports: [3306], allowlists: [{ entries: { known: true, value: ['10.0.0.0/8', '0.0.0.0/0'] } }], publicEndpoints: [{ enabled: { value: true } }] });
    expect(verdictOf(template, 'Rds').verdict).toBe('reachable');
    expect(verdictOf(template, 'Redis')).toMatchObject({ verdict: 'reachable', ports: [{ from: 6380, to: 6380 }] });
    expect(verdictOf(template, 'Es')).toMatchObject({ verdict: 'reachable', ports: [{ from: 5601, to: 5601 }] });
  });

  test('OSS: AccessControl and BlockPublicAccess', () => {
    const { model } = modelOf('ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  B:\n    Type: ALIYUN::OSS::Bucket\n    Properties: {BucketName: b, AccessControl: public-read-write, BlockPublicAccess: false}\n');
    expect(record(model, 'B', 'bucket')).toMatchObject({ provider: 'alicloud', acl: { value: 'public-read-write' }, publicAccessBlock: { ignorePublicAcls: { value: false } } });
  });
});
