/**
 * Live ApsaraDB RDS, Redis, MongoDB and Elasticsearch → datastore records,
 * with the meaning the Terraform normalizer gives the alicloud_* resources: a
 * datastore is reachable from the internet when it has a public connection
 * and an allowlist that admits everyone. Each public connection address is a
 * public endpoint (with its port); each IP allowlist group is an allowlist
 * named as the Terraform argument it corresponds to (`security_ips`, ...),
 * so fixes and messages read the same for both sources. A detail that could
 * not be read is an unknown endpoint or allowlist, never an absent one.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { notAssessedReason } from '../../live/coverage.js';
import { itemsOf, liveLoc, recordBase } from './common.js';
const ENGINE_PORTS = [
    [/postgres|ppas/i, 5432],
    [/mysql|maria/i, 3306],
    [/sqlserver|mssql/i, 1433],
];
const SPECS = {
    rds: {
        kind: 'rds',
        service: 'alicloud-rds',
        sourceType: () => 'ALIYUN::RDS::DBInstance',
        listCall: 'rds:DescribeDBInstances',
        connectionCall: 'rds:DescribeDBInstanceNetInfo',
        allowlistCall: 'rds:DescribeDBInstanceIPArrayList',
        allowlistKey: 'security_ips',
        isPublic: (c) => c.type.toLowerCase() === 'public',
        defaultPorts: (db) => ENGINE_PORTS.filter(([re]) => re.test(db.engine)).map(([, port]) => port).slice(0, 1),
        engine: (db) => db.engine,
    },
    redis: {
        kind: 'kvstore',
        service: 'alicloud-kvstore',
        sourceType: () => 'ALIYUN::REDIS::Instance',
        listCall: 'kvstore:DescribeInstances',
        connectionCall: 'kvstore:DescribeDBInstanceNetInfo',
        allowlistCall: 'kvstore:DescribeSecurityIps',
        allowlistKey: 'security_ips',
        isPublic: (c) => c.type.toLowerCase() === 'public',
        defaultPorts: (db) => [db.port ?? (/memcache/i.test(db.engine) ? 11211 : 6379)],
        engine: (db) => db.engine || 'Redis',
    },
    mongodb: {
        kind: 'dds',
        service: 'alicloud-mongodb',
        sourceType: (db) => (db.kind === 'sharding' ? 'ALIYUN::MONGODB::ShardingInstance' : 'ALIYUN::MONGODB::Instance'),
        listCall: 'dds:DescribeDBInstances',
        connectionCall: 'dds:DescribeReplicaSetRole',
        allowlistCall: 'dds:DescribeSecurityIps',
        allowlistKey: 'security_ip_list',
        isPublic: (c) => c.type.toLowerCase() === 'public',
        defaultPorts: () => [3717],
        engine: () => 'MongoDB',
    },
};
function endpointsOf(part, spec, id, apiCall) {
    const loc = liveLoc(id, apiCall);
    if (!part.ok)
        return [{ name: 'public connection', enabled: unknownFact(notAssessedReason(part, `the connection addresses of ${id}`), loc), loc }];
    return part.value
        .filter(spec.isPublic)
        .map((c) => ({ name: 'public connection', enabled: known(true, loc), loc, address: c.address || id, ...(c.port !== undefined ? { ports: [c.port] } : {}) }));
}
function allowlistsOf(part, key, id, apiCall) {
    const loc = liveLoc(id, apiCall);
    if (!part.ok)
        return [{ name: key, entries: unknownFact(notAssessedReason(part, `the IP allowlists of ${id}`), loc), appliesTo: 'any', loc }];
    return part.value.map((l) => ({ name: `${key} (${l.name})`, entries: known(l.ips, loc), appliesTo: 'any', loc }));
}
function database(db, spec, ctx) {
    const id = ctx.ids.arn(spec.kind, db.id);
    const base = recordBase(id, spec.sourceType(db), ctx.region, ctx.account, spec.listCall, db.tags);
    const connectionCall = db.kind === 'sharding' ? 'dds:DescribeShardingNetworkAddress' : spec.connectionCall;
    const publicEndpoints = endpointsOf(db.connections, spec, id, connectionCall);
    const connectionPorts = db.connections.ok ? [...new Set(db.connections.value.map((c) => c.port).filter((p) => p !== undefined))] : [];
    const engine = known(spec.engine(db), base.loc);
    return {
        ...base,
        kind: 'datastore',
        service: spec.service,
        engine,
        ports: connectionPorts.length > 0 ? connectionPorts : spec.defaultPorts(db),
        inNetwork: known(db.vswitchId !== undefined || db.vpcId !== undefined, base.loc),
        subnets: db.vswitchId ? [ctx.ids.link('vswitch', db.vswitchId)] : [],
        securityGroups: [],
        allowlists: allowlistsOf(db.allowlists, spec.allowlistKey, id, spec.allowlistCall),
        publicEndpoints,
    };
}
function elasticsearch(es, ctx) {
    const id = ctx.ids.arn('elasticsearch', es.id);
    const base = recordBase(id, 'ALIYUN::ElasticSearch::Instance', ctx.region, ctx.account, 'elasticsearch:ListInstance', es.tags);
    const loc = liveLoc(id, 'elasticsearch:DescribeInstance');
    const d = es.detail;
    const unread = d.ok ? undefined : notAssessedReason(d, `the network settings of ${es.id}`);
    const flag = (value, what) => unread ? unknownFact(unread, loc) : value === undefined ? unknownFact(`DescribeInstance did not say whether ${what} is on`, loc) : known(value, loc);
    const list = (name, entries, appliesTo, endpoint) => {
        if (unread)
            return appliesTo === 'public' ? [{ name, entries: unknownFact(unread, loc), appliesTo, loc, ...(endpoint ? { endpoint } : {}) }] : [];
        return entries === undefined ? [] : [{ name, entries: known(entries, loc), appliesTo, loc, ...(endpoint ? { endpoint } : {}) }];
    };
    const v = d.ok ? d.value : {};
    return {
        ...base,
        kind: 'datastore',
        service: 'alicloud-elasticsearch',
        engine: known(es.version ?? 'Elasticsearch', base.loc),
        ports: [9200],
        inNetwork: known(true, base.loc),
        subnets: es.vswitchId ? [ctx.ids.link('vswitch', es.vswitchId)] : [],
        securityGroups: [],
        allowlists: [
            ...list('public_whitelist', v.publicWhitelist, 'public', 'public endpoint'),
            ...list('kibana_whitelist', v.kibanaWhitelist, 'public', 'Kibana public endpoint'),
            ...list('private_whitelist', v.privateWhitelist, 'private'),
            ...list('kibana_private_whitelist', v.kibanaPrivateWhitelist, 'private'),
        ],
        publicEndpoints: [
            { name: 'public endpoint', enabled: flag(v.enablePublic, 'the public endpoint'), loc, ports: [9200] },
            { name: 'Kibana public endpoint', enabled: flag(v.enableKibanaPublic, 'Kibana public access'), loc, ports: [5601] },
        ],
    };
}
export function normalizeDatastores(ctx) {
    return [
        ...itemsOf(ctx.snap.rds).map((db) => database(db, SPECS.rds, ctx)),
        ...itemsOf(ctx.snap.redis).map((db) => database(db, SPECS.redis, ctx)),
        ...itemsOf(ctx.snap.mongodb).map((db) => database(db, SPECS.mongodb, ctx)),
        ...itemsOf(ctx.snap.elasticsearch).map((es) => elasticsearch(es, ctx)),
    ];
}
