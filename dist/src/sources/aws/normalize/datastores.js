import { known, unknownFact } from '../../../model/fact.js';
import { parsePolicyDocument } from '../../../model/policy.js';
import { str } from '../../../model/value.js';
import { notAssessedReason } from '../../live/coverage.js';
import { redactPolicyConditions } from '../../live/redact.js';
import { rdsArn, redshiftClusterArn } from '../arn.js';
import { filterByField, findByField, itemsOf, liveLoc, recordBase, tagMap } from './common.js';
const ENGINE_PORTS = [
    [/postgres/i, 5432],
    [/mysql|maria/i, 3306],
    [/oracle/i, 1521],
    [/sqlserver/i, 1433],
    [/db2/i, 50000],
    [/redis|valkey/i, 6379],
    [/memcache/i, 11211],
    [/docdb/i, 27017],
    [/neptune/i, 8182],
    [/redshift/i, 5439],
];
/** The port clients connect to: the one the API reports, else the engine's default. */
function portsOf(port, engine) {
    if (port !== undefined)
        return [port];
    for (const [re, p] of ENGINE_PORTS)
        if (engine && re.test(engine))
            return [p];
    return [];
}
function datastore(base, service, engine, ports) {
    return { ...base, kind: 'datastore', service, engine: engine ? known(engine, base.loc) : unknownFact('the API reports no engine', base.loc), ports, allowlists: [], publicEndpoints: [] };
}
function groupLinks(ctx, ids, loc) {
    return ids.filter((id) => !!id).map((id) => ctx.links.link('security-group', id, loc));
}
function subnetLinks(ctx, ids, loc) {
    return ids.filter((id) => !!id).map((id) => ctx.links.link('subnet', id, loc));
}
// ---------------------------------------------------------------- RDS
const CLUSTER_SERVICE = (engine) => {
    if (engine && /docdb/i.test(engine))
        return { service: 'docdb', sourceType: 'AWS::DocDB::DBCluster' };
    if (engine && /neptune/i.test(engine))
        return { service: 'neptune', sourceType: 'AWS::Neptune::DBCluster' };
    return { service: 'rds-cluster', sourceType: 'AWS::RDS::DBCluster' };
};
function rdsInstanceRecord(ctx, db) {
    const id = db.DBInstanceArn ?? rdsArn(ctx.scope, ctx.region, 'db', db.DBInstanceIdentifier);
    const base = recordBase(id, 'AWS::RDS::DBInstance', ctx.region, ctx.scope.account, 'rds:DescribeDBInstances', tagMap(db.TagList));
    const group = db.DBSubnetGroup;
    return {
        ...datastore(base, 'rds-instance', db.Engine, portsOf(db.Endpoint?.Port ?? db.DbInstancePort, db.Engine)),
        publiclyAccessible: known(db.PubliclyAccessible === true, base.loc),
        inNetwork: known(true),
        subnets: group?.Subnets ? subnetLinks(ctx, group.Subnets.map((s) => s.SubnetIdentifier), base.loc) : { unknown: 'the API reports no DB subnet group for the instance' },
        securityGroups: groupLinks(ctx, (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId), base.loc),
    };
}
function rdsClusterRecord(ctx, c, instancesById) {
    const { service, sourceType } = CLUSTER_SERVICE(c.Engine);
    const id = c.DBClusterArn ?? rdsArn(ctx.scope, ctx.region, 'cluster', c.DBClusterIdentifier);
    const base = recordBase(id, sourceType, ctx.region, ctx.scope.account, 'rds:DescribeDBClusters', tagMap(c.TagList));
    const memberIds = (c.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier).filter((m) => !!m);
    const members = memberIds.map((m) => instancesById.get(m));
    const instancesPart = ctx.snap.dbInstances;
    // Multi-AZ DB clusters carry the flag themselves; Aurora, DocumentDB and Neptune carry it on each instance.
    let flag;
    if (service === 'docdb')
        flag = known(false, base.loc);
    else if (c.PubliclyAccessible !== undefined)
        flag = known(c.PubliclyAccessible, base.loc);
    else if (memberIds.length === 0)
        flag = known(false, base.loc);
    else if (instancesPart && !instancesPart.ok)
        flag = unknownFact(notAssessedReason(instancesPart, `DB instances of ${ctx.region} (the cluster's members)`), base.loc);
    else {
        const publicMember = members.find((m) => m?.PubliclyAccessible === true);
        flag = publicMember
            ? known(true, liveLoc(publicMember.DBInstanceArn ?? rdsArn(ctx.scope, ctx.region, 'db', publicMember.DBInstanceIdentifier), 'rds:DescribeDBInstances'))
            : known(false, base.loc);
    }
    // Placement: the cluster's subnet group, else the one a member instance embeds.
    let subnets;
    const groupName = c.DBSubnetGroup;
    const groups = ctx.snap.dbSubnetGroups;
    const fromGroup = groupName && groups?.ok ? findByField(groups.value, 'DBSubnetGroupName', groupName) : undefined;
    const fromMember = members.find((m) => m?.DBSubnetGroup?.Subnets)?.DBSubnetGroup;
    if (fromGroup?.Subnets)
        subnets = subnetLinks(ctx, fromGroup.Subnets.map((s) => s.SubnetIdentifier), base.loc);
    else if (fromMember?.Subnets)
        subnets = subnetLinks(ctx, fromMember.Subnets.map((s) => s.SubnetIdentifier), base.loc);
    else if (groups && !groups.ok)
        subnets = { unknown: notAssessedReason(groups, `DB subnet groups of ${ctx.region}`) };
    else
        subnets = { unknown: `DB subnet group ${groupName ?? '(none)'} was not found` };
    const memberArns = members.map((m, i) => m?.DBInstanceArn ?? rdsArn(ctx.scope, ctx.region, 'db', memberIds[i]));
    return {
        ...datastore(base, service, c.Engine, portsOf(c.Port, c.Engine)),
        publiclyAccessible: flag,
        inNetwork: known(true),
        subnets,
        securityGroups: groupLinks(ctx, (c.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId), base.loc),
        members: memberArns,
        ...(memberArns.length > 0 ? { relatedLocs: memberArns.map((a) => liveLoc(a, 'rds:DescribeDBInstances')) } : {}),
    };
}
function rds(ctx) {
    const instances = itemsOf(ctx.snap.dbInstances);
    const clusters = itemsOf(ctx.snap.dbClusters);
    const instancesById = new Map(instances.filter((i) => i.DBInstanceIdentifier).map((i) => [i.DBInstanceIdentifier, i]));
    const clustersRead = ctx.snap.dbClusters?.ok === true;
    const clusterIds = new Set(clusters.map((c) => c.DBClusterIdentifier));
    const out = clusters.map((c) => rdsClusterRecord(ctx, c, instancesById));
    for (const db of instances) {
        // A cluster member is judged through its cluster; when the clusters could not be read it stands alone, with its own flag.
        if (db.DBClusterIdentifier && clustersRead && clusterIds.has(db.DBClusterIdentifier))
            continue;
        out.push(rdsInstanceRecord(ctx, db));
    }
    return out;
}
// ---------------------------------------------------------------- Redshift
function redshift(ctx) {
    const groups = ctx.snap.redshiftSubnetGroups;
    return itemsOf(ctx.snap.redshiftClusters).map((c) => {
        const id = redshiftClusterArn(ctx.scope, ctx.region, c.ClusterIdentifier);
        const base = recordBase(id, 'AWS::Redshift::Cluster', ctx.region, ctx.scope.account, 'redshift:DescribeClusters', tagMap(c.Tags));
        let subnets;
        const group = groups?.ok ? c.ClusterSubnetGroupName !== undefined ? findByField(groups.value, 'ClusterSubnetGroupName', c.ClusterSubnetGroupName) : groups.value.find((g) => g.ClusterSubnetGroupName === undefined) : undefined;
        if (group?.Subnets)
            subnets = subnetLinks(ctx, group.Subnets.map((s) => s.SubnetIdentifier), base.loc);
        else if (groups && !groups.ok)
            subnets = { unknown: notAssessedReason(groups, `Redshift subnet groups of ${ctx.region}`) };
        else
            subnets = { unknown: `cluster subnet group ${c.ClusterSubnetGroupName ?? '(none)'} was not found` };
        return {
            ...datastore(base, 'redshift', 'redshift', portsOf(c.Endpoint?.Port, 'redshift')),
            publiclyAccessible: known(c.PubliclyAccessible === true, base.loc),
            inNetwork: known(true),
            subnets,
            securityGroups: groupLinks(ctx, (c.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId), base.loc),
        };
    });
}
// ---------------------------------------------------------------- OpenSearch / Elasticsearch
/** "Elasticsearch_7.1" → Elasticsearch 7.1 (a legacy domain); "OpenSearch_2.11" → OpenSearch 2.11. */
function searchEngine(version) {
    const m = /^(Elasticsearch|OpenSearch)_(.+)$/.exec(version ?? '');
    if (m?.[1] === 'Elasticsearch')
        return { engine: `Elasticsearch ${m[2]}`, sourceType: 'AWS::Elasticsearch::Domain' };
    if (m)
        return { engine: `OpenSearch ${m[2]}`, sourceType: 'AWS::OpenSearchService::Domain' };
    // Legacy domains described without the engine prefix are Elasticsearch (the OpenSearch API always prefixes).
    return version ? { engine: `Elasticsearch ${version}`, sourceType: 'AWS::Elasticsearch::Domain' } : { engine: 'OpenSearch', sourceType: 'AWS::OpenSearchService::Domain' };
}
function searchDomains(ctx) {
    const tags = ctx.snap.searchTags?.ok ? ctx.snap.searchTags.value : new Map();
    return itemsOf(ctx.snap.searchDomains).map((d) => {
        const id = d.ARN;
        const { engine, sourceType } = searchEngine(d.EngineVersion);
        const base = recordBase(id, sourceType, ctx.region, ctx.scope.account, 'es:DescribeDomains', tags.get(id) ?? {});
        const vpc = d.VPCOptions;
        const inVpc = !!vpc && (!!vpc.VPCId || (vpc.SubnetIds?.length ?? 0) > 0);
        let accessPolicy;
        if (d.AccessPolicies && d.AccessPolicies.trim() !== '') {
            const parsed = parsePolicyDocument(str(d.AccessPolicies, base.loc), id);
            accessPolicy = parsed.known ? known(redactPolicyConditions(parsed.value), parsed.loc) : parsed;
        }
        return {
            ...datastore(base, 'opensearch', engine, [443]),
            inNetwork: known(inVpc, base.loc),
            subnets: inVpc ? subnetLinks(ctx, vpc?.SubnetIds ?? [], base.loc) : [],
            securityGroups: inVpc ? groupLinks(ctx, vpc?.SecurityGroupIds ?? [], base.loc) : [],
            ...(accessPolicy ? { accessPolicy } : {}),
            requiresCredentials: known(d.AdvancedSecurityOptions?.Enabled === true, base.loc),
        };
    });
}
// ---------------------------------------------------------------- ElastiCache
function cachePlacement(ctx, members, loc) {
    const clusters = ctx.snap.cacheClusters;
    if (clusters && !clusters.ok) {
        const reason = notAssessedReason(clusters, `cache clusters of ${ctx.region} (which hold the subnet group and security groups)`);
        return { subnets: { unknown: reason }, securityGroups: { unknown: reason } };
    }
    const groupName = members.find((m) => m.CacheSubnetGroupName)?.CacheSubnetGroupName;
    const groups = ctx.snap.cacheSubnetGroups;
    let subnets;
    const group = groupName && groups?.ok ? findByField(groups.value, 'CacheSubnetGroupName', groupName) : undefined;
    if (group?.Subnets)
        subnets = subnetLinks(ctx, group.Subnets.map((s) => s.SubnetIdentifier), loc);
    else if (groups && !groups.ok)
        subnets = { unknown: notAssessedReason(groups, `cache subnet groups of ${ctx.region}`) };
    else
        subnets = { unknown: `cache subnet group ${groupName ?? '(none)'} was not found` };
    const sgIds = new Set();
    for (const m of members)
        for (const g of m.SecurityGroups ?? [])
            if (g.SecurityGroupId)
                sgIds.add(g.SecurityGroupId);
    return { subnets, securityGroups: groupLinks(ctx, [...sgIds], loc) };
}
function elasticache(ctx) {
    const tags = ctx.snap.cacheTags?.ok ? ctx.snap.cacheTags.value : new Map();
    const clusters = itemsOf(ctx.snap.cacheClusters);
    const out = [];
    for (const g of itemsOf(ctx.snap.cacheReplicationGroups)) {
        const id = g.ARN;
        const members = g.ReplicationGroupId !== undefined ? filterByField(clusters, 'ReplicationGroupId', g.ReplicationGroupId) : clusters.filter((c) => c.ReplicationGroupId === undefined);
        const engine = members[0]?.Engine ?? g.Engine ?? 'redis';
        const port = g.ConfigurationEndpoint?.Port ?? g.NodeGroups?.[0]?.PrimaryEndpoint?.Port;
        const base = recordBase(id, 'AWS::ElastiCache::ReplicationGroup', ctx.region, ctx.scope.account, 'elasticache:DescribeReplicationGroups', tags.get(id) ?? {});
        // ElastiCache nodes only ever get private addresses.
        out.push({ ...datastore(base, 'elasticache', engine, portsOf(port, engine)), publiclyAccessible: known(false, base.loc), inNetwork: known(true), ...cachePlacement(ctx, members, base.loc) });
    }
    for (const c of clusters) {
        if (c.ReplicationGroupId)
            continue;
        const id = c.ARN;
        const base = recordBase(id, 'AWS::ElastiCache::CacheCluster', ctx.region, ctx.scope.account, 'elasticache:DescribeCacheClusters', tags.get(id) ?? {});
        out.push({
            ...datastore(base, 'elasticache', c.Engine, portsOf(c.ConfigurationEndpoint?.Port ?? c.CacheNodes?.[0]?.Endpoint?.Port, c.Engine)),
            publiclyAccessible: known(false, base.loc),
            inNetwork: known(true),
            ...cachePlacement(ctx, [c], base.loc),
        });
    }
    return out;
}
export function normalizeDatastores(ctx) {
    return [...rds(ctx), ...redshift(ctx), ...searchDomains(ctx), ...elasticache(ctx)];
}
