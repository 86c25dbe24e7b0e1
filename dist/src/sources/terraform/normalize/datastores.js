/**
 * Terraform datastore and compute resources → model records. Each record says
 * how the service could be reached from outside: its own public flag, its
 * subnets and security groups, its resource policy, its allowlists and public
 * endpoints. Member instances, subnet groups, domain policies, connection and
 * EIP resources are folded into the record they serve.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { awsInstancePublicIp } from '../../shared/aws-instance-public-ip.js';
import { iamPolicyDocumentResolver, parsePolicyDocument } from '../../../model/policy.js';
import { asList, asNumber, asString, present, refOf } from '../../../model/value.js';
import { attr, baseOf, boolFact, byAttributeText, linkListOf, linkOf, stringFact } from './common.js';
import { allowlistReader } from '../../shared/allowlist.js';
import { datastoresFromKnownModules } from './datastore-modules.js';
import { findByAttribute, groupIdOf, reasonOf, scannedAddress } from './network.js';
// ---------------------------------------------------------------- shared helpers
/**
 * Links to security groups: groups in the scan, a VPC's default group, and
 * groups known only by their separately declared rules all resolve to the
 * model id the network normalizer gives them.
 */
function securityGroupLinks(v, ctx) {
    if (!present(v))
        return [];
    if ((v.t === 'unknown' || v.t === 'ref') && !refOf(v))
        return { unknown: reasonOf(v) };
    const items = v.t === 'list' ? v.items : [v];
    const out = [];
    for (const item of items) {
        if (item.t === 'null')
            continue;
        const target = groupIdOf(item, ctx);
        if (!target) {
            out.push({ kind: 'unknown', reason: reasonOf(item), loc: item.loc });
            continue;
        }
        // A group that is neither declared nor given separate rules is outside the scan.
        const declaredRules = !target.declared && ruleTargets(ctx).has(target.id);
        if (target.declared || declaredRules)
            out.push({ kind: 'resource', id: target.id, loc: item.loc });
        else
            out.push({ kind: 'external', value: target.id, loc: item.loc });
    }
    return out;
}
/** Ids of groups that only separately declared rules name (the network normalizer makes records for them). */
const ruleTargetCache = new WeakMap();
function ruleTargets(ctx) {
    let set = ruleTargetCache.get(ctx);
    if (!set) {
        set = new Set();
        for (const type of ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'alicloud_security_group_rule'])
            for (const r of ctx.byType(type)) {
                const target = groupIdOf(attr(r, 'security_group_id'), ctx);
                if (target)
                    set.add(target.id);
            }
        ruleTargetCache.set(ctx, set);
    }
    return set;
}
/**
 * Resolves a value that names another resource either by reference or by one of
 * its set attributes (`aws_db_subnet_group.x.name` evaluates to the name string).
 */
function resolveNamed(v, ctx, types, nameKeys) {
    if (!present(v))
        return undefined;
    const ref = refOf(v);
    if (ref) {
        const address = scannedAddress(ctx, ref.address);
        return address ? ctx.byAddress.get(address) : undefined;
    }
    const s = asString(v);
    if (s === undefined)
        return undefined;
    for (const key of nameKeys) {
        const found = findByAttribute(ctx, types, key, s);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * Resources of `types` by the scanned address their `key` refers to (an
 * un-indexed reference counts for the first instance), in `types` then
 * declaration order; built once per context, since every datastore asks for
 * its own attachments.
 */
const referrerIndexes = new WeakMap();
function referrersByAddress(ctx, types, key) {
    let perContext = referrerIndexes.get(ctx);
    if (!perContext)
        referrerIndexes.set(ctx, (perContext = new Map()));
    const id = `${types.join('\u0000')}\u0001${key}`;
    let index = perContext.get(id);
    if (!index) {
        index = new Map();
        for (const type of types)
            for (const r of ctx.byType(type)) {
                const v = attr(r, key);
                const ref = present(v) ? refOf(v) : undefined;
                const address = ref ? scannedAddress(ctx, ref.address) : undefined;
                if (address === undefined)
                    continue;
                const list = index.get(address);
                if (list)
                    list.push(r);
                else
                    index.set(address, [r]);
            }
        perContext.set(id, index);
    }
    return index;
}
/** Resources of `types` whose `key` points at `target`: by reference, or by the literal value of one of target's `nameKeys`. */
function attachedTo(ctx, types, key, target, nameKeys = []) {
    const found = new Set(referrersByAddress(ctx, types, key).get(target.address) ?? []);
    if (nameKeys.length > 0) {
        const byText = byAttributeText(ctx, types, key);
        for (const k of nameKeys) {
            const name = asString(attr(target, k));
            for (const r of name !== undefined ? (byText.get(name) ?? []) : [])
                if (!refOf(attr(r, key)))
                    found.add(r);
        }
    }
    if (found.size <= 1)
        return [...found];
    // Back to `types` then declaration order, as the scan this replaces returned them.
    const order = positionsOf(ctx, types);
    return [...found].sort((a, b) => order.get(a) - order.get(b));
}
/** Each resource of `types` by its place in `types` then declaration order; once per context and type list. */
const positionIndexes = new WeakMap();
function positionsOf(ctx, types) {
    let perContext = positionIndexes.get(ctx);
    if (!perContext)
        positionIndexes.set(ctx, (perContext = new Map()));
    const id = types.join('\u0000');
    let order = perContext.get(id);
    if (!order) {
        order = new Map(types.flatMap((t) => ctx.byType(t)).map((r, i) => [r, i]));
        perContext.set(id, order);
    }
    return order;
}
/**
 * Subnets of a placement given by a subnet group: the group's subnet_ids. An
 * absent group means the default VPC; a group outside the scan is unknown.
 */
function subnetsOfGroup(groupValue, ctx, groupTypes, nameKeys) {
    if (!present(groupValue))
        return { subnets: [], defaultVpc: true };
    const group = resolveNamed(groupValue, ctx, groupTypes, nameKeys);
    if (!group) {
        const named = asString(groupValue) ?? refOf(groupValue)?.address;
        const why = named ? `subnet group ${named} is not in the scanned files` : `the subnet group is unknown (${reasonOf(groupValue)})`;
        return { subnets: { unknown: why }, defaultVpc: false };
    }
    return { subnets: linkListOf(attr(group, 'subnet_ids'), ctx), defaultVpc: false, groupLoc: group.loc };
}
const allowlistOf = allowlistReader(reasonOf);
function engineFact(v, fallback) {
    return stringFact(v, fallback ? known(fallback) : unknownFact('engine not set'));
}
const ENGINE_PORTS = [
    [/postgres/i, 5432],
    [/mysql|maria/i, 3306],
    [/oracle/i, 1521],
    [/sqlserver|mssql/i, 1433],
    [/redis/i, 6379],
    [/memcache/i, 11211],
    [/mongo|docdb/i, 27017],
    [/neptune/i, 8182],
];
function portOf(portValue, engine, fallback) {
    const n = asNumber(portValue);
    if (n !== undefined)
        return [n];
    if (engine.known)
        for (const [re, port] of ENGINE_PORTS)
            if (re.test(engine.value))
                return [port];
    return fallback;
}
function datastoreBase(r, service, engine, ports) {
    return { ...baseOf(r), kind: 'datastore', service, engine, ports, allowlists: [], publicEndpoints: [] };
}
/** The "publicly accessible" flag of a cluster from its member instances: true if any member is public. */
function membersFlag(members, key = 'publicly_accessible') {
    if (members.length === 0)
        return undefined;
    let unknownMember;
    for (const m of members) {
        const f = boolFact(attr(m, key), known(false));
        if (f.known && f.value)
            return f;
        if (!f.known)
            unknownMember ??= f;
    }
    return unknownMember ?? known(false, members[0].loc);
}
// ---------------------------------------------------------------- AWS relational and cluster databases
const DB_SUBNET_GROUPS = ['aws_db_subnet_group'];
function rdsInstance(r, ctx) {
    const engine = engineFact(attr(r, 'engine'));
    const replicaOf = attr(r, 'replicate_source_db');
    const placement = present(replicaOf) && !present(attr(r, 'db_subnet_group_name'))
        ? { subnets: { unknown: 'a read replica is placed like its source database' }, defaultVpc: false }
        : subnetsOfGroup(attr(r, 'db_subnet_group_name'), ctx, DB_SUBNET_GROUPS, ['name']);
    const vpcGroups = securityGroupLinks(attr(r, 'vpc_security_group_ids'), ctx);
    // EC2-Classic DB security groups are named in security_group_names.
    const classic = asList(attr(r, 'security_group_names'))
        .map((v) => resolveNamed(v, ctx, ['aws_db_security_group'], ['name']))
        .filter((g) => g !== undefined)
        .map((g) => ({ kind: 'resource', id: g.address, loc: g.loc }));
    return {
        ...datastoreBase(r, 'rds-instance', engine, portOf(attr(r, 'port'), engine, [])),
        publiclyAccessible: boolFact(attr(r, 'publicly_accessible'), known(false)),
        inNetwork: known(true),
        subnets: placement.subnets,
        securityGroups: Array.isArray(vpcGroups) ? [...vpcGroups, ...classic] : classic.length > 0 ? classic : vpcGroups,
        ...(placement.defaultVpc ? { defaultVpc: true } : {}),
    };
}
const CLUSTERS = [
    { clusterType: 'aws_rds_cluster', instanceType: 'aws_rds_cluster_instance', service: 'rds-cluster', subnetGroupKey: 'db_subnet_group_name', subnetGroupTypes: DB_SUBNET_GROUPS, defaultPorts: [] },
    { clusterType: 'aws_docdb_cluster', instanceType: 'aws_docdb_cluster_instance', service: 'docdb', subnetGroupKey: 'db_subnet_group_name', subnetGroupTypes: ['aws_docdb_subnet_group'], defaultPorts: [27017], neverPublic: 'Amazon DocumentDB has no public endpoint' },
    { clusterType: 'aws_neptune_cluster', instanceType: 'aws_neptune_cluster_instance', service: 'neptune', subnetGroupKey: 'neptune_subnet_group_name', subnetGroupTypes: ['aws_neptune_subnet_group'], defaultPorts: [8182] },
];
function clustersOf(spec, ctx) {
    const out = [];
    const claimed = new Set();
    for (const r of ctx.byType(spec.clusterType)) {
        const members = attachedTo(ctx, [spec.instanceType], 'cluster_identifier', r, ['cluster_identifier']);
        members.forEach((m) => claimed.add(m.address));
        const engine = engineFact(attr(r, 'engine'), spec.service === 'neptune' ? 'neptune' : spec.service === 'docdb' ? 'docdb' : undefined);
        const placement = subnetsOfGroup(attr(r, spec.subnetGroupKey), ctx, spec.subnetGroupTypes, ['name']);
        // Multi-AZ DB clusters carry the flag themselves; Aurora and Neptune carry it on each instance.
        const own = attr(r, 'publicly_accessible');
        const flag = spec.neverPublic ? known(false) : present(own) ? boolFact(own, known(false)) : membersFlag(members) ?? known(false);
        out.push({
            ...datastoreBase(r, spec.service, engine, portOf(attr(r, 'port'), engine, spec.defaultPorts)),
            publiclyAccessible: flag,
            inNetwork: known(true),
            subnets: placement.subnets,
            securityGroups: securityGroupLinks(attr(r, 'vpc_security_group_ids'), ctx),
            members: members.map((m) => m.address),
            ...(members.length > 0 ? { relatedLocs: members.map((m) => m.loc) } : {}),
            ...(placement.defaultVpc ? { defaultVpc: true } : {}),
        });
    }
    // Instances whose cluster is not in the scan still carry their own flag.
    for (const m of ctx.byType(spec.instanceType)) {
        if (claimed.has(m.address))
            continue;
        const engine = engineFact(attr(m, 'engine'), spec.service === 'neptune' ? 'neptune' : undefined);
        out.push({
            ...datastoreBase(m, spec.service, engine, portOf(attr(m, 'port'), engine, spec.defaultPorts)),
            publiclyAccessible: spec.neverPublic ? known(false) : boolFact(attr(m, 'publicly_accessible'), known(false)),
            inNetwork: known(true),
            subnets: { unknown: `the cluster ${refOf(attr(m, 'cluster_identifier'))?.address ?? asString(attr(m, 'cluster_identifier')) ?? ''} is not in the scanned files`.replace(/ {2,}/g, ' ') },
            securityGroups: { unknown: 'the cluster is not in the scanned files' },
        });
    }
    return out;
}
function redshiftClusters(ctx) {
    return ctx.byType('aws_redshift_cluster').map((r) => {
        const engine = known('redshift');
        const placement = subnetsOfGroup(attr(r, 'cluster_subnet_group_name'), ctx, ['aws_redshift_subnet_group'], ['name']);
        const flagValue = attr(r, 'publicly_accessible');
        return {
            ...datastoreBase(r, 'redshift', engine, portOf(attr(r, 'port'), engine, [5439])),
            // Omitted: false, the default since AWS provider 5.0 (older providers defaulted to true).
            publiclyAccessible: boolFact(flagValue, known(false)),
            inNetwork: known(true),
            subnets: placement.subnets,
            securityGroups: securityGroupLinks(attr(r, 'vpc_security_group_ids'), ctx),
            ...(placement.defaultVpc ? { defaultVpc: true } : {}),
        };
    });
}
function elasticache(ctx) {
    const out = [];
    for (const type of ['aws_elasticache_cluster', 'aws_elasticache_replication_group']) {
        for (const r of ctx.byType(type)) {
            // A cluster that joins a replication group is served through the group's record.
            if (type === 'aws_elasticache_cluster' && present(attr(r, 'replication_group_id')))
                continue;
            const engine = engineFact(attr(r, 'engine'), type === 'aws_elasticache_replication_group' ? 'redis' : undefined);
            const placement = subnetsOfGroup(attr(r, 'subnet_group_name'), ctx, ['aws_elasticache_subnet_group'], ['name']);
            out.push({
                ...datastoreBase(r, 'elasticache', engine, portOf(attr(r, 'port'), engine, [6379])),
                // ElastiCache nodes only ever get private addresses.
                publiclyAccessible: known(false),
                inNetwork: known(true),
                subnets: placement.subnets,
                securityGroups: securityGroupLinks(attr(r, 'security_group_ids'), ctx),
                ...(placement.defaultVpc ? { defaultVpc: true } : {}),
            });
        }
    }
    return out;
}
function dmsInstances(ctx) {
    return ctx.byType('aws_dms_replication_instance').map((r) => {
        const placement = subnetsOfGroup(attr(r, 'replication_subnet_group_id'), ctx, ['aws_dms_replication_subnet_group'], ['replication_subnet_group_id']);
        return {
            // A replication instance moves database data but listens on no service port of its own.
            ...datastoreBase(r, 'dms', known('dms'), []),
            // Unset, AWS gives the instance a public IP address (the API default is true).
            publiclyAccessible: boolFact(attr(r, 'publicly_accessible'), known(true, r.loc)),
            inNetwork: known(true),
            subnets: placement.subnets,
            securityGroups: securityGroupLinks(attr(r, 'vpc_security_group_ids'), ctx),
            ...(placement.defaultVpc ? { defaultVpc: true } : {}),
        };
    });
}
// ---------------------------------------------------------------- OpenSearch / Elasticsearch
function searchDomains(ctx) {
    const out = [];
    const resolvePolicyRef = iamPolicyDocumentResolver(dataSourcesOf(ctx));
    for (const [type, policyType] of [
        ['aws_elasticsearch_domain', 'aws_elasticsearch_domain_policy'],
        ['aws_opensearch_domain', 'aws_opensearch_domain_policy'],
    ]) {
        for (const r of ctx.byType(type)) {
            const vpcOptions = attr(r, 'vpc_options');
            const subnetIds = vpcOptions ? pathOf(vpcOptions, 'subnet_ids') : undefined;
            // A vpc_options block puts the domain in a VPC (its subnets may still be unknown).
            const inNetwork = !present(vpcOptions)
                ? known(false, r.loc)
                : vpcOptions.t === 'unknown' || vpcOptions.t === 'ref'
                    ? unknownFact(`vpc_options: ${reasonOf(vpcOptions)}`, vpcOptions.loc)
                    : known(asList(vpcOptions).length > 0, vpcOptions.loc);
            // A separate domain policy resource replaces the inline one.
            const policyResources = attachedTo(ctx, [policyType], 'domain_name', r, ['domain_name']);
            const policyResource = policyResources[policyResources.length - 1];
            const policyValue = policyResource ? attr(policyResource, 'access_policies') : attr(r, 'access_policies');
            const accessPolicy = present(policyValue)
                ? parsePolicyDocument(policyValue, policyResource?.address ?? r.address, resolvePolicyRef)
                : undefined;
            const fgac = attr(r, 'advanced_security_options');
            const fgacEnabled = fgac ? pathOf(fgac, 'enabled') : undefined;
            out.push({
                ...datastoreBase(r, 'opensearch', searchEngine(r), [443]),
                inNetwork,
                subnets: inNetwork.known && inNetwork.value ? linkListOf(subnetIds, ctx) : [],
                securityGroups: inNetwork.known && inNetwork.value ? securityGroupLinks(vpcOptions ? pathOf(vpcOptions, 'security_group_ids') : undefined, ctx) : [],
                ...(accessPolicy ? { accessPolicy } : {}),
                requiresCredentials: boolFact(fgacEnabled, known(false)),
                ...(policyResource ? { relatedLocs: [policyResource.loc] } : {}),
            });
        }
    }
    return out;
}
/** "Elasticsearch 7.1", "OpenSearch_2.11" as written, or the product name alone. */
function searchEngine(r) {
    const version = asString(attr(r, r.type === 'aws_opensearch_domain' ? 'engine_version' : 'elasticsearch_version'));
    if (r.type === 'aws_opensearch_domain')
        return known(version ?? 'OpenSearch');
    return known(version ? `Elasticsearch ${version}` : 'Elasticsearch');
}
/** A nested block attribute (`vpc_options { subnet_ids = [...] }` is a list of one map). */
function pathOf(block, key) {
    const first = block.t === 'list' ? block.items[0] : block;
    if (!first)
        return undefined;
    if (first.t === 'unknown' || first.t === 'ref')
        return first;
    return first.t === 'map' ? first.entries.get(key) : undefined;
}
/** The scan's data sources, for aws_iam_policy_document references (absent when the normalizer was given none). */
function dataSourcesOf(ctx) {
    const withData = ctx;
    return withData.dataByAddress;
}
// ---------------------------------------------------------------- Alibaba Cloud databases
/** Allowlists of `security_ips` and repeated IP-array blocks. */
function alicloudAllowlists(r, listKey, arrayBlock, appliesTo) {
    const out = [];
    const main = allowlistOf(listKey, attr(r, listKey), appliesTo);
    if (main)
        out.push(main);
    if (arrayBlock)
        asList(r.attrs.entries.get(arrayBlock)).forEach((b, i) => {
            if (b.t !== 'map')
                return;
            const name = asString(b.entries.get(`${arrayBlock}_name`)) ?? asString(b.entries.get('db_cluster_ip_array_name')) ?? `${arrayBlock}[${i}]`;
            const list = allowlistOf(`${arrayBlock} ${name}`, b.entries.get('security_ips'), appliesTo);
            if (list)
                out.push({ ...list, loc: b.loc ?? list.loc });
        });
    return out;
}
/** A public endpoint opened by a separate resource (alicloud_db_connection ...). */
function connectionEndpoints(ctx, types, key, target, name, ports) {
    return attachedTo(ctx, types, key, target).map((c) => {
        const netType = asString(attr(c, 'net_type'));
        const enabled = netType !== undefined && netType.toLowerCase() !== 'public' ? known(false, c.loc) : known(true, c.loc);
        const port = asNumber(attr(c, 'port'));
        return { name, enabled, loc: c.loc, address: c.address, ...(port !== undefined ? { ports: [port] } : ports ? { ports } : {}) };
    });
}
function alicloudRds(ctx) {
    return ctx.byType('alicloud_db_instance').map((r) => {
        const engine = engineFact(attr(r, 'engine'));
        const allowlists = alicloudAllowlists(r, 'security_ips', 'db_instance_ip_array', 'any');
        // pg_hba_conf `address` admits users by source address; a top-level `address` is read the same way.
        asList(r.attrs.entries.get('pg_hba_conf')).forEach((b, i) => {
            if (b.t !== 'map' || asString(b.entries.get('method'))?.toLowerCase() === 'reject')
                return;
            const list = allowlistOf(`pg_hba_conf[${i}].address`, b.entries.get('address'), 'any');
            if (list)
                allowlists.push({ ...list, loc: b.entries.get('address')?.loc ?? b.loc });
        });
        const topAddress = allowlistOf('address', attr(r, 'address'), 'any');
        if (topAddress)
            allowlists.push(topAddress);
        const endpoints = connectionEndpoints(ctx, ['alicloud_db_connection'], 'instance_id', r, 'public connection');
        const netType = attr(r, 'db_instance_net_type');
        if (asString(netType)?.toLowerCase() === 'internet')
            endpoints.push({ name: 'db_instance_net_type = Internet', enabled: known(true, netType?.loc), loc: netType?.loc });
        return {
            ...datastoreBase(r, 'alicloud-rds', engine, portOf(attr(r, 'port'), engine, [])),
            inNetwork: known(present(attr(r, 'vswitch_id'))),
            subnets: present(attr(r, 'vswitch_id')) ? [linkOf(attr(r, 'vswitch_id'), ctx)] : [],
            securityGroups: securityGroupLinks(attr(r, 'security_group_ids'), ctx),
            allowlists,
            publicEndpoints: endpoints,
            ...(endpoints.length > 0 ? { relatedLocs: endpoints.map((e) => e.loc).filter(Boolean) } : {}),
        };
    });
}
function alicloudKvstore(ctx) {
    return ctx.byType('alicloud_kvstore_instance').map((r) => {
        const engine = engineFact(attr(r, 'instance_type'), 'Redis');
        const allowlists = alicloudAllowlists(r, 'security_ips', undefined, 'any');
        for (const s of attachedTo(ctx, ['alicloud_kvstore_security_ips'], 'instance_id', r)) {
            const list = allowlistOf('alicloud_kvstore_security_ips', attr(s, 'security_ips'), 'any', { address: s.address });
            if (list)
                allowlists.push({ ...list, loc: list.loc ?? s.loc });
        }
        const endpoints = connectionEndpoints(ctx, ['alicloud_kvstore_connection'], 'instance_id', r, 'public connection');
        return {
            ...datastoreBase(r, 'alicloud-kvstore', engine, portOf(attr(r, 'port'), engine, [6379])),
            inNetwork: known(present(attr(r, 'vswitch_id'))),
            subnets: present(attr(r, 'vswitch_id')) ? [linkOf(attr(r, 'vswitch_id'), ctx)] : [],
            securityGroups: securityGroupLinks(attr(r, 'security_group_id'), ctx),
            allowlists,
            publicEndpoints: endpoints,
        };
    });
}
function alicloudMongo(ctx) {
    const out = [];
    for (const type of ['alicloud_mongodb_instance', 'alicloud_mongodb_sharding_instance']) {
        for (const r of ctx.byType(type)) {
            const allowlists = alicloudAllowlists(r, 'security_ip_list', undefined, 'any');
            const endpoints = connectionEndpoints(ctx, ['alicloud_mongodb_public_network_address', 'alicloud_mongodb_sharding_network_public_address'], 'db_instance_id', r, 'public network address');
            out.push({
                ...datastoreBase(r, 'alicloud-mongodb', known('MongoDB'), [3717]),
                inNetwork: known(present(attr(r, 'vswitch_id'))),
                subnets: present(attr(r, 'vswitch_id')) ? [linkOf(attr(r, 'vswitch_id'), ctx)] : [],
                securityGroups: securityGroupLinks(attr(r, 'security_group_id'), ctx),
                allowlists,
                publicEndpoints: endpoints,
            });
        }
    }
    return out;
}
function alicloudElasticsearch(ctx) {
    return ctx.byType('alicloud_elasticsearch_instance').map((r) => {
        const allowlists = [];
        const pub = allowlistOf('public_whitelist', attr(r, 'public_whitelist'), 'public', { endpoint: 'public endpoint' });
        const kibana = allowlistOf('kibana_whitelist', attr(r, 'kibana_whitelist'), 'public', { endpoint: 'Kibana public endpoint' });
        const priv = allowlistOf('private_whitelist', attr(r, 'private_whitelist'), 'private');
        const kibanaPriv = allowlistOf('kibana_private_whitelist', attr(r, 'kibana_private_whitelist'), 'private');
        for (const l of [pub, kibana, priv, kibanaPriv])
            if (l)
                allowlists.push(l);
        const enablePublic = attr(r, 'enable_public');
        const enableKibana = attr(r, 'enable_kibana_public_network');
        return {
            ...datastoreBase(r, 'alicloud-elasticsearch', stringFact(attr(r, 'version'), known('Elasticsearch')), [9200]),
            inNetwork: known(true),
            subnets: present(attr(r, 'vswitch_id')) ? [linkOf(attr(r, 'vswitch_id'), ctx)] : [],
            securityGroups: [],
            allowlists,
            publicEndpoints: [
                { name: 'public endpoint', enabled: boolFact(enablePublic, known(false)), loc: enablePublic?.loc ?? r.loc, ports: [9200] },
                // Kibana's public endpoint is on unless switched off (the provider documented `default to true`).
                { name: 'Kibana public endpoint', enabled: boolFact(enableKibana, known(true)), loc: enableKibana?.loc ?? r.loc, ports: [5601] },
            ],
        };
    });
}
function alicloudPolardb(ctx) {
    return ctx.byType('alicloud_polardb_cluster').map((r) => {
        const engine = engineFact(attr(r, 'db_type'));
        const endpoints = connectionEndpoints(ctx, ['alicloud_polardb_endpoint_address'], 'db_cluster_id', r, 'public endpoint address');
        return {
            ...datastoreBase(r, 'alicloud-polardb', engine, portOf(undefined, engine, [3306])),
            inNetwork: known(present(attr(r, 'vswitch_id'))),
            subnets: present(attr(r, 'vswitch_id')) ? [linkOf(attr(r, 'vswitch_id'), ctx)] : [],
            securityGroups: securityGroupLinks(attr(r, 'security_group_ids'), ctx),
            allowlists: alicloudAllowlists(r, 'security_ips', 'db_cluster_ip_array', 'any'),
            publicEndpoints: endpoints,
        };
    });
}
// ---------------------------------------------------------------- compute
function awsInstances(ctx) {
    return ctx.byType('aws_instance').map((r) => {
        const eips = [
            ...attachedTo(ctx, ['aws_eip'], 'instance', r),
            ...attachedTo(ctx, ['aws_eip_association'], 'instance_id', r),
        ];
        const explicit = attr(r, 'associate_public_ip_address');
        const subnetValue = attr(r, 'subnet_id');
        const subnet = present(subnetValue) ? linkOf(subnetValue, ctx) : { kind: 'unknown', reason: 'no subnet_id: the default VPC' };
        const subnetRes = subnet.kind === 'resource' ? ctx.byAddress.get(subnet.id) : undefined;
        const { publicIp, detail } = awsInstancePublicIp({
            eips,
            ...(present(explicit) ? { explicit: { fact: boolFact(explicit, known(false)), label: 'associate_public_ip_address = true' } } : {}),
            defaultVpc: !present(subnetValue),
            instanceLoc: r.loc,
            ...(subnetRes
                ? { subnetSetting: { fact: boolFact(attr(subnetRes, 'map_public_ip_on_launch'), known(subnetRes.type === 'aws_default_subnet')), label: `${subnetRes.address} map_public_ip_on_launch` } }
                : {}),
            subnet,
            scope: 'the scanned files',
        });
        const vpcGroups = securityGroupLinks(attr(r, 'vpc_security_group_ids'), ctx);
        const named = securityGroupLinks(attr(r, 'security_groups'), ctx);
        const groups = Array.isArray(vpcGroups) && Array.isArray(named) ? [...vpcGroups, ...named] : !Array.isArray(vpcGroups) ? vpcGroups : named;
        return {
            ...baseOf(r),
            kind: 'compute',
            publicIp,
            subnet,
            securityGroups: groups,
            ...(detail && publicIp.known && publicIp.value ? { publicIpDetail: detail } : {}),
            ...(!present(subnetValue) ? { defaultVpc: true } : {}),
            ...(eips.length > 0 ? { relatedLocs: eips.map((e) => e.loc) } : {}),
        };
    });
}
function alicloudInstances(ctx) {
    return ctx.byType('alicloud_instance').map((r) => {
        const eips = attachedTo(ctx, ['alicloud_eip_association'], 'instance_id', r);
        const bandwidth = attr(r, 'internet_max_bandwidth_out');
        let publicIp;
        let detail;
        if (eips.length > 0) {
            publicIp = known(true, eips[0].loc);
            detail = `${eips[0].address} (EIP)`;
        }
        else if (!present(bandwidth)) {
            publicIp = known(false, r.loc);
        }
        else {
            const n = asNumber(bandwidth);
            // A VPC instance gets a public address exactly when it is given outbound internet bandwidth.
            publicIp = n !== undefined ? known(n > 0, bandwidth.loc) : unknownFact(`internet_max_bandwidth_out: ${reasonOf(bandwidth)}`, bandwidth.loc);
            detail = `internet_max_bandwidth_out = ${n}`;
        }
        return {
            ...baseOf(r),
            kind: 'compute',
            publicIp,
            subnet: linkOf(attr(r, 'vswitch_id'), ctx),
            securityGroups: securityGroupLinks(attr(r, 'security_groups'), ctx),
            ...(detail && publicIp.known && publicIp.value ? { publicIpDetail: detail } : {}),
            ...(eips.length > 0 ? { relatedLocs: eips.map((e) => e.loc) } : {}),
        };
    });
}
// ---------------------------------------------------------------- entry point
export function normalizeDatastores(ctx) {
    return [
        ...ctx.byType('aws_db_instance').map((r) => rdsInstance(r, ctx)),
        ...CLUSTERS.flatMap((spec) => clustersOf(spec, ctx)),
        ...redshiftClusters(ctx),
        ...elasticache(ctx),
        ...dmsInstances(ctx),
        ...searchDomains(ctx),
        ...alicloudRds(ctx),
        ...alicloudKvstore(ctx),
        ...alicloudMongo(ctx),
        ...alicloudElasticsearch(ctx),
        ...alicloudPolardb(ctx),
        ...awsInstances(ctx),
        ...alicloudInstances(ctx),
        ...datastoresFromKnownModules(ctx),
    ];
}
