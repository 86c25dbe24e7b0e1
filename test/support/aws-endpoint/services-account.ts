/**
 * A live account with one of everything the AWS audit reads beyond the 2019
 * incident: an Aurora cluster with a public member, a public Redshift cluster,
 * an OpenSearch domain in a VPC with an open policy, ElastiCache with a
 * global datastore, a DynamoDB global table, an instance and an ECS task
 * interface with MongoDB open to the world, bucket policies, an account-level
 * public access block, RDS replicas and backup replication, S3
 * replication to another account's bucket, and RDS and EBS snapshots shared
 * with every account.
 */
import type { FakeAccount } from '../../../bench/support/aws-endpoint/cloud.js';
import { defaultAcl } from './incident-account.js';

export const A = '333344445555';
export const US = 'us-east-1';
export const EU = 'eu-west-1';
const vpc = 'vpc-0000000000000aaa1';
const [pub, priv] = ['subnet-00000000000000b01', 'subnet-00000000000000b02'];
const subnetGroup = (name: string, ids: string[]) => ({ DBSubnetGroupName: name, VpcId: vpc, Subnets: ids.map((SubnetIdentifier) => ({ SubnetIdentifier })) });

export function servicesAccount(): FakeAccount {
  return {
    id: A,
    accessKeyId: 'AKIASERVICESFAKE0001',
    enabledRegions: [US, EU],
    accountPublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
    regions: {
      [US]: {
        vpcs: [{ VpcId: vpc, CidrBlock: '10.0.0.0/16' }],
        internetGateways: [{ InternetGatewayId: 'igw-00000000000000c01', Attachments: [{ VpcId: vpc, State: 'attached' }] }],
        subnets: [
          { SubnetId: pub, VpcId: vpc, CidrBlock: '10.0.0.0/24', MapPublicIpOnLaunch: true },
          { SubnetId: priv, VpcId: vpc, CidrBlock: '10.0.1.0/24' },
        ],
        routeTables: [
          { RouteTableId: 'rtb-00000000000000d01', VpcId: vpc, Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' }], Associations: [{ Main: true }] },
          {
            RouteTableId: 'rtb-00000000000000d02',
            VpcId: vpc,
            Routes: [
              { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' },
              { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-00000000000000c01' },
            ],
            Associations: [{ SubnetId: pub }],
          },
        ],
        networkAcls: [defaultAcl('acl-00000000000000e01', vpc, [pub, priv])],
        securityGroups: [
          { GroupId: 'sg-0000000000000f001', GroupName: 'open', VpcId: vpc, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
          { GroupId: 'sg-0000000000000f002', GroupName: 'mongo', VpcId: vpc, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 27017, ToPort: 27017, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] },
        ],
        instances: [{ InstanceId: 'i-00000000000000001', SubnetId: pub, PublicIpAddress: '203.0.113.10', State: { Name: 'running' }, SecurityGroups: [{ GroupId: 'sg-0000000000000f002' }] }],
        addresses: [{ PublicIp: '203.0.113.10', AllocationId: 'eipalloc-0001', InstanceId: 'i-00000000000000001' }],
        networkInterfaces: [
          // An ECS task with a public address: compute the instance list does not show.
          { NetworkInterfaceId: 'eni-00000000000000001', SubnetId: pub, InterfaceType: 'interface', RequesterManaged: true, Description: 'arn:aws:ecs:us-east-1:333344445555:attachment/abc', Association: { PublicIp: '203.0.113.20' }, Groups: [{ GroupId: 'sg-0000000000000f002' }] },
          // An RDS-managed interface: judged through its database, not as compute.
          { NetworkInterfaceId: 'eni-00000000000000002', SubnetId: pub, InterfaceType: 'interface', RequesterManaged: true, Description: 'RDSNetworkInterface', Association: { PublicIp: '203.0.113.30' }, Groups: [{ GroupId: 'sg-0000000000000f001' }] },
        ],
        dbSubnetGroups: [subnetGroup('public', [pub]), subnetGroup('private', [priv])],
        dbClusters: [
          {
            DBClusterIdentifier: 'orders',
            DBClusterArn: `arn:aws:rds:${US}:${A}:cluster:orders`,
            Engine: 'aurora-postgresql',
            Port: 5432,
            DBSubnetGroup: 'public',
            VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0000000000000f001' }],
            DBClusterMembers: [
              { DBInstanceIdentifier: 'orders-1', IsClusterWriter: true },
              { DBInstanceIdentifier: 'orders-2', IsClusterWriter: false },
            ],
          },
        ],
        dbInstances: [
          { DBInstanceIdentifier: 'orders-1', DBInstanceArn: `arn:aws:rds:${US}:${A}:db:orders-1`, Engine: 'aurora-postgresql', DBClusterIdentifier: 'orders', PubliclyAccessible: false },
          { DBInstanceIdentifier: 'orders-2', DBInstanceArn: `arn:aws:rds:${US}:${A}:db:orders-2`, Engine: 'aurora-postgresql', DBClusterIdentifier: 'orders', PubliclyAccessible: true },
          {
            DBInstanceIdentifier: 'billing',
            DBInstanceArn: `arn:aws:rds:${US}:${A}:db:billing`,
            Engine: 'mysql',
            Endpoint: { Port: 3306 },
            PubliclyAccessible: false,
            DBSubnetGroup: subnetGroup('private', [priv]),
            DBInstanceAutomatedBackupsReplications: [{ DBInstanceAutomatedBackupsArn: `arn:aws:rds:${EU}:${A}:auto-backup:ab-billing` }],
          },
        ],
        redshiftSubnetGroups: [{ ClusterSubnetGroupName: 'public', VpcId: vpc, Subnets: [{ SubnetIdentifier: pub }] }],
        redshiftClusters: [{ ClusterIdentifier: 'warehouse', Endpoint: { Port: 5439 }, PubliclyAccessible: true, ClusterSubnetGroupName: 'public', VpcId: vpc, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0000000000000f001' }] }],
        domains: [
          {
            DomainName: 'logs',
            DomainId: `${A}/logs`,
            ARN: `arn:aws:es:${US}:${A}:domain/logs`,
            EngineVersion: 'OpenSearch_2.11',
            ClusterConfig: {},
            VPCOptions: { VPCId: vpc, SubnetIds: [priv], SecurityGroupIds: ['sg-0000000000000f001'] },
            AccessPolicies: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'es:*', Resource: `arn:aws:es:${US}:${A}:domain/logs/*` }] }),
          },
        ],
        replicationGroups: [{ ReplicationGroupId: 'sessions', ARN: `arn:aws:elasticache:${US}:${A}:replicationgroup:sessions`, NodeGroups: [{ PrimaryEndpoint: { Port: 6379 } }] }],
        cacheClusters: [{ CacheClusterId: 'sessions-001', ARN: `arn:aws:elasticache:${US}:${A}:cluster:sessions-001`, ReplicationGroupId: 'sessions', Engine: 'redis', CacheSubnetGroupName: 'public', SecurityGroups: [{ SecurityGroupId: 'sg-0000000000000f001' }] }],
        cacheSubnetGroups: [{ CacheSubnetGroupName: 'public', VpcId: vpc, Subnets: [{ SubnetIdentifier: pub }] }],
        globalReplicationGroups: [
          {
            GlobalReplicationGroupId: 'ldgnf-sessions',
            Members: [
              { ReplicationGroupId: 'sessions', ReplicationGroupRegion: US, Role: 'PRIMARY' },
              { ReplicationGroupId: 'sessions-eu', ReplicationGroupRegion: EU, Role: 'SECONDARY' },
            ],
          },
        ],
        tables: [{ TableName: 'users', TableArn: `arn:aws:dynamodb:${US}:${A}:table/users`, Replicas: [{ RegionName: US }, { RegionName: EU }] }],
        resourceTags: [{ ResourceARN: `arn:aws:dynamodb:${US}:${A}:table/users`, Tags: [{ Key: 'DataClassification', Value: 'pii' }] }],
      },
      [EU]: {
        dbInstances: [
          { DBInstanceIdentifier: 'billing-replica', DBInstanceArn: `arn:aws:rds:${EU}:${A}:db:billing-replica`, Engine: 'mysql', PubliclyAccessible: false, ReadReplicaSourceDBInstanceIdentifier: `arn:aws:rds:${US}:${A}:db:billing`, DBSubnetGroup: subnetGroup('x', []) },
        ],
        automatedBackups: [{ DBInstanceArn: `arn:aws:rds:${US}:${A}:db:billing`, DBInstanceAutomatedBackupsArn: `arn:aws:rds:${EU}:${A}:auto-backup:ab-billing`, Region: US, Status: 'replicating' }],
        // Snapshots shared with every account (LP-DB-007): a DB snapshot, an Aurora cluster snapshot, an EBS snapshot.
        dbSnapshots: [{ DBSnapshotIdentifier: 'billing-export', DBSnapshotArn: `arn:aws:rds:${EU}:${A}:snapshot:billing-export`, DBInstanceIdentifier: 'billing-replica', SnapshotType: 'manual' }],
        dbClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'orders-copy', DBClusterSnapshotArn: `arn:aws:rds:${EU}:${A}:cluster-snapshot:orders-copy`, DBClusterIdentifier: 'orders', SnapshotType: 'manual' }],
        snapshotRestore: { 'billing-export': ['all'], 'orders-copy': ['111122223333'] },
        ebsSnapshots: [{ SnapshotId: 'snap-0000000000000e001', VolumeId: 'vol-0000000000000e001', OwnerId: A }],
        volumePermissions: { 'snap-0000000000000e001': [{ Group: 'all' }] },
        globalReplicationGroups: [
          {
            GlobalReplicationGroupId: 'ldgnf-sessions',
            Members: [
              { ReplicationGroupId: 'sessions', ReplicationGroupRegion: US, Role: 'PRIMARY' },
              { ReplicationGroupId: 'sessions-eu', ReplicationGroupRegion: EU, Role: 'SECONDARY' },
            ],
          },
        ],
      },
    },
    buckets: [
      { name: 'assets', region: US, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::assets/*' }] }), policyIsPublic: true },
      { name: 'old-acl', region: US, grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }] },
      { name: 'exports', region: US, replication: { Role: 'arn:aws:iam::333344445555:role/r', Rules: [{ ID: 'out', Status: 'Enabled', Destination: { Bucket: 'arn:aws:s3:::partner-drop' } }] } },
    ],
  };
}

