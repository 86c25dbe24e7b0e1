/**
 * A large synthetic Alibaba Cloud account for the benchmark, built
 * deterministically from a few counts, and the minimum number of API calls an
 * audit of it needs (every list at its API's largest page, one detail call
 * per resource where no batch call exists).
 */
import type { FakeAlicloudAccount, FakeRegion } from './alicloud-endpoint/account.js';

export interface SyntheticShape {
  regions: number;
  securityGroupsPerRegion: number;
  instancesPerRegion: number;
  /** Databases per region, split across RDS, Redis, MongoDB and Elasticsearch. */
  databasesPerRegion: number;
  buckets: number;
}

const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'eu-central-1', 'ap-southeast-1', 'us-west-1', 'eu-west-1', 'ap-northeast-1', 'cn-beijing'];

export const SYNTHETIC_KEY = { accessKeyId: 'LTAI5tBenchmarkAccount01', accessKeySecret: 'benchmark-secret' };

function region(r: string, shape: SyntheticShape): FakeRegion {
  const quarter = Math.floor(shape.databasesPerRegion / 4);
  const rest = shape.databasesPerRegion - 3 * quarter;
  const vpcId = `vpc-${r}`;
  const vswitchId = `vsw-${r}`;
  const open = (i: number) => i % 50 === 0;
  return {
    vpcs: [{ id: vpcId, cidr: '10.0.0.0/8' }],
    vswitches: [{ id: vswitchId, vpcId, cidr: '10.1.0.0/16' }],
    securityGroups: Array.from({ length: shape.securityGroupsPerRegion }, (_, i) => ({
      id: `sg-${r}-${i}`,
      vpcId,
      rules: [
        { direction: 'ingress' as const, protocol: 'TCP', portRange: '443/443', sourceCidr: open(i) ? '0.0.0.0/0' : '10.0.0.0/8', priority: 1 },
        { direction: 'ingress' as const, protocol: 'TCP', portRange: '22/22', sourceCidr: '10.0.0.0/8', priority: 1 },
        { direction: 'ingress' as const, protocol: 'TCP', portRange: '3306/3306', sourceGroupId: `sg-${r}-0`, priority: 1 },
      ],
    })),
    instances: Array.from({ length: shape.instancesPerRegion }, (_, i) => ({
      id: `i-${r}-${i}`,
      vpcId,
      vswitchId,
      securityGroupIds: [`sg-${r}-${i % Math.max(1, shape.securityGroupsPerRegion)}`],
      ...(open(i) ? { publicIp: `47.0.${i % 250}.1` } : {}),
    })),
    rds: Array.from({ length: quarter }, (_, i) => ({
      id: `rm-${r}-${i}`,
      engine: 'MySQL',
      vpcId,
      vswitchId,
      connections: [{ type: 'Private', address: `rm-${i}.mysql.rds.aliyuncs.com`, port: 3306 }, ...(open(i) ? [{ type: 'Public', address: `rm-${i}-pub.mysql.rds.aliyuncs.com`, port: 3306 }] : [])],
      allowlists: [{ name: 'default', ips: open(i) ? ['0.0.0.0/0'] : ['10.0.0.0/8'] }],
      ...(i % 100 === 1 ? { crossBackupRegion: 'cn-hangzhou' } : {}),
    })),
    redis: Array.from({ length: quarter }, (_, i) => ({ id: `r-${r}-${i}`, vpcId, vswitchId, connections: [{ type: 'Private', address: `r-${i}.redis.rds.aliyuncs.com`, port: 6379 }], allowlists: [{ name: 'default', ips: ['10.0.0.0/8'] }] })),
    mongodb: Array.from({ length: quarter }, (_, i) => ({
      id: `dds-${r}-${i}`,
      kind: i % 2 === 0 ? ('replicate' as const) : ('sharding' as const),
      vpcId,
      vswitchId,
      connections: [{ type: 'VPC', address: `dds-${i}.mongodb.rds.aliyuncs.com`, port: 3717 }],
      allowlists: [{ name: 'default', ips: ['10.0.0.0/8'] }],
    })),
    elasticsearch: Array.from({ length: rest }, (_, i) => ({
      id: `es-${r}-${i}`,
      version: '7.10.0_with_X-Pack',
      vpcId,
      vswitchId,
      enablePublic: open(i),
      publicWhitelist: open(i) ? ['0.0.0.0/0'] : [],
      enableKibanaPublic: false,
      kibanaWhitelist: [],
    })),
  };
}

export function syntheticAccount(shape: SyntheticShape): FakeAlicloudAccount {
  const regions = REGIONS.slice(0, shape.regions);
  return {
    accountId: '1999000000000001',
    ...SYNTHETIC_KEY,
    regions: Object.fromEntries(regions.map((r) => [r, region(r, shape)])),
    buckets: Array.from({ length: shape.buckets }, (_, i) => ({
      name: `bench-bucket-${String(i).padStart(5, '0')}`,
      region: regions[i % regions.length]!,
      acl: i % 100 === 0 ? ('public-read' as const) : ('private' as const),
      ...(i % 200 === 7 ? { replication: [{ id: 'rule-1', destBucket: `replica-${i}`, destRegion: 'cn-hangzhou' }] } : {}),
    })),
  };
}

/** Pages of a list of n at `size` a page: an empty list still takes one call. */
const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size));

/** The fewest calls that read the whole account, by `product:Operation`. */
export function minimumCalls(account: FakeAlicloudAccount): Map<string, number> {
  const out = new Map<string, number>();
  const add = (action: string, n: number) => out.set(action, (out.get(action) ?? 0) + n);
  add('sts:GetCallerIdentity', 1);
  for (const r of Object.values(account.regions)) {
    const len = (xs: unknown[] | undefined) => xs?.length ?? 0;
    add('ecs:DescribeSecurityGroups', pages(len(r.securityGroups), 100));
    for (const g of r.securityGroups ?? []) add('ecs:DescribeSecurityGroupAttribute', g.vpcId ? pages(g.rules.length, 1000) : 2 * pages(g.rules.length, 1000));
    add('ecs:DescribeInstances', pages(len(r.instances), 100));
    add('vpc:DescribeVpcs', pages(len(r.vpcs), 50));
    add('vpc:DescribeVSwitches', pages(len(r.vswitches), 50));
    add('vpc:DescribeEipAddresses', pages(len(r.eips) + (r.instances ?? []).filter((i) => i.eip).length, 100));
    add('rds:DescribeDBInstances', pages(len(r.rds), 100));
    add('rds:DescribeDBInstanceNetInfo', len(r.rds));
    add('rds:DescribeDBInstanceIPArrayList', len(r.rds));
    add('rds:DescribeCrossRegionBackupDBInstance', pages((r.rds ?? []).filter((d) => d.crossBackupRegion).length, 100));
    add('kvstore:DescribeInstances', pages(len(r.redis), 50));
    add('kvstore:DescribeDBInstanceNetInfo', len(r.redis));
    add('kvstore:DescribeSecurityIps', len(r.redis));
    const mongo = r.mongodb ?? [];
    add('dds:DescribeDBInstances', pages(mongo.filter((m) => m.kind === 'replicate').length, 100) + pages(mongo.filter((m) => m.kind === 'sharding').length, 100));
    add('dds:DescribeReplicaSetRole', mongo.filter((m) => m.kind === 'replicate').length);
    add('dds:DescribeShardingNetworkAddress', mongo.filter((m) => m.kind === 'sharding').length);
    add('dds:DescribeSecurityIps', mongo.length);
    add('elasticsearch:ListInstance', pages(len(r.elasticsearch), 100));
    add('elasticsearch:DescribeInstance', len(r.elasticsearch));
  }
  const audited = new Set(Object.keys(account.regions));
  const buckets = (account.buckets ?? []).filter((b) => audited.has(b.region)).length;
  add('oss:ListBuckets', pages(account.buckets?.length ?? 0, 1000));
  add('oss:GetPublicAccessBlock', 1);
  for (const op of ['GetBucketAcl', 'GetBucketPolicy', 'GetBucketReplication', 'GetBucketPublicAccessBlock']) add(`oss:${op}`, buckets);
  return out;
}
