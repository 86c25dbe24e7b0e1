/**
 * The December 2019 incident as a live AWS account, resource for resource
 * the account that examples/incident-2019 (Terraform) would have built: a
 * public VPC, an account database flagged publicly accessible behind a group
 * open to the world, an Elasticsearch domain with a public endpoint and an
 * access policy open to everyone, a world-readable export bucket, and its
 * replication to a bucket in cn-north-1. Served by the fake endpoint.
 */
import type { FakeAccount } from '../../../bench/support/aws-endpoint/cloud.js';

export const INCIDENT_ACCOUNT_ID = '123456789012';
export const INCIDENT_KEY = 'AKIAINCIDENTFAKE0001';
export const HOME = 'us-west-2';
export const REPLICA_REGION = 'cn-north-1';

const name = 'camera-production';
const tags = [
  { Key: 'Project', Value: 'camera-cloud' },
  { Key: 'data-classification', Value: 'pii' },
];
const vpc = 'vpc-0a1b2c3d4e5f60001';
const subnets = ['subnet-0a1b2c3d4e5f60011', 'subnet-0a1b2c3d4e5f60012'];
const igw = 'igw-0a1b2c3d4e5f60021';
const dbGroup = 'sg-0a1b2c3d4e5f60031';
const defaultGroup = 'sg-0a1b2c3d4e5f60030';

/** A default network ACL exactly as AWS creates it. */
export function defaultAcl(id: string, vpcId: string, subnetIds: string[]) {
  return {
    NetworkAclId: id,
    VpcId: vpcId,
    IsDefault: true,
    Entries: [false, true].flatMap((egress) => [
      { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow' as const, Egress: egress, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny' as const, Egress: egress, CidrBlock: '0.0.0.0/0' },
    ]),
    Associations: subnetIds.map((s, i) => ({ NetworkAclAssociationId: `aclassoc-${i}`, NetworkAclId: id, SubnetId: s })),
    OwnerId: INCIDENT_ACCOUNT_ID,
  };
}

export function incidentAccount(): FakeAccount {
  const esArn = `arn:aws:es:${HOME}:${INCIDENT_ACCOUNT_ID}:domain/${name}-device-logs`;
  return {
    id: INCIDENT_ACCOUNT_ID,
    accessKeyId: INCIDENT_KEY,
    enabledRegions: [HOME, REPLICA_REGION],
    regions: {
      [HOME]: {
        vpcs: [{ VpcId: vpc, CidrBlock: '10.20.0.0/16', IsDefault: false, State: 'available', Tags: [{ Key: 'Name', Value: name }] }],
        internetGateways: [{ InternetGatewayId: igw, Attachments: [{ VpcId: vpc, State: 'attached' }] }],
        subnets: subnets.map((id, i) => ({ SubnetId: id, VpcId: vpc, CidrBlock: `10.20.${i}.0/24`, AvailabilityZone: `${HOME}${'ab'[i]}`, MapPublicIpOnLaunch: true, DefaultForAz: false })),
        routeTables: [
          // The VPC's main table: only the local route.
          { RouteTableId: 'rtb-0a1b2c3d4e5f60040', VpcId: vpc, Routes: [{ DestinationCidrBlock: '10.20.0.0/16', GatewayId: 'local', State: 'active' }], Associations: [{ Main: true, RouteTableId: 'rtb-0a1b2c3d4e5f60040', RouteTableAssociationId: 'rtbassoc-main', AssociationState: { State: 'associated' } }] },
          {
            RouteTableId: 'rtb-0a1b2c3d4e5f60041',
            VpcId: vpc,
            Routes: [
              { DestinationCidrBlock: '10.20.0.0/16', GatewayId: 'local', State: 'active' },
              { DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw, State: 'active' },
            ],
            Associations: subnets.map((s, i) => ({ Main: false, RouteTableId: 'rtb-0a1b2c3d4e5f60041', SubnetId: s, RouteTableAssociationId: `rtbassoc-${i}`, AssociationState: { State: 'associated' as const } })),
          },
        ],
        networkAcls: [defaultAcl('acl-0a1b2c3d4e5f60050', vpc, subnets)],
        securityGroups: [
          {
            GroupId: defaultGroup,
            GroupName: 'default',
            Description: 'default VPC security group',
            VpcId: vpc,
            OwnerId: INCIDENT_ACCOUNT_ID,
            IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: defaultGroup, UserId: INCIDENT_ACCOUNT_ID }] }],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          },
          {
            GroupId: dbGroup,
            GroupName: `${name}-db`,
            Description: 'Managed by Terraform',
            VpcId: vpc,
            OwnerId: INCIDENT_ACCOUNT_ID,
            // "Temporary" rules added while debugging from home, never removed.
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'postgres from anywhere' }] },
              { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }] },
            ],
            IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
          },
        ],
        dbSubnetGroups: [{ DBSubnetGroupName: `${name}-accounts`, VpcId: vpc, Subnets: subnets.map((s) => ({ SubnetIdentifier: s })) }],
        dbInstances: [
          {
            DBInstanceIdentifier: `${name}-accounts`,
            DBInstanceArn: `arn:aws:rds:${HOME}:${INCIDENT_ACCOUNT_ID}:db:${name}-accounts`,
            Engine: 'postgres',
            EngineVersion: '11.5',
            DBInstanceClass: 'db.r5.large',
            DBInstanceStatus: 'available',
            Endpoint: { Address: `${name}-accounts.abcdefghijkl.${HOME}.rds.amazonaws.com`, Port: 5432 },
            PubliclyAccessible: true,
            DBSubnetGroup: { DBSubnetGroupName: `${name}-accounts`, VpcId: vpc, Subnets: subnets.map((s) => ({ SubnetIdentifier: s })) },
            VpcSecurityGroups: [{ VpcSecurityGroupId: dbGroup, Status: 'active' }],
            TagList: tags,
          },
        ],
        // The cluster that leaked: no VPC options (a public endpoint) and a policy open to every principal.
        domains: [
          {
            DomainId: `${INCIDENT_ACCOUNT_ID}/${name}-device-logs`,
            DomainName: `${name}-device-logs`,
            ARN: esArn,
            EngineVersion: 'Elasticsearch_7.1',
            Endpoint: `search-${name}-device-logs-abc.${HOME}.es.amazonaws.com`,
            ClusterConfig: { InstanceType: 'r5.large.search', InstanceCount: 3 },
            AccessPolicies: JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `arn:aws:es:${HOME}:${INCIDENT_ACCOUNT_ID}:domain/${name}-device-logs/*` }],
            }),
          },
        ],
        resourceTags: [{ ResourceARN: esArn, Tags: tags }],
      },
      [REPLICA_REGION]: {},
    },
    buckets: [
      {
        name: `${name}-exports`,
        region: HOME,
        // The canned ACL public-read: the owner's full control, and READ for everyone.
        grants: [
          { Grantee: { Type: 'CanonicalUser', ID: `owner-${INCIDENT_ACCOUNT_ID}`, DisplayName: 'owner' }, Permission: 'FULL_CONTROL' },
          { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
        ],
        tags,
        replication: {
          Role: `arn:aws:iam::${INCIDENT_ACCOUNT_ID}:role/${name}-replication`,
          Rules: [{ ID: 'everything', Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: `arn:aws:s3:::${name}-exports-replica`, StorageClass: 'STANDARD' } }],
        },
      },
      { name: `${name}-exports-replica`, region: REPLICA_REGION },
    ],
  };
}
