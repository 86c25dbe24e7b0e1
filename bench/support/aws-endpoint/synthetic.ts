/**
 * A synthetic AWS account of any size, for the benchmark and the paging
 * tests: per region a VPC with public and private subnets, security groups
 * (some open to the world), databases of every kind the audit reads (RDS
 * instances, Aurora clusters, Redshift, OpenSearch, ElastiCache, DynamoDB),
 * an instance or two, and buckets spread over the regions (some public, some
 * replicating to the next region). Deterministic: the same sizes give the
 * same account.
 */
import type { FakeAccount, FakeBucket, FakeRegion } from './cloud.js';
import { callsToList } from './paging.js';

export interface SyntheticSize {
  accountId: string;
  accessKeyId: string;
  regions: string[];
  securityGroups: number;
  /** Databases of all kinds together. */
  databases: number;
  buckets: number;
}

const hex = (n: number, width = 17) => n.toString(16).padStart(width, '0');

/** Splits `total` over `parts` as evenly as whole numbers allow. */
function share(total: number, parts: number, index: number): number {
  return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}

/** The kinds databases are spread over, in this proportion (of every 20). */
const DB_MIX: Array<[kind: 'rds' | 'aurora' | 'redshift' | 'search' | 'cache' | 'table', count: number]> = [
  ['rds', 12],
  ['aurora', 2],
  ['redshift', 1],
  ['search', 2],
  ['cache', 1],
  ['table', 2],
];

function regionOf(size: SyntheticSize, r: number): FakeRegion {
  const region = size.regions[r]!;
  const acct = size.accountId;
  const base = r * 1_000_000;
  const vpc = `vpc-${hex(base + 1)}`;
  const igw = `igw-${hex(base + 2)}`;
  const subnets = [0, 1, 2, 3].map((i) => `subnet-${hex(base + 10 + i)}`);
  const [pub1, pub2, priv1, priv2] = subnets as [string, string, string, string];
  const defaultSg = `sg-${hex(base + 100)}`;
  const sgCount = share(size.securityGroups, size.regions.length, r);
  const sgIds = Array.from({ length: sgCount }, (_, i) => (i === 0 ? defaultSg : `sg-${hex(base + 100 + i)}`));

  const out: FakeRegion = {
    vpcs: [{ VpcId: vpc, CidrBlock: `10.${r}.0.0/16`, IsDefault: false }],
    internetGateways: [{ InternetGatewayId: igw, Attachments: [{ VpcId: vpc, State: 'attached' }] }],
    subnets: subnets.map((s, i) => ({ SubnetId: s, VpcId: vpc, CidrBlock: `10.${r}.${i}.0/24`, MapPublicIpOnLaunch: i < 2 })),
    routeTables: [
      { RouteTableId: `rtb-${hex(base + 20)}`, VpcId: vpc, Routes: [{ DestinationCidrBlock: `10.${r}.0.0/16`, GatewayId: 'local', State: 'active' }], Associations: [{ Main: true }] },
      {
        RouteTableId: `rtb-${hex(base + 21)}`,
        VpcId: vpc,
        Routes: [
          { DestinationCidrBlock: `10.${r}.0.0/16`, GatewayId: 'local', State: 'active' },
          { DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw, State: 'active' },
        ],
        Associations: [pub1, pub2].map((s) => ({ Main: false, SubnetId: s })),
      },
    ],
    networkAcls: [
      {
        NetworkAclId: `acl-${hex(base + 30)}`,
        VpcId: vpc,
        IsDefault: true,
        Entries: [false, true].flatMap((Egress) => [
          { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow' as const, Egress, CidrBlock: '0.0.0.0/0' },
          { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny' as const, Egress, CidrBlock: '0.0.0.0/0' },
        ]),
        Associations: subnets.map((SubnetId) => ({ SubnetId })),
      },
    ],
    securityGroups: sgIds.map((id, i) => ({
      GroupId: id,
      GroupName: i === 0 ? 'default' : `app-${i}`,
      VpcId: vpc,
      OwnerId: acct,
      IpPermissions:
        i === 0
          ? [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: id, UserId: acct }] }]
          : [
              { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
              ...(i % 10 === 0 ? [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] : []),
              ...(i % 25 === 0 ? [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] : []),
            ],
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    })),
    instances: [
      { InstanceId: `i-${hex(base + 40)}`, SubnetId: pub1, VpcId: vpc, PublicIpAddress: `198.51.100.${r + 1}`, State: { Name: 'running', Code: 16 }, SecurityGroups: [{ GroupId: sgIds[1] ?? defaultSg }] },
      { InstanceId: `i-${hex(base + 41)}`, SubnetId: priv1, VpcId: vpc, State: { Name: 'running', Code: 16 }, SecurityGroups: [{ GroupId: defaultSg }] },
    ],
    networkInterfaces: [],
    addresses: [],
    dbSubnetGroups: [{ DBSubnetGroupName: 'private', VpcId: vpc, Subnets: [priv1, priv2].map((SubnetIdentifier) => ({ SubnetIdentifier })) }, { DBSubnetGroupName: 'public', VpcId: vpc, Subnets: [pub1, pub2].map((SubnetIdentifier) => ({ SubnetIdentifier })) }],
    dbInstances: [],
    dbClusters: [],
    automatedBackups: [],
    redshiftClusters: [],
    redshiftSubnetGroups: [{ ClusterSubnetGroupName: 'private', VpcId: vpc, Subnets: [priv1, priv2].map((SubnetIdentifier) => ({ SubnetIdentifier })) }],
    domains: [],
    replicationGroups: [],
    cacheClusters: [],
    cacheSubnetGroups: [{ CacheSubnetGroupName: 'private', VpcId: vpc, Subnets: [priv1, priv2].map((SubnetIdentifier) => ({ SubnetIdentifier })) }],
    globalReplicationGroups: [],
    tables: [],
    resourceTags: [],
  };

  const dbCount = share(size.databases, size.regions.length, r);
  const sg = (i: number) => sgIds[1 + (i % Math.max(1, sgIds.length - 1))] ?? defaultSg;
  for (let i = 0; i < dbCount; i++) {
    const slot = i % 20;
    let acc = 0;
    const kind = DB_MIX.find(([, n]) => (acc += n) > slot)![0];
    const name = `db-${r}-${i}`;
    const isPublic = i % 17 === 0;
    const tags = i % 3 === 0 ? [{ Key: 'data-classification', Value: 'pii' }] : [];
    switch (kind) {
      case 'rds':
        out.dbInstances!.push({
          DBInstanceIdentifier: name,
          DBInstanceArn: `arn:aws:rds:${region}:${acct}:db:${name}`,
          Engine: i % 2 ? 'postgres' : 'mysql',
          Endpoint: { Address: `${name}.example`, Port: i % 2 ? 5432 : 3306 },
          PubliclyAccessible: isPublic,
          DBSubnetGroup: { DBSubnetGroupName: isPublic ? 'public' : 'private', VpcId: vpc, Subnets: (isPublic ? [pub1, pub2] : [priv1, priv2]).map((SubnetIdentifier) => ({ SubnetIdentifier })) },
          VpcSecurityGroups: [{ VpcSecurityGroupId: sg(i), Status: 'active' }],
          TagList: tags,
        });
        break;
      case 'aurora': {
        const members = [`${name}-a`, `${name}-b`];
        out.dbClusters!.push({
          DBClusterIdentifier: name,
          DBClusterArn: `arn:aws:rds:${region}:${acct}:cluster:${name}`,
          Engine: 'aurora-postgresql',
          Port: 5432,
          DBSubnetGroup: 'private',
          VpcSecurityGroups: [{ VpcSecurityGroupId: sg(i), Status: 'active' }],
          DBClusterMembers: members.map((m, k) => ({ DBInstanceIdentifier: m, IsClusterWriter: k === 0 })),
          TagList: tags,
        });
        for (const m of members)
          out.dbInstances!.push({ DBInstanceIdentifier: m, DBInstanceArn: `arn:aws:rds:${region}:${acct}:db:${m}`, Engine: 'aurora-postgresql', DBClusterIdentifier: name, PubliclyAccessible: false, Endpoint: { Port: 5432 } });
        break;
      }
      case 'redshift':
        out.redshiftClusters!.push({ ClusterIdentifier: name, Endpoint: { Port: 5439 }, PubliclyAccessible: isPublic, ClusterSubnetGroupName: 'private', VpcId: vpc, VpcSecurityGroups: [{ VpcSecurityGroupId: sg(i) }], Tags: tags });
        break;
      case 'search': {
        const arn = `arn:aws:es:${region}:${acct}:domain/${name}`;
        out.domains!.push({
          DomainId: `${acct}/${name}`,
          DomainName: name,
          ARN: arn,
          EngineVersion: i % 2 ? 'OpenSearch_2.11' : 'Elasticsearch_7.10',
          ClusterConfig: {},
          ...(isPublic
            ? { AccessPolicies: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `${arn}/*` }] }) }
            : { VPCOptions: { VPCId: vpc, SubnetIds: [priv1], SecurityGroupIds: [sg(i)] } }),
        });
        if (tags.length) out.resourceTags!.push({ ResourceARN: arn, Tags: tags });
        break;
      }
      case 'cache': {
        const arn = `arn:aws:elasticache:${region}:${acct}:replicationgroup:${name}`;
        out.replicationGroups!.push({ ReplicationGroupId: name, ARN: arn, MemberClusters: [`${name}-001`], NodeGroups: [{ PrimaryEndpoint: { Port: 6379 } }] });
        out.cacheClusters!.push({ CacheClusterId: `${name}-001`, ARN: `arn:aws:elasticache:${region}:${acct}:cluster:${name}-001`, ReplicationGroupId: name, Engine: 'redis', CacheSubnetGroupName: 'private', SecurityGroups: [{ SecurityGroupId: sg(i), Status: 'active' }] });
        if (tags.length) out.resourceTags!.push({ ResourceARN: arn, Tags: tags });
        break;
      }
      case 'table': {
        const arn = `arn:aws:dynamodb:${region}:${acct}:table/${name}`;
        const next = size.regions[(r + 1) % size.regions.length]!;
        out.tables!.push({ TableName: name, TableArn: arn, ...(i % 4 === 0 && next !== region ? { Replicas: [{ RegionName: next, ReplicaStatus: 'ACTIVE' }] } : {}) });
        if (tags.length) out.resourceTags!.push({ ResourceARN: arn, Tags: tags });
        break;
      }
    }
  }
  return out;
}

function bucketsOf(size: SyntheticSize): FakeBucket[] {
  return Array.from({ length: size.buckets }, (_, i) => {
    const region = size.regions[i % size.regions.length]!;
    const next = size.regions[(i + 1) % size.regions.length]!;
    const name = `synthetic-${size.accountId}-${String(i).padStart(5, '0')}`;
    const b: FakeBucket = { name, region };
    if (i % 50 === 0) b.grants = [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }];
    if (i % 7 === 0) b.publicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    if (i % 3 === 0) b.tags = [{ Key: 'data-classification', Value: i % 2 ? 'internal' : 'pii' }];
    if (i % 11 === 0) {
      b.policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${size.accountId}:root` }, Action: 's3:GetObject', Resource: `arn:aws:s3:::${name}/*` }] });
      b.policyIsPublic = false;
    }
    if (i % 40 === 0 && next !== region)
      b.replication = { Role: `arn:aws:iam::${size.accountId}:role/replication`, Rules: [{ ID: 'all', Status: 'Enabled', Destination: { Bucket: `arn:aws:s3:::synthetic-${size.accountId}-${String(i + 1).padStart(5, '0')}` } }] };
    return b;
  });
}

export function syntheticAccount(size: SyntheticSize): FakeAccount {
  return {
    id: size.accountId,
    accessKeyId: size.accessKeyId,
    enabledRegions: size.regions,
    regions: Object.fromEntries(size.regions.map((region, r) => [region, regionOf(size, r)])),
    buckets: bucketsOf(size),
  };
}

/** The largest page each list API allows (what a careful client asks for). */
export const SERVICE_PAGE_MAX = { ec2: 1000, routeTables: 100, egressOnly: 255, marker: 100, listTables: 100, tagging: 100, listBuckets: 10000, describeDomains: 5 } as const;

/**
 * The fewest calls that read every setting the rules need from `account`
 * in `regions` (with DescribeRegions when all regions are asked for): one
 * listing per kind with the largest pages, the per-bucket settings S3 has no
 * batch call for, DescribeDomains five at a time, one DescribeTable per table,
 * and a tagging call per service only where that service has resources.
 */
export function minimumCalls(account: FakeAccount, regions: string[], describeRegions: boolean, listingMax: number = SERVICE_PAGE_MAX.listBuckets): number {
  let calls = 1 + (describeRegions ? 1 : 0); // GetCallerIdentity
  calls += 1; // DescribeGlobalClusters, once per account
  for (const region of regions) {
    const d = account.regions[region] ?? {};
    const ec2 = (n: number | undefined, max: number = SERVICE_PAGE_MAX.ec2) => callsToList(n ?? 0, max);
    calls += ec2(d.vpcs?.length) + ec2(d.subnets?.length) + ec2(d.routeTables?.length, SERVICE_PAGE_MAX.routeTables) + ec2(d.internetGateways?.length);
    calls += ec2(d.egressOnlyInternetGateways?.length, SERVICE_PAGE_MAX.egressOnly) + ec2(d.natGateways?.length) + ec2(d.networkAcls?.length) + ec2(d.securityGroups?.length);
    calls += ec2(d.instances?.length) + ec2(d.networkInterfaces?.length) + 1; // DescribeAddresses is one call
    const m = (n: number | undefined) => callsToList(n ?? 0, SERVICE_PAGE_MAX.marker);
    calls += m(d.dbInstances?.length) + m(d.dbClusters?.length) + m(d.dbSubnetGroups?.length) + m(d.automatedBackups?.length);
    calls += m(d.redshiftClusters?.length) + m(d.redshiftSubnetGroups?.length);
    // Manual DB / DB cluster snapshots and owned EBS snapshots: the listings, then one sharing call per snapshot.
    const manual = (list: Array<{ SnapshotType?: string }> | undefined) => (list ?? []).filter((x) => (x.SnapshotType ?? 'manual') === 'manual').length;
    const [dbSnaps, clusterSnaps] = [manual(d.dbSnapshots), manual(d.dbClusterSnapshots)];
    const ebsSnaps = (d.ebsSnapshots ?? []).filter((x) => (x.OwnerId ?? account.id) === account.id).length;
    calls += m(dbSnaps) + dbSnaps + m(clusterSnaps) + clusterSnaps + ec2(ebsSnaps) + ebsSnaps;
    const domains = d.domains?.length ?? 0;
    calls += 1 + Math.ceil(domains / SERVICE_PAGE_MAX.describeDomains) + (domains > 0 ? 1 : 0);
    const caches = (d.replicationGroups?.length ?? 0) + (d.cacheClusters?.length ?? 0);
    calls += m(d.replicationGroups?.length) + m(d.cacheClusters?.length) + m(d.cacheSubnetGroups?.length) + m(d.globalReplicationGroups?.length) + (caches > 0 ? 1 : 0);
    const tables = d.tables?.length ?? 0;
    calls += callsToList(tables, SERVICE_PAGE_MAX.listTables) + tables + (tables > 0 ? 1 : 0);
  }
  const buckets = account.buckets ?? [];
  calls += callsToList(buckets.length, listingMax) + 1; // ListBuckets pages, S3 Control account block
  const names = new Set(buckets.map((b) => b.name));
  for (const b of buckets) {
    if (b.hideRegionInListing) calls += 1;
    if (!regions.includes(b.region)) continue;
    calls += 5 + (b.policy !== undefined ? 1 : 0);
    for (const rule of b.replication?.Rules ?? []) if (rule.Destination?.Bucket && !names.has(rule.Destination.Bucket.replace(/^arn:[^:]+:s3:::/, ''))) calls += 1;
  }
  return calls;
}
