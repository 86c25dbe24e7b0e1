/**
 * Operations of the query-protocol services the audit reads (EC2, RDS,
 * Redshift, ElastiCache, STS), answered from the fake cloud's data with each
 * API's own paging parameters and maximum page sizes.
 */
import type { FakeAccount, FakeCloud, FakeRegion } from './cloud.js';
import { FakeError, page } from './paging.js';

export interface QueryCall {
  cloud: FakeCloud;
  account: FakeAccount;
  region: string;
  /** The form parameters, flattened (`Filter.1.Name`). */
  params: URLSearchParams;
  /** Issues temporary keys for an assumed role in `account`. */
  issueKeys(account: FakeAccount): { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
  accounts: FakeAccount[];
}

type Handler = (call: QueryCall) => object;

const cap = (call: QueryCall, key: string) => call.cloud.maxPageSize?.[key] ?? call.cloud.maxPageSize?.['*'];
const num = (v: string | null) => (v === null ? undefined : Number(v));

function regionData(call: QueryCall): FakeRegion {
  return call.account.regions[call.region] ?? {};
}

/** EC2 paging: MaxResults (5..max) and NextToken. */
function ec2List<T>(call: QueryCall, key: string, items: T[] | undefined, max: number, field: string): object {
  const requested = num(call.params.get('MaxResults'));
  if (requested !== undefined && (requested < 5 || requested > max)) throw new FakeError('InvalidParameterValue', 400, `MaxResults must be between 5 and ${max}`);
  const p = page(items ?? [], call.params.get('NextToken') ?? undefined, requested, max, cap(call, key));
  return { [field]: p.items, ...(p.next ? { NextToken: p.next } : {}) };
}

/** RDS, Redshift, ElastiCache paging: MaxRecords (20..100) and Marker. */
function markerList<T>(call: QueryCall, key: string, items: T[] | undefined, field: string): object {
  const requested = num(call.params.get('MaxRecords'));
  if (requested !== undefined && (requested < 20 || requested > 100)) throw new FakeError('InvalidParameterValue', 400, 'MaxRecords must be between 20 and 100');
  const p = page(items ?? [], call.params.get('Marker') ?? undefined, requested, 100, cap(call, key));
  return { [field]: p.items, ...(p.next ? { Marker: p.next } : {}) };
}

/** The values of a repeated query parameter (`Owner.1`, `Owner.2`, ...). */
function listParam(call: QueryCall, name: string): string[] {
  const out: string[] = [];
  for (let i = 1; call.params.has(`${name}.${i}`); i++) out.push(call.params.get(`${name}.${i}`)!);
  return out;
}

/** Manual or automated, as DescribeDBSnapshots / DescribeDBClusterSnapshots filter by SnapshotType (fixtures without a type count as manual). */
function ofSnapshotType<T extends { SnapshotType?: string }>(call: QueryCall, items: T[] | undefined): T[] {
  const wanted = call.params.get('SnapshotType');
  return (items ?? []).filter((s) => !wanted || (s.SnapshotType ?? 'manual') === wanted);
}

function restoreAttribute(call: QueryCall, id: string | null, exists: boolean, notFound: string) {
  if (!id || !exists) throw new FakeError(notFound, 404, `Snapshot ${id ?? ''} not found.`);
  return [{ AttributeName: 'restore', AttributeValues: regionData(call).snapshotRestore?.[id] ?? [] }];
}

export const EC2_HANDLERS: Record<string, Handler> = {
  DescribeRegions: (call) => ({
    Regions: call.account.enabledRegions.map((r) => ({ RegionName: r, Endpoint: `ec2.${r}.amazonaws.com`, OptInStatus: 'opt-in-not-required' })),
  }),
  DescribeVpcs: (call) => ec2List(call, 'ec2:DescribeVpcs', regionData(call).vpcs, 1000, 'Vpcs'),
  DescribeSubnets: (call) => ec2List(call, 'ec2:DescribeSubnets', regionData(call).subnets, 1000, 'Subnets'),
  DescribeRouteTables: (call) => ec2List(call, 'ec2:DescribeRouteTables', regionData(call).routeTables, 100, 'RouteTables'),
  DescribeInternetGateways: (call) => ec2List(call, 'ec2:DescribeInternetGateways', regionData(call).internetGateways, 1000, 'InternetGateways'),
  DescribeEgressOnlyInternetGateways: (call) =>
    ec2List(call, 'ec2:DescribeEgressOnlyInternetGateways', regionData(call).egressOnlyInternetGateways, 255, 'EgressOnlyInternetGateways'),
  DescribeNatGateways: (call) => ec2List(call, 'ec2:DescribeNatGateways', regionData(call).natGateways, 1000, 'NatGateways'),
  DescribeNetworkAcls: (call) => ec2List(call, 'ec2:DescribeNetworkAcls', regionData(call).networkAcls, 1000, 'NetworkAcls'),
  DescribeSecurityGroups: (call) => ec2List(call, 'ec2:DescribeSecurityGroups', regionData(call).securityGroups, 1000, 'SecurityGroups'),
  DescribeInstances: (call) => {
    const listed = ec2List(call, 'ec2:DescribeInstances', regionData(call).instances, 1000, 'Instances') as { Instances: unknown[]; NextToken?: string };
    // Instances come in reservations (one launch each).
    return {
      Reservations: listed.Instances.map((i, n) => ({ ReservationId: `r-${n.toString(16).padStart(17, '0')}`, OwnerId: call.account.id, Instances: [i] })),
      ...(listed.NextToken ? { NextToken: listed.NextToken } : {}),
    };
  },
  DescribeNetworkInterfaces: (call) => ec2List(call, 'ec2:DescribeNetworkInterfaces', regionData(call).networkInterfaces, 1000, 'NetworkInterfaces'),
  // Not paginated: every Elastic IP of the region in one reply.
  DescribeAddresses: (call) => ({ Addresses: regionData(call).addresses ?? [] }),
  DescribeSnapshots: (call) => {
    // `self` is the caller's account; other owners are named by id.
    const owners = listParam(call, 'Owner').map((o) => (o === 'self' ? call.account.id : o));
    const all = regionData(call).ebsSnapshots ?? [];
    return ec2List(call, 'ec2:DescribeSnapshots', owners.length ? all.filter((s) => owners.includes(s.OwnerId ?? call.account.id)) : all, 1000, 'Snapshots');
  },
  DescribeSnapshotAttribute: (call) => {
    const id = call.params.get('SnapshotId');
    if (call.params.get('Attribute') !== 'createVolumePermission') throw new FakeError('InvalidParameterValue', 400, 'only createVolumePermission is served');
    if (!id || !(regionData(call).ebsSnapshots ?? []).some((s) => s.SnapshotId === id)) throw new FakeError('InvalidSnapshot.NotFound', 400, `The snapshot '${id ?? ''}' does not exist.`);
    return { SnapshotId: id, CreateVolumePermissions: regionData(call).volumePermissions?.[id] ?? [] };
  },
};

export const RDS_HANDLERS: Record<string, Handler> = {
  DescribeDBInstances: (call) => markerList(call, 'rds:DescribeDBInstances', regionData(call).dbInstances, 'DBInstances'),
  DescribeDBClusters: (call) => markerList(call, 'rds:DescribeDBClusters', regionData(call).dbClusters, 'DBClusters'),
  DescribeDBSubnetGroups: (call) => markerList(call, 'rds:DescribeDBSubnetGroups', regionData(call).dbSubnetGroups, 'DBSubnetGroups'),
  DescribeDBInstanceAutomatedBackups: (call) =>
    markerList(call, 'rds:DescribeDBInstanceAutomatedBackups', regionData(call).automatedBackups, 'DBInstanceAutomatedBackups'),
  DescribeGlobalClusters: (call) => markerList(call, 'rds:DescribeGlobalClusters', call.account.globalClusters, 'GlobalClusters'),
  DescribeDBSnapshots: (call) => markerList(call, 'rds:DescribeDBSnapshots', ofSnapshotType(call, regionData(call).dbSnapshots), 'DBSnapshots'),
  DescribeDBClusterSnapshots: (call) => markerList(call, 'rds:DescribeDBClusterSnapshots', ofSnapshotType(call, regionData(call).dbClusterSnapshots), 'DBClusterSnapshots'),
  DescribeDBSnapshotAttributes: (call) => {
    const id = call.params.get('DBSnapshotIdentifier');
    const exists = (regionData(call).dbSnapshots ?? []).some((s) => s.DBSnapshotIdentifier === id);
    return { DBSnapshotAttributesResult: { DBSnapshotIdentifier: id, DBSnapshotAttributes: restoreAttribute(call, id, exists, 'DBSnapshotNotFound') } };
  },
  DescribeDBClusterSnapshotAttributes: (call) => {
    const id = call.params.get('DBClusterSnapshotIdentifier');
    const exists = (regionData(call).dbClusterSnapshots ?? []).some((s) => s.DBClusterSnapshotIdentifier === id);
    return { DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: id, DBClusterSnapshotAttributes: restoreAttribute(call, id, exists, 'DBClusterSnapshotNotFoundFault') } };
  },
};

export const REDSHIFT_HANDLERS: Record<string, Handler> = {
  DescribeClusters: (call) => markerList(call, 'redshift:DescribeClusters', regionData(call).redshiftClusters, 'Clusters'),
  DescribeClusterSubnetGroups: (call) => markerList(call, 'redshift:DescribeClusterSubnetGroups', regionData(call).redshiftSubnetGroups, 'ClusterSubnetGroups'),
};

export const ELASTICACHE_HANDLERS: Record<string, Handler> = {
  DescribeReplicationGroups: (call) => markerList(call, 'elasticache:DescribeReplicationGroups', regionData(call).replicationGroups, 'ReplicationGroups'),
  DescribeCacheClusters: (call) => markerList(call, 'elasticache:DescribeCacheClusters', regionData(call).cacheClusters, 'CacheClusters'),
  DescribeCacheSubnetGroups: (call) => markerList(call, 'elasticache:DescribeCacheSubnetGroups', regionData(call).cacheSubnetGroups, 'CacheSubnetGroups'),
  DescribeGlobalReplicationGroups: (call) =>
    markerList(call, 'elasticache:DescribeGlobalReplicationGroups', regionData(call).globalReplicationGroups, 'GlobalReplicationGroups'),
};

export const STS_HANDLERS: Record<string, Handler> = {
  GetCallerIdentity: (call) => ({ Account: call.account.id, Arn: `arn:aws:iam::${call.account.id}:user/auditor`, UserId: 'AIDAFAKEAUDITOR' }),
  AssumeRole: (call) => {
    const roleArn = call.params.get('RoleArn') ?? '';
    const m = /^arn:[^:]+:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
    const target = m ? call.accounts.find((a) => a.id === m[1]) : undefined;
    if (!m || !target || !(target.roles ?? []).includes(m[2]!))
      throw new FakeError('AccessDenied', 403, `User: arn:aws:iam::${call.account.id}:user/auditor is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
    const keys = call.issueKeys(target);
    const session = call.params.get('RoleSessionName') ?? 'session';
    return {
      Credentials: { ...keys, Expiration: new Date(Date.now() + 3600_000) },
      AssumedRoleUser: { Arn: `arn:aws:sts::${target.id}:assumed-role/${m[2]}/${session}`, AssumedRoleId: `AROAFAKE:${session}` },
    };
  },
};
