/**
 * RPC answers (ECS, VPC, RDS, R-KVStore, DDS, STS) from the synthetic
 * account, in the JSON shapes the Alibaba Cloud API references document:
 * lists wrapped in their singular element (`SecurityGroups.SecurityGroup[]`),
 * numbers that the services send as strings kept as strings, and each API's
 * own paging.
 */
import type { FakeAlicloudAccount, FakeConnection, FakeRegion, FakeTag } from './account.js';
import { FakeApiError, numberedPage, tokenPage } from './paging.js';

export interface RpcContext {
  account: FakeAlicloudAccount;
  /** Issues temporary credentials (AssumeRole). */
  issueStsCredentials(roleArn: string): { accessKeyId: string; accessKeySecret: string; securityToken: string };
  /** Who is calling (the AccessKey id of the request), for GetCallerIdentity. */
  caller: { accessKeyId: string; roleArn?: string };
}

type Params = Record<string, string>;
type Handler = (p: Params, region: FakeRegion, ctx: RpcContext) => Record<string, unknown>;

const ecsTags = (tags: FakeTag[] | undefined) => ({ Tag: (tags ?? []).map((t) => ({ TagKey: t.key, TagValue: t.value })) });
const dbTags = (tags: FakeTag[] | undefined) => ({ Tag: (tags ?? []).map((t) => ({ Key: t.key, Value: t.value })) });

function requireId<T extends { id: string }>(items: T[] | undefined, id: string | undefined, what: string): T {
  const found = (items ?? []).find((i) => i.id === id);
  if (!found) throw new FakeApiError(`InvalidDBInstanceId.NotFound`, `The specified ${what} ${id ?? '(none)'} does not exist.`, 404);
  return found;
}

function eipsOf(region: FakeRegion): Array<{ id: string; ip: string; instanceId?: string; instanceType?: string }> {
  const bound = (region.instances ?? []).filter((i) => i.eip).map((i) => ({ id: i.eip!.id, ip: i.eip!.ip, instanceId: i.id, instanceType: 'EcsInstance' }));
  return [...bound, ...(region.eips ?? [])];
}

const ECS: Record<string, Handler> = {
  DescribeRegions: (_p, _r, ctx) => ({
    Regions: { Region: Object.keys(ctx.account.regions).map((id) => ({ RegionId: id, LocalName: id, RegionEndpoint: `ecs.${id}.aliyuncs.com` })) },
  }),
  DescribeSecurityGroups: (p, r) => {
    const { page, nextToken } = tokenPage(r.securityGroups ?? [], p, { default: 10, max: 100 });
    return {
      RegionId: p.RegionId,
      NextToken: nextToken,
      SecurityGroups: { SecurityGroup: page.map((g) => ({ SecurityGroupId: g.id, SecurityGroupName: g.name ?? g.id, VpcId: g.vpcId ?? '', SecurityGroupType: 'normal', Tags: ecsTags(g.tags) })) },
    };
  },
  DescribeSecurityGroupAttribute: (p, r) => {
    const group = (r.securityGroups ?? []).find((g) => g.id === p.SecurityGroupId);
    if (!group) throw new FakeApiError('InvalidSecurityGroupId.NotFound', `The specified security group ${p.SecurityGroupId} does not exist.`, 404);
    // VPC groups only have intranet rules; a classic group answers one NIC type per call (internet by default).
    const nic = group.vpcId ? 'intranet' : p.NicType === 'intranet' ? 'intranet' : 'internet';
    const direction = p.Direction && p.Direction !== 'all' ? p.Direction : undefined;
    const rules = group.rules.filter((rule) => (!direction || rule.direction === direction) && (group.vpcId || (rule.nicType ?? 'internet') === nic));
    const { page, nextToken } = tokenPage(rules, p, { default: 500, max: 1000 });
    return {
      RegionId: p.RegionId,
      SecurityGroupId: group.id,
      SecurityGroupName: group.name ?? group.id,
      VpcId: group.vpcId ?? '',
      InnerAccessPolicy: 'Accept',
      NextToken: nextToken,
      Permissions: {
        Permission: page.map((rule) => ({
          SecurityGroupRuleId: rule.id ?? `sgr-${group.id.replace(/^sg-/, '')}-${group.rules.indexOf(rule)}`,
          Direction: rule.direction,
          IpProtocol: rule.protocol,
          PortRange: rule.portRange,
          Policy: rule.policy ?? 'Accept',
          Priority: String(rule.priority ?? 1),
          SourceCidrIp: rule.sourceCidr ?? '',
          Ipv6SourceCidrIp: rule.ipv6SourceCidr ?? '',
          SourceGroupId: rule.sourceGroupId ?? '',
          SourcePrefixListId: '',
          DestCidrIp: '',
          NicType: nic,
          Description: rule.description ?? '',
        })),
      },
    };
  },
  DescribeInstances: (p, r) => {
    const { page, nextToken } = tokenPage(r.instances ?? [], p, { default: 10, max: 100 });
    return {
      NextToken: nextToken,
      Instances: {
        Instance: page.map((i) => ({
          InstanceId: i.id,
          InstanceName: i.name ?? i.id,
          RegionId: p.RegionId,
          InstanceNetworkType: 'vpc',
          InternetMaxBandwidthOut: i.bandwidthOut ?? (i.publicIp ? 5 : 0),
          PublicIpAddress: { IpAddress: i.publicIp ? [i.publicIp] : [] },
          EipAddress: { IpAddress: i.eip?.ip ?? '', AllocationId: i.eip?.id ?? '' },
          VpcAttributes: { VpcId: i.vpcId, VSwitchId: i.vswitchId, PrivateIpAddress: { IpAddress: ['172.16.0.10'] } },
          SecurityGroupIds: { SecurityGroupId: i.securityGroupIds },
          Tags: ecsTags(i.tags),
        })),
      },
    };
  },
};

const VPC: Record<string, Handler> = {
  DescribeVpcs: (p, r) => {
    const { page, number, size } = numberedPage(r.vpcs ?? [], p.PageNumber, p.PageSize, { default: 10, max: 50 });
    return { TotalCount: (r.vpcs ?? []).length, PageNumber: number, PageSize: size, Vpcs: { Vpc: page.map((v) => ({ VpcId: v.id, VpcName: v.name ?? v.id, CidrBlock: v.cidr, Ipv6CidrBlock: v.ipv6Cidr ?? '', IsDefault: false, RegionId: p.RegionId })) } };
  },
  DescribeVSwitches: (p, r) => {
    const { page, number, size } = numberedPage(r.vswitches ?? [], p.PageNumber, p.PageSize, { default: 10, max: 50 });
    return { TotalCount: (r.vswitches ?? []).length, PageNumber: number, PageSize: size, VSwitches: { VSwitch: page.map((s) => ({ VSwitchId: s.id, VpcId: s.vpcId, CidrBlock: s.cidr, ZoneId: s.zone ?? `${p.RegionId}a`, IsDefault: false })) } };
  },
  DescribeEipAddresses: (p, r) => {
    const all = eipsOf(r);
    const { page, number, size } = numberedPage(all, p.PageNumber, p.PageSize, { default: 10, max: 100 });
    return {
      TotalCount: all.length,
      PageNumber: number,
      PageSize: size,
      EipAddresses: { EipAddress: page.map((e) => ({ AllocationId: e.id, IpAddress: e.ip, InstanceId: e.instanceId ?? '', InstanceType: e.instanceType ?? '', Status: e.instanceId ? 'InUse' : 'Available', RegionId: p.RegionId })) },
    };
  },
};

const connectionPort = (c: FakeConnection) => String(c.port);

const RDS: Record<string, Handler> = {
  DescribeDBInstances: (p, r) => {
    const { page, number } = numberedPage(r.rds ?? [], p.PageNumber, p.PageSize, { default: 30, max: 100 });
    return {
      TotalRecordCount: (r.rds ?? []).length,
      PageNumber: number,
      PageRecordCount: page.length,
      Items: {
        DBInstance: page.map((d) => ({
          DBInstanceId: d.id,
          DBInstanceDescription: d.description ?? d.id,
          Engine: d.engine,
          EngineVersion: d.engineVersion ?? '',
          RegionId: p.RegionId,
          InstanceNetworkType: d.vpcId ? 'VPC' : 'Classic',
          VpcId: d.vpcId ?? '',
          VSwitchId: d.vswitchId ?? '',
          DBInstanceNetType: d.connections.some((c) => c.type === 'Public') ? 'Internet' : 'Intranet',
        })),
      },
    };
  },
  DescribeDBInstanceNetInfo: (p, r) => {
    const d = requireId(r.rds, p.DBInstanceId, 'DB instance');
    return {
      InstanceNetworkType: d.vpcId ? 'VPC' : 'Classic',
      SecurityIPMode: 'normal',
      DBInstanceNetInfos: {
        DBInstanceNetInfo: d.connections.map((c) => ({ ConnectionString: c.address, IPAddress: '47.0.0.1', IPType: c.type, Port: connectionPort(c), VPCId: c.type === 'Private' ? d.vpcId ?? '' : '', VSwitchId: '', ConnectionStringType: 'Normal' })),
      },
    };
  },
  DescribeDBInstanceIPArrayList: (p, r) => {
    const d = requireId(r.rds, p.DBInstanceId, 'DB instance');
    return {
      Items: { DBInstanceIPArray: d.allowlists.map((l) => ({ DBInstanceIPArrayName: l.name, DBInstanceIPArrayAttribute: l.attribute ?? '', SecurityIPType: 'IPv4', SecurityIPList: l.ips.join(','), WhitelistNetworkType: 'MIX' })) },
    };
  },
  DescribeCrossRegionBackupDBInstance: (p, r) => {
    const enabled = (r.rds ?? []).filter((d) => d.crossBackupRegion);
    const { page, number, size } = numberedPage(enabled, p.PageNumber, p.PageSize, { default: 30, max: 100 });
    return {
      RegionId: p.RegionId,
      TotalRecords: enabled.length,
      PageNumber: number,
      PageSize: size,
      ItemsNumbers: page.length,
      Items: { Item: page.map((d) => ({ DBInstanceId: d.id, Engine: d.engine, BackupEnabled: 'Enable', LogBackupEnabled: 'Enable', CrossBackupRegion: d.crossBackupRegion, CrossBackupType: '1' })) },
    };
  },
};

const KVSTORE: Record<string, Handler> = {
  DescribeInstances: (p, r) => {
    const { page, number, size } = numberedPage(r.redis ?? [], p.PageNumber, p.PageSize, { default: 30, max: 50 });
    return {
      TotalCount: (r.redis ?? []).length,
      PageNumber: number,
      PageSize: size,
      Instances: {
        KVStoreInstance: page.map((k) => ({
          InstanceId: k.id,
          InstanceName: k.id,
          InstanceType: 'Redis',
          EngineVersion: k.engineVersion ?? '5.0',
          NetworkType: k.vpcId ? 'VPC' : 'CLASSIC',
          VpcId: k.vpcId ?? '',
          VSwitchId: k.vswitchId ?? '',
          Port: k.port ?? 6379,
          RegionId: p.RegionId,
          Tags: dbTags(k.tags),
        })),
      },
    };
  },
  DescribeSecurityIps: (p, r) => {
    const k = requireId(r.redis, p.InstanceId, 'instance');
    return { SecurityIpGroups: { SecurityIpGroup: k.allowlists.map((l) => ({ SecurityIpGroupName: l.name, SecurityIpGroupAttribute: l.attribute ?? '', SecurityIpList: l.ips.join(',') })) } };
  },
  DescribeDBInstanceNetInfo: (p, r) => {
    const k = requireId(r.redis, p.InstanceId, 'instance');
    return {
      InstanceNetworkType: k.vpcId ? 'VPC' : 'CLASSIC',
      NetInfoItems: {
        InstanceNetInfo: k.connections.map((c) => ({ ConnectionString: c.address, IPAddress: '47.0.0.2', IPType: c.type, Port: connectionPort(c), VPCId: c.type === 'Private' ? k.vpcId ?? '' : '', DBInstanceNetType: c.type === 'Public' ? '0' : c.type === 'Inner' ? '1' : '2' })),
      },
    };
  },
};

const DDS: Record<string, Handler> = {
  DescribeDBInstances: (p, r) => {
    // Without DBInstanceType the service lists replica set instances only.
    const kind = p.DBInstanceType === 'sharding' ? 'sharding' : 'replicate';
    const all = (r.mongodb ?? []).filter((m) => m.kind === kind);
    const { page, number, size } = numberedPage(all, p.PageNumber, p.PageSize, { default: 30, max: 100 });
    return {
      TotalCount: all.length,
      PageNumber: number,
      PageSize: size,
      DBInstances: {
        DBInstance: page.map((m) => ({ DBInstanceId: m.id, DBInstanceType: m.kind, Engine: 'MongoDB', EngineVersion: m.engineVersion ?? '4.4', NetworkType: m.vpcId ? 'VPC' : 'Classic', VpcId: m.vpcId ?? '', VSwitchId: m.vswitchId ?? '', RegionId: p.RegionId, Tags: dbTags(m.tags) })),
      },
    };
  },
  DescribeSecurityIps: (p, r) => {
    const m = requireId(r.mongodb, p.DBInstanceId, 'instance');
    return {
      SecurityIps: m.allowlists.flatMap((l) => l.ips).join(','),
      SecurityIpGroups: { SecurityIpGroup: m.allowlists.map((l) => ({ SecurityIpGroupName: l.name, SecurityIpGroupAttribute: l.attribute ?? '', SecurityIpList: l.ips.join(',') })) },
    };
  },
  DescribeReplicaSetRole: (p, r) => {
    const m = requireId(r.mongodb, p.DBInstanceId, 'instance');
    if (m.kind !== 'replicate') throw new FakeApiError('InstanceType.NotSupport', 'The operation is not supported for sharded cluster instances.', 400);
    return {
      DBInstanceId: m.id,
      ReplicaSets: { ReplicaSet: m.connections.map((c, i) => ({ ReplicaSetRole: i === 0 ? 'Primary' : 'Secondary', ConnectionDomain: c.address, ConnectionPort: connectionPort(c), NetworkType: c.type, VPCId: c.type === 'VPC' ? m.vpcId ?? '' : '', RoleId: String(100 + i) })) },
    };
  },
  DescribeShardingNetworkAddress: (p, r) => {
    const m = requireId(r.mongodb, p.DBInstanceId, 'instance');
    if (m.kind !== 'sharding') throw new FakeApiError('InstanceType.NotSupport', 'The operation applies to sharded cluster instances only.', 400);
    return {
      NetworkAddresses: { NetworkAddress: m.connections.map((c, i) => ({ NetworkAddress: c.address, IPAddress: '47.0.0.3', NetworkType: c.type, Port: connectionPort(c), NodeType: c.nodeType ?? 'mongos', NodeId: `s-${i}`, Role: 'Primary', VPCId: c.type === 'VPC' ? m.vpcId ?? '' : '' })) },
      CompatibleConnections: { CompatibleConnection: [] },
    };
  },
};

const STS: Record<string, Handler> = {
  GetCallerIdentity: (_p, _r, ctx) => ({
    AccountId: ctx.account.accountId,
    Arn: ctx.caller.roleArn ? `${ctx.caller.roleArn.replace(':role/', ':assumed-role/')}/leakproof` : `acs:ram::${ctx.account.accountId}:user/auditor`,
    UserId: ctx.caller.accessKeyId.startsWith('STS.') ? '300000000000000001' : '200000000000000001',
    IdentityType: ctx.caller.roleArn ? 'AssumedRoleUser' : 'RAMUser',
  }),
  AssumeRole: (p, _r, ctx) => {
    if (!p.RoleArn || !(ctx.account.roles ?? []).includes(p.RoleArn))
      throw new FakeApiError('EntityNotExist.Role', `The role ${p.RoleArn ?? '(none)'} does not exist or may not be assumed.`, 404);
    if (!p.RoleSessionName) throw new FakeApiError('MissingRoleSessionName', 'RoleSessionName is mandatory for this action.', 400);
    const c = ctx.issueStsCredentials(p.RoleArn);
    return {
      Credentials: { AccessKeyId: c.accessKeyId, AccessKeySecret: c.accessKeySecret, SecurityToken: c.securityToken, Expiration: new Date(Date.now() + 3600_000).toISOString() },
      AssumedRoleUser: { Arn: `${p.RoleArn.replace(':role/', ':assumed-role/')}/${p.RoleSessionName}`, AssumedRoleId: '300000000000000001:leakproof' },
    };
  },
};

/** Products by the API version their requests carry (each product has its own). */
export const RPC_PRODUCTS: Record<string, { product: string; handlers: Record<string, Handler> }> = {
  '2014-05-26': { product: 'ecs', handlers: ECS },
  '2016-04-28': { product: 'vpc', handlers: VPC },
  '2014-08-15': { product: 'rds', handlers: RDS },
  '2015-01-01': { product: 'kvstore', handlers: KVSTORE },
  '2015-12-01': { product: 'dds', handlers: DDS },
  '2015-04-01': { product: 'sts', handlers: STS },
};

export function rpcAnswer(version: string, action: string, params: Params, ctx: RpcContext): { product: string; body: Record<string, unknown> } {
  const spec = RPC_PRODUCTS[version];
  if (!spec) throw new FakeApiError('InvalidVersion', `Specified parameter Version ${version} is not valid.`, 400);
  const handler = spec.handlers[action];
  if (!handler) throw new FakeApiError('InvalidAction.NotFound', `Specified api ${action} is not found, please check your url and method.`, 404);
  const region = ctx.account.regions[params.RegionId ?? ''] ?? {};
  return { product: spec.product, body: handler(params, region, ctx) };
}
