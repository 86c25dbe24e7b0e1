/**
 * CloudFormation datastores → model records: RDS instances and clusters
 * (Aurora members folded into their cluster), DocumentDB, Neptune, Redshift,
 * OpenSearch / Elasticsearch domains, ElastiCache, DMS replication instances.
 * Each record says how the service could be reached: its own public flag, its
 * subnets (through its subnet group) and security groups, its access policy.
 *
 * Where CloudFormation and Terraform differ, the record follows what AWS does
 * with the template: an RDS instance whose `PubliclyAccessible` is omitted is
 * public when its VPC has an internet gateway attached (the RDS API default;
 * the Terraform provider sends false instead).
 */
import { known, unknownFact } from '../../../model/fact.js';
import { parsePolicyDocument } from '../../../model/policy.js';
import { asList, asNumber, asString, getPath } from '../../../model/value.js';
import { servicePorts } from '../../shared/engine-ports.js';
import { attachedTo, attr, boolFact, linksOf, present, reasonOf, referenced, referringTo, resolveNamed, stringFact, templateBase, } from './common.js';
import { groupIdOf, SUBNET, VPC } from './network.js';
/** The VPC of the first subnet in the template, if any. */
function vpcOfSubnets(subnets, ctx) {
    for (const s of subnets) {
        if (s.kind !== 'resource')
            continue;
        const subnet = ctx.byAddress.get(s.id);
        if (subnet?.type !== SUBNET)
            continue;
        const vpc = referenced(attr(subnet, 'VpcId'), ctx);
        if (vpc?.type === VPC)
            return vpc;
    }
    return undefined;
}
function internetGatewayOf(subnets, ctx) {
    if (!Array.isArray(subnets))
        return unknownFact(`its subnets are unknown (${subnets.unknown})`);
    const vpc = vpcOfSubnets(subnets, ctx);
    if (!vpc)
        return unknownFact('its VPC is not in the template');
    // `vpc` is a resource of the template, so a reference to its address is one `referenced` would follow.
    for (const attachment of referringTo(ctx, ['AWS::EC2::VPCGatewayAttachment'], 'VpcId', vpc.address)) {
        if (present(attr(attachment, 'InternetGatewayId')))
            return known(true, attachment.loc);
    }
    return known(false, vpc.loc);
}
/** Placement through a subnet group property; no group means the account's default VPC. */
function placementOf(groupValue, ctx, groupTypes, nameKeys) {
    if (!present(groupValue))
        return { subnets: [], defaultVpc: true, vpcHasInternetGateway: known(true) };
    const group = resolveNamed(groupValue, ctx, groupTypes, nameKeys);
    if (!group) {
        const what = asString(groupValue) ?? reasonOf(groupValue);
        const subnets = { unknown: `subnet group ${what} is not in the template` };
        // The account's own group named "default" holds the default VPC's subnets.
        if (asString(groupValue)?.toLowerCase() === 'default')
            return { subnets: [], defaultVpc: true, vpcHasInternetGateway: known(true) };
        return { subnets, defaultVpc: false, vpcHasInternetGateway: unknownFact(subnets.unknown) };
    }
    const subnets = linksOf(attr(group, 'SubnetIds'), ctx);
    return { subnets, defaultVpc: false, vpcHasInternetGateway: internetGatewayOf(subnets, ctx) };
}
/**
 * RDS's default for an omitted PubliclyAccessible: public exactly when the
 * VPC it lands in has an internet gateway attached (a default VPC has one).
 */
function rdsDefaultFlag(placement, r) {
    const igw = placement.vpcHasInternetGateway;
    if (igw.known)
        return known(igw.value, r.loc);
    return unknownFact(`PubliclyAccessible is not set, so RDS makes it public if its VPC has an internet gateway, and ${igw.reason}`, r.loc);
}
// ---------------------------------------------------------------- security groups
/** Links to security groups (VPC groups or DB security groups), resolved to the ids the network normalizer gives them. */
function groupLinks(v, ctx) {
    if (!present(v))
        return [];
    if (v.t === 'unknown' && !v.ref)
        return { unknown: reasonOf(v) };
    const items = v.t === 'list' ? v.items : [v];
    const out = [];
    for (const item of items) {
        if (item.t === 'null')
            continue;
        const target = groupIdOf(item, ctx);
        if (!target)
            out.push({ kind: 'unknown', reason: reasonOf(item), loc: item.loc });
        else if (target.declared || separateRuleTargets(ctx).has(target.id))
            out.push({ kind: 'resource', id: target.id, loc: item.loc });
        else
            out.push({ kind: 'external', value: target.id, loc: item.loc });
    }
    return out;
}
const ruleTargetCache = new WeakMap();
/** Groups outside the template that separately declared rules name (the network normalizer gives them records). */
function separateRuleTargets(ctx) {
    let set = ruleTargetCache.get(ctx);
    if (!set) {
        set = new Set();
        for (const type of ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'])
            for (const r of ctx.byType(type)) {
                const target = groupIdOf(present(attr(r, 'GroupId')) ? attr(r, 'GroupId') : attr(r, 'GroupName'), ctx);
                if (target)
                    set.add(target.id);
            }
        ruleTargetCache.set(ctx, set);
    }
    return set;
}
function combineGroups(a, b) {
    if (Array.isArray(a) && Array.isArray(b))
        return [...a, ...b];
    return Array.isArray(a) ? (a.length > 0 ? a : b) : a;
}
/** EC2-Classic DB / cluster security groups named by the database. */
function classicGroups(v, ctx, types) {
    return asList(v)
        .map((item) => resolveNamed(item, ctx, types, ['GroupName']))
        .filter((g) => g !== undefined)
        .map((g) => ({ kind: 'resource', id: g.address, loc: g.loc }));
}
// ---------------------------------------------------------------- records
function engineFact(v, fallback) {
    return stringFact(v, fallback ? known(fallback) : unknownFact('engine not set'));
}
function datastoreBase(r, service, engine, ports) {
    return { ...templateBase(r), kind: 'datastore', service, engine, ports, allowlists: [], publicEndpoints: [] };
}
function portsOf(r, engine, fallback, key = 'Port') {
    return servicePorts(asNumber(attr(r, key)), engine.known ? engine.value : undefined, fallback);
}
const RDS_INSTANCE = 'AWS::RDS::DBInstance';
const DB_SUBNET_GROUPS = ['AWS::RDS::DBSubnetGroup'];
function rdsInstance(r, ctx) {
    const engine = engineFact(attr(r, 'Engine'));
    const isReplica = present(attr(r, 'SourceDBInstanceIdentifier'));
    const groupValue = attr(r, 'DBSubnetGroupName');
    const placement = isReplica && !present(groupValue)
        ? { subnets: { unknown: 'a read replica is placed like its source database' }, defaultVpc: false, vpcHasInternetGateway: unknownFact('a read replica is placed like its source database') }
        : placementOf(groupValue, ctx, DB_SUBNET_GROUPS, ['DBSubnetGroupName']);
    const vpcGroups = groupLinks(attr(r, 'VPCSecurityGroups'), ctx);
    const classic = classicGroups(attr(r, 'DBSecurityGroups'), ctx, ['AWS::RDS::DBSecurityGroup']);
    return {
        ...datastoreBase(r, 'rds-instance', engine, portsOf(r, engine, [])),
        publiclyAccessible: boolFact(attr(r, 'PubliclyAccessible'), rdsDefaultFlag(placement, r)),
        inNetwork: known(true),
        subnets: placement.subnets,
        securityGroups: combineGroups(vpcGroups, classic),
        ...(placement.defaultVpc ? { defaultVpc: true } : {}),
    };
}
const CLUSTERS = [
    { clusterType: 'AWS::RDS::DBCluster', instanceType: RDS_INSTANCE, service: 'rds-cluster', subnetGroupTypes: DB_SUBNET_GROUPS, defaultPorts: [] },
    { clusterType: 'AWS::DocDB::DBCluster', instanceType: 'AWS::DocDB::DBInstance', service: 'docdb', subnetGroupTypes: ['AWS::DocDB::DBSubnetGroup'], defaultEngine: 'docdb', defaultPorts: [27017], neverPublic: true },
    { clusterType: 'AWS::Neptune::DBCluster', instanceType: 'AWS::Neptune::DBInstance', service: 'neptune', subnetGroupTypes: ['AWS::Neptune::DBSubnetGroup'], defaultEngine: 'neptune', defaultPorts: [8182] },
];
/** The "publicly accessible" flag of a cluster from its members: true if any member is. */
function membersFlag(members, placement) {
    if (members.length === 0)
        return undefined;
    let unknownMember;
    for (const m of members) {
        const f = boolFact(attr(m, 'PubliclyAccessible'), rdsDefaultFlag(placement, m));
        if (f.known && f.value)
            return f;
        if (!f.known)
            unknownMember ??= f;
    }
    return unknownMember ?? known(false, members[0].loc);
}
function clustersOf(spec, ctx, claimed) {
    const out = [];
    for (const r of ctx.byType(spec.clusterType)) {
        const members = attachedTo(ctx, [spec.instanceType], 'DBClusterIdentifier', r, ['DBClusterIdentifier']);
        members.forEach((m) => claimed.add(m.address));
        const engine = engineFact(attr(r, 'Engine'), spec.defaultEngine);
        const placement = placementOf(attr(r, 'DBSubnetGroupName'), ctx, spec.subnetGroupTypes, ['DBSubnetGroupName']);
        const own = attr(r, 'PubliclyAccessible');
        const aurora = engine.known && engine.value.startsWith('aurora');
        let flag;
        if (spec.neverPublic)
            flag = known(false);
        else if (present(own))
            flag = boolFact(own, known(false));
        // Aurora and Neptune carry the flag on each instance; a Multi-AZ DB cluster carries it itself.
        else if (aurora || spec.service === 'neptune')
            flag = membersFlag(members, placement) ?? known(false, r.loc);
        else
            flag = rdsDefaultFlag(placement, r);
        out.push({
            ...datastoreBase(r, spec.service, engine, portsOf(r, engine, spec.defaultPorts)),
            publiclyAccessible: flag,
            inNetwork: known(true),
            subnets: placement.subnets,
            securityGroups: groupLinks(attr(r, 'VpcSecurityGroupIds'), ctx),
            members: members.map((m) => m.address),
            ...(members.length > 0 ? { relatedLocs: members.map((m) => m.loc) } : {}),
            ...(placement.defaultVpc ? { defaultVpc: true } : {}),
        });
    }
    // Members whose cluster is not in the template still carry their own flag.
    for (const m of ctx.byType(spec.instanceType)) {
        if (claimed.has(m.address) || !present(attr(m, 'DBClusterIdentifier')))
            continue;
        claimed.add(m.address);
        const engine = engineFact(attr(m, 'Engine'), spec.defaultEngine);
        const cluster = asString(attr(m, 'DBClusterIdentifier')) ?? reasonOf(attr(m, 'DBClusterIdentifier'));
        out.push({
            ...datastoreBase(m, spec.service, engine, portsOf(m, engine, spec.defaultPorts)),
            publiclyAccessible: spec.neverPublic ? known(false) : boolFact(attr(m, 'PubliclyAccessible'), unknownFact(`PubliclyAccessible is not set and its cluster ${cluster} is not in the template`, m.loc)),
            inNetwork: known(true),
            subnets: { unknown: `the cluster ${cluster} is not in the template` },
            securityGroups: { unknown: `the cluster ${cluster} is not in the template` },
        });
    }
    return out;
}
function redshiftClusters(ctx) {
    return ctx.byType('AWS::Redshift::Cluster').map((r) => {
        const engine = known('redshift');
        const placement = placementOf(attr(r, 'ClusterSubnetGroupName'), ctx, ['AWS::Redshift::ClusterSubnetGroup'], []);
        const classic = classicGroups(attr(r, 'ClusterSecurityGroups'), ctx, ['AWS::Redshift::ClusterSecurityGroup']);
        return {
            ...datastoreBase(r, 'redshift', engine, portsOf(r, engine, [5439])),
            // The Redshift API's default is false.
            publiclyAccessible: boolFact(attr(r, 'PubliclyAccessible'), known(false, r.loc)),
            inNetwork: known(true),
            subnets: placement.subnets,
            securityGroups: combineGroups(groupLinks(attr(r, 'VpcSecurityGroupIds'), ctx), classic),
            ...(placement.defaultVpc ? { defaultVpc: true } : {}),
        };
    });
}
function elasticache(ctx) {
    const out = [];
    const subnetGroups = ['AWS::ElastiCache::SubnetGroup'];
    for (const type of ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::ServerlessCache']) {
        for (const r of ctx.byType(type)) {
            // A cluster that joins a replication group is served through the group's record.
            if (type === 'AWS::ElastiCache::CacheCluster' && present(attr(r, 'ReplicationGroupId')))
                continue;
            const engine = engineFact(attr(r, 'Engine'), type === 'AWS::ElastiCache::CacheCluster' ? undefined : 'redis');
            const serverless = type === 'AWS::ElastiCache::ServerlessCache';
            const placement = serverless
                ? present(attr(r, 'SubnetIds'))
                    ? { subnets: linksOf(attr(r, 'SubnetIds'), ctx), defaultVpc: false, vpcHasInternetGateway: unknownFact('not needed') }
                    : { subnets: [], defaultVpc: true, vpcHasInternetGateway: known(true) }
                : placementOf(attr(r, 'CacheSubnetGroupName'), ctx, subnetGroups, ['CacheSubnetGroupName']);
            const groups = type === 'AWS::ElastiCache::CacheCluster' ? attr(r, 'VpcSecurityGroupIds') : attr(r, 'SecurityGroupIds');
            out.push({
                ...datastoreBase(r, 'elasticache', engine, portsOf(r, engine, [6379])),
                // ElastiCache nodes only ever get private addresses.
                publiclyAccessible: known(false),
                inNetwork: known(true),
                subnets: placement.subnets,
                securityGroups: groupLinks(groups, ctx),
                ...(placement.defaultVpc ? { defaultVpc: true } : {}),
            });
        }
    }
    return out;
}
function dmsInstances(ctx) {
    return ctx.byType('AWS::DMS::ReplicationInstance').map((r) => {
        const placement = placementOf(attr(r, 'ReplicationSubnetGroupIdentifier'), ctx, ['AWS::DMS::ReplicationSubnetGroup'], ['ReplicationSubnetGroupIdentifier']);
        return {
            // A replication instance moves database data but listens on no service port of its own.
            ...datastoreBase(r, 'dms', known('dms'), []),
            // The DMS API makes an instance public unless told otherwise.
            publiclyAccessible: boolFact(attr(r, 'PubliclyAccessible'), known(true, r.loc)),
            inNetwork: known(true),
            subnets: placement.subnets,
            securityGroups: groupLinks(attr(r, 'VpcSecurityGroupIds'), ctx),
            ...(placement.defaultVpc ? { defaultVpc: true } : {}),
        };
    });
}
function searchDomains(ctx) {
    const out = [];
    for (const [type, versionKey, engineName] of [
        ['AWS::OpenSearchService::Domain', 'EngineVersion', 'OpenSearch'],
        ['AWS::Elasticsearch::Domain', 'ElasticsearchVersion', 'Elasticsearch'],
    ]) {
        for (const r of ctx.byType(type)) {
            const vpcOptions = attr(r, 'VPCOptions');
            const inNetwork = !present(vpcOptions)
                ? known(false, r.loc)
                : vpcOptions.t === 'unknown' || vpcOptions.t === 'ref'
                    ? unknownFact(`VPCOptions: ${reasonOf(vpcOptions)}`, vpcOptions.loc)
                    : known(true, vpcOptions.loc);
            const policyValue = attr(r, 'AccessPolicies');
            const accessPolicy = present(policyValue) ? parsePolicyDocument(policyValue, r.address) : undefined;
            const inVpc = inNetwork.known && inNetwork.value;
            out.push({
                ...datastoreBase(r, 'opensearch', stringFact(attr(r, versionKey), known(engineName)), [443]),
                inNetwork,
                subnets: inVpc ? linksOf(getPath(vpcOptions, 'SubnetIds'), ctx) : [],
                securityGroups: inVpc ? groupLinks(getPath(vpcOptions, 'SecurityGroupIds'), ctx) : [],
                ...(accessPolicy ? { accessPolicy } : {}),
                requiresCredentials: boolFact(attr(r, 'AdvancedSecurityOptions', 'Enabled'), known(false)),
            });
        }
    }
    return out;
}
export function normalizeAwsDatastores(ctx) {
    const claimed = new Set();
    const clusters = CLUSTERS.flatMap((spec) => clustersOf(spec, ctx, claimed));
    const instances = ctx.byType(RDS_INSTANCE).filter((r) => !claimed.has(r.address)).map((r) => rdsInstance(r, ctx));
    return [...instances, ...clusters, ...redshiftClusters(ctx), ...elasticache(ctx), ...dmsInstances(ctx), ...searchDomains(ctx)];
}
