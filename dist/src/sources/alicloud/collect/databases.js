/**
 * ApsaraDB RDS, Redis (R-KVStore) and MongoDB (DDS): each instance with its
 * connection addresses (which of them are public) and its IP allowlists, and
 * RDS cross-region backup settings. Listing an instance and reading its
 * details are separate parts: an instance whose allowlist could not be read is
 * still in the model, with that allowlist unknown.
 */
import { okPart } from '../../live/coverage.js';
import { regionSnapshot } from '../snapshot.js';
import { allByPageNumber, items, numberField, splitIps, tagsOf, text } from './wire.js';
function listPaged(ctx, product, operation, pageSize, extra, read) {
    return allByPageNumber(pageSize, async (page) => read(await ctx.session.api.rpc(product, ctx.region, operation, { PageNumber: page, PageSize: pageSize, ...extra })));
}
/** The per-instance detail parts: connections and allowlists, read at the same time. */
async function withDetails(ctx, product, base, connections, allowlists) {
    const label = `${product === 'rds' ? 'RDS instance' : product === 'kvstore' ? 'Redis instance' : 'MongoDB instance'} ${base.id}`;
    const [conn, lists] = await Promise.all([
        ctx.part({ region: ctx.region, service: product, scope: `${label}: connection addresses`, apiCall: `${product}:${connections.operation}` }, connections.read),
        ctx.part({ region: ctx.region, service: product, scope: `${label}: IP allowlists`, apiCall: `${product}:${allowlists.operation}` }, allowlists.read),
    ]);
    return { ...base, connections: conn, allowlists: lists };
}
async function listThenDetail(listed, detail) {
    if (!listed.ok)
        return listed;
    return okPart(await Promise.all(listed.value.map(detail)));
}
// ---- RDS
async function rdsInstances(ctx) {
    const listed = await ctx.part({ region: ctx.region, service: 'rds', scope: 'RDS instances', apiCall: 'rds:DescribeDBInstances' }, () => listPaged(ctx, 'rds', 'DescribeDBInstances', 100, {}, (r) => ({ page: items(r, 'Items', 'DBInstance'), total: numberField(r, 'TotalRecordCount') })));
    return listThenDetail(listed, (d) => {
        const id = text(d, 'DBInstanceId');
        return withDetails(ctx, 'rds', { id, engine: text(d, 'Engine') ?? '', ...opt('engineVersion', text(d, 'EngineVersion')), ...opt('vpcId', text(d, 'VpcId')), ...opt('vswitchId', text(d, 'VSwitchId')), tags: [] }, {
            operation: 'DescribeDBInstanceNetInfo',
            read: async () => {
                const reply = await ctx.session.api.rpc('rds', ctx.region, 'DescribeDBInstanceNetInfo', { DBInstanceId: id });
                return items(reply, 'DBInstanceNetInfos', 'DBInstanceNetInfo').map((n) => ({ type: text(n, 'IPType') ?? '', address: text(n, 'ConnectionString') ?? text(n, 'IPAddress') ?? '', ...opt('port', numberField(n, 'Port')) }));
            },
        }, {
            operation: 'DescribeDBInstanceIPArrayList',
            read: async () => {
                const reply = await ctx.session.api.rpc('rds', ctx.region, 'DescribeDBInstanceIPArrayList', { DBInstanceId: id });
                return items(reply, 'Items', 'DBInstanceIPArray').map((a) => ({ name: text(a, 'DBInstanceIPArrayName') ?? 'default', ips: splitIps(text(a, 'SecurityIPList')), ...opt('attribute', text(a, 'DBInstanceIPArrayAttribute')) }));
            },
        });
    });
}
/** One call a region (paged) lists every instance whose backups are copied to another region. */
function rdsCrossBackup(ctx) {
    return ctx.part({ region: ctx.region, service: 'rds', scope: 'RDS cross-region backup settings', apiCall: 'rds:DescribeCrossRegionBackupDBInstance' }, async () => {
        const list = await listPaged(ctx, 'rds', 'DescribeCrossRegionBackupDBInstance', 100, {}, (r) => ({ page: items(r, 'Items', 'Item'), total: numberField(r, 'TotalRecords') }));
        return list.map((i) => ({ instanceId: text(i, 'DBInstanceId') ?? '', enabled: text(i, 'BackupEnabled') === 'Enable', ...opt('destinationRegion', text(i, 'CrossBackupRegion')) }));
    });
}
// ---- Redis (R-KVStore)
async function redisInstances(ctx) {
    const listed = await ctx.part({ region: ctx.region, service: 'kvstore', scope: 'Redis instances', apiCall: 'kvstore:DescribeInstances' }, () => listPaged(ctx, 'kvstore', 'DescribeInstances', 50, {}, (r) => ({ page: items(r, 'Instances', 'KVStoreInstance'), total: numberField(r, 'TotalCount') })));
    return listThenDetail(listed, (k) => {
        const id = text(k, 'InstanceId');
        return withDetails(ctx, 'kvstore', { id, engine: text(k, 'InstanceType') ?? 'Redis', ...opt('engineVersion', text(k, 'EngineVersion')), ...opt('vpcId', text(k, 'VpcId')), ...opt('vswitchId', text(k, 'VSwitchId')), ...opt('port', numberField(k, 'Port')), tags: tagsOf(items(k, 'Tags', 'Tag')) }, {
            operation: 'DescribeDBInstanceNetInfo',
            read: async () => {
                const reply = await ctx.session.api.rpc('kvstore', ctx.region, 'DescribeDBInstanceNetInfo', { InstanceId: id });
                return items(reply, 'NetInfoItems', 'InstanceNetInfo').map((n) => ({ type: redisIpType(n), address: text(n, 'ConnectionString') ?? text(n, 'IPAddress') ?? '', ...opt('port', numberField(n, 'Port')) }));
            },
        }, {
            operation: 'DescribeSecurityIps',
            read: async () => {
                const reply = await ctx.session.api.rpc('kvstore', ctx.region, 'DescribeSecurityIps', { InstanceId: id });
                return items(reply, 'SecurityIpGroups', 'SecurityIpGroup').map((g) => ({ name: text(g, 'SecurityIpGroupName') ?? 'default', ips: splitIps(text(g, 'SecurityIpList')), ...opt('attribute', text(g, 'SecurityIpGroupAttribute')) }));
            },
        });
    });
}
/** IPType when given; else DBInstanceNetType ("0" is the public network). */
function redisIpType(n) {
    const ipType = text(n, 'IPType');
    if (ipType)
        return ipType;
    const netType = text(n, 'DBInstanceNetType');
    return netType === '0' ? 'Public' : netType === '1' ? 'Inner' : netType === '2' ? 'Private' : '';
}
// ---- MongoDB (DDS)
async function mongoInstances(ctx) {
    // DescribeDBInstances lists one instance type at a time (replica sets when none is given).
    const listed = await ctx.part({ region: ctx.region, service: 'dds', scope: 'MongoDB instances', apiCall: 'dds:DescribeDBInstances' }, async () => {
        const read = (r) => ({ page: items(r, 'DBInstances', 'DBInstance'), total: numberField(r, 'TotalCount') });
        const [replicate, sharding] = await Promise.all([
            listPaged(ctx, 'dds', 'DescribeDBInstances', 100, { DBInstanceType: 'replicate' }, read),
            listPaged(ctx, 'dds', 'DescribeDBInstances', 100, { DBInstanceType: 'sharding' }, read),
        ]);
        return [...replicate.map((m) => ({ ...m, DBInstanceType: 'replicate' })), ...sharding.map((m) => ({ ...m, DBInstanceType: 'sharding' }))];
    });
    return listThenDetail(listed, (m) => {
        const id = text(m, 'DBInstanceId');
        const kind = text(m, 'DBInstanceType') ?? 'replicate';
        return withDetails(ctx, 'dds', { id, kind, engine: text(m, 'Engine') ?? 'MongoDB', ...opt('engineVersion', text(m, 'EngineVersion')), ...opt('vpcId', text(m, 'VpcId')), ...opt('vswitchId', text(m, 'VSwitchId')), tags: tagsOf(items(m, 'Tags', 'Tag')) }, kind === 'sharding'
            ? {
                operation: 'DescribeShardingNetworkAddress',
                read: async () => {
                    const reply = await ctx.session.api.rpc('dds', ctx.region, 'DescribeShardingNetworkAddress', { DBInstanceId: id });
                    return items(reply, 'NetworkAddresses', 'NetworkAddress').map((a) => ({ type: text(a, 'NetworkType') ?? '', address: text(a, 'NetworkAddress') ?? text(a, 'IPAddress') ?? '', ...opt('port', numberField(a, 'Port')), ...opt('nodeType', text(a, 'NodeType')) }));
                },
            }
            : {
                operation: 'DescribeReplicaSetRole',
                read: async () => {
                    const reply = await ctx.session.api.rpc('dds', ctx.region, 'DescribeReplicaSetRole', { DBInstanceId: id });
                    return items(reply, 'ReplicaSets', 'ReplicaSet').map((s) => ({ type: text(s, 'NetworkType') ?? '', address: text(s, 'ConnectionDomain') ?? '', ...opt('port', numberField(s, 'ConnectionPort')) }));
                },
            }, {
            operation: 'DescribeSecurityIps',
            read: async () => {
                const reply = await ctx.session.api.rpc('dds', ctx.region, 'DescribeSecurityIps', { DBInstanceId: id });
                const groups = items(reply, 'SecurityIpGroups', 'SecurityIpGroup');
                if (groups.length > 0)
                    return groups.map((g) => ({ name: text(g, 'SecurityIpGroupName') ?? 'default', ips: splitIps(text(g, 'SecurityIpList')), ...opt('attribute', text(g, 'SecurityIpGroupAttribute')) }));
                return [{ name: 'default', ips: splitIps(text(reply, 'SecurityIps')) }];
            },
        });
    });
}
function opt(key, value) {
    return value === undefined ? {} : { [key]: value };
}
export const rdsCollector = {
    service: 'rds',
    async collect(ctx) {
        const snap = regionSnapshot(ctx.snapshot, ctx.region);
        const [instances, backups] = await Promise.all([rdsInstances(ctx), rdsCrossBackup(ctx)]);
        snap.rds = instances;
        snap.rdsCrossBackup = backups;
    },
};
export const redisCollector = {
    service: 'kvstore',
    async collect(ctx) {
        regionSnapshot(ctx.snapshot, ctx.region).redis = await redisInstances(ctx);
    },
};
export const mongoCollector = {
    service: 'dds',
    async collect(ctx) {
        regionSnapshot(ctx.snapshot, ctx.region).mongodb = await mongoInstances(ctx);
    },
};
