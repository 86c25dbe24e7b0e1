/**
 * Alibaba Cloud ROS resources → model records, with the semantics of the
 * Terraform alicloud normalizers: VPCs and vSwitches; security groups with
 * inline and separate rules (accept/drop, priority 1 highest, port ranges
 * "22/22"); ECS instances (public IP from AllocatePublicIP with outbound
 * bandwidth, or an EIP association); RDS (SecurityIPList allowlist, public
 * connection); Redis (whitelists, public connections); Elasticsearch (public
 * and Kibana endpoints and whitelists). OSS buckets are read by storage.ts.
 *
 * Property names follow Alibaba's ROS reference; the defaults that reference
 * does not state are taken from the services' APIs and named in comments.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { asBool, asNumber, asString } from '../../../model/value.js';
import { ALL_PORTS, alicloudPortRange, normalizeProtocol } from '../../../model/ports.js';
import { allowlistReader } from '../../shared/allowlist.js';
import { servicePorts } from '../../shared/engine-ports.js';
import { attachedTo, attr, boolFact, findByProperty, linkOf, mapItems, present, reasonOf, refOf, stringFact, templateBase } from './common.js';
const SECURITY_GROUP = 'ALIYUN::ECS::SecurityGroup';
// ---------------------------------------------------------------- networks
function networks(ctx) {
    return ctx.byType('ALIYUN::ECS::VPC').map((r) => {
        const cidr = attr(r, 'CidrBlock');
        const s = asString(cidr);
        return { ...templateBase(r), kind: 'network', cidrs: s !== undefined ? known([s], cidr?.loc) : present(cidr) ? unknownFact(reasonOf(cidr)) : known([], r.loc) };
    });
}
function vswitches(ctx) {
    return ctx.byType('ALIYUN::ECS::VSwitch').map((r) => ({
        ...templateBase(r),
        kind: 'subnet',
        network: linkOf(attr(r, 'VpcId'), ctx),
        cidr: stringFact(attr(r, 'CidrBlock')),
        // A vSwitch never hands out public addresses by itself.
        mapPublicIp: known(false),
    }));
}
// ---------------------------------------------------------------- security groups
function portsOf(v) {
    if (!present(v))
        return known(ALL_PORTS);
    const s = asString(v);
    if (s === undefined)
        return unknownFact(`PortRange: ${reasonOf(v)}`);
    const range = alicloudPortRange(s);
    return range ? known(range, v.loc) : unknownFact(`PortRange "${s}" is not a range`);
}
function policyOf(v) {
    // The API's default is accept.
    if (!present(v))
        return known('accept');
    const s = asString(v)?.toLowerCase();
    return s === 'accept' || s === 'drop' ? known(s, v.loc) : unknownFact(`Policy: ${reasonOf(v)}`);
}
function priorityOf(v) {
    // The API's default priority is 1.
    if (!present(v))
        return known(1);
    const n = asNumber(v);
    return n !== undefined ? known(n, v.loc) : unknownFact(`Priority: ${reasonOf(v)}`);
}
function ruleOf(get, direction, ctx, base) {
    const protocolValue = get('IpProtocol');
    const protocolText = asString(protocolValue);
    const protocol = protocolText !== undefined ? known(normalizeProtocol(protocolText), protocolValue?.loc) : unknownFact(`IpProtocol: ${reasonOf(protocolValue)}`);
    const [v4, v6, group, prefixList] = direction === 'ingress' ? ['SourceCidrIp', 'Ipv6SourceCidrIp', 'SourceGroupId', 'SourcePrefixListId'] : ['DestCidrIp', 'Ipv6DestCidrIp', 'DestGroupId', 'DestPrefixListId'];
    const sources = [];
    for (const key of [v4, v6]) {
        const v = get(key);
        if (!present(v))
            continue;
        const s = asString(v);
        sources.push(s !== undefined ? { kind: 'cidr', cidr: s } : { kind: 'unknown', reason: `${key}: ${reasonOf(v)}` });
    }
    const groupValue = get(group);
    // A CIDR takes precedence over a source group when both are given.
    if (present(groupValue) && sources.length === 0)
        sources.push({ kind: 'group', link: groupLink(groupValue, ctx) });
    const prefix = get(prefixList);
    if (present(prefix) && sources.length === 0) {
        const s = asString(prefix);
        sources.push(s !== undefined ? { kind: 'prefix-list', id: s } : { kind: 'unknown', reason: `${prefixList}: ${reasonOf(prefix)}` });
    }
    const description = asString(get('Description'));
    const nicType = asString(get('NicType'));
    const rule = {
        direction,
        protocol,
        ports: portsOf(get('PortRange')),
        policy: policyOf(get('Policy')),
        priority: priorityOf(get('Priority')),
        ...(description ? { description } : {}),
        ...(nicType ? { nicType } : {}),
        loc: base.loc,
        key: base.key,
        ...(base.address ? { address: base.address } : {}),
    };
    return sources.map((source) => ({ ...rule, source }));
}
function groupIdOf(v, ctx) {
    if (!present(v))
        return undefined;
    const ref = refOf(v);
    if (ref)
        return { id: ref.address, declared: ctx.byAddress.has(ref.address) };
    const s = asString(v);
    if (s === undefined)
        return undefined;
    const named = findByProperty(ctx, [SECURITY_GROUP], 'SecurityGroupName', s);
    return named ? { id: named.address, declared: true } : { id: s, declared: false };
}
function groupLink(v, ctx) {
    const target = groupIdOf(v, ctx);
    return target?.declared ? { kind: 'resource', id: target.id, loc: v.loc } : linkOf(v, ctx);
}
function entryGetter(m) {
    return (k) => {
        const v = m.entries.get(k);
        return present(v) ? v : undefined;
    };
}
function securityGroups(ctx) {
    const groups = new Map();
    for (const r of ctx.byType(SECURITY_GROUP)) {
        const rules = [];
        for (const [property, direction] of [['SecurityGroupIngress', 'ingress'], ['SecurityGroupEgress', 'egress']])
            mapItems(attr(r, property)).forEach((item, i) => rules.push(...ruleOf(entryGetter(item), direction, ctx, { loc: item.loc ?? r.loc, key: `${r.address}.${property}[${i}]` })));
        groups.set(r.address, { ...templateBase(r), kind: 'security-group', network: linkOf(attr(r, 'VpcId'), ctx), isDefault: false, rules });
    }
    const groupFor = (v, rule) => {
        const target = groupIdOf(v, ctx);
        if (!target)
            return undefined;
        let group = groups.get(target.id);
        if (!group) {
            group = { ...templateBase(rule), id: target.id, kind: 'security-group', sourceType: SECURITY_GROUP, network: { kind: 'unknown', reason: `${target.id} is not in the template` }, isDefault: false, rules: [], declared: false, tags: {} };
            groups.set(target.id, group);
        }
        return group;
    };
    for (const [type, direction] of [['ALIYUN::ECS::SecurityGroupIngress', 'ingress'], ['ALIYUN::ECS::SecurityGroupEgress', 'egress']])
        for (const r of ctx.byType(type)) {
            const group = groupFor(attr(r, 'SecurityGroupId'), r);
            if (!group)
                continue;
            group.rules.push(...ruleOf((k) => {
                const v = attr(r, k);
                return present(v) ? v : undefined;
            }, direction, ctx, { loc: r.loc, key: r.address, address: r.address }));
            if (group.declared !== false)
                (group.relatedLocs ??= []).push(r.loc);
        }
    // ALIYUN::ECS::SecurityGroupIngresses: several inbound rules for one group.
    for (const r of ctx.byType('ALIYUN::ECS::SecurityGroupIngresses')) {
        const group = groupFor(attr(r, 'SecurityGroupId'), r);
        if (!group)
            continue;
        mapItems(attr(r, 'Permissions')).forEach((item, i) => group.rules.push(...ruleOf(entryGetter(item), 'ingress', ctx, { loc: item.loc ?? r.loc, key: `${r.address}.Permissions[${i}]`, address: r.address })));
        if (group.declared !== false)
            (group.relatedLocs ??= []).push(r.loc);
    }
    return [...groups.values()];
}
function separateRuleTargets(ctx) {
    const out = new Set();
    for (const type of ['ALIYUN::ECS::SecurityGroupIngress', 'ALIYUN::ECS::SecurityGroupEgress', 'ALIYUN::ECS::SecurityGroupIngresses'])
        for (const r of ctx.byType(type)) {
            const target = groupIdOf(attr(r, 'SecurityGroupId'), ctx);
            if (target)
                out.add(target.id);
        }
    return out;
}
/** Security groups named by a resource: one id, a list, or a comma-separated string. */
function groupLinks(values, ctx) {
    const out = [];
    for (const v of values) {
        if (!present(v))
            continue;
        if (v.t === 'unknown' && !v.ref)
            return { unknown: reasonOf(v) };
        const items = v.t === 'list' ? v.items : [v];
        for (const item of items) {
            const text = asString(item);
            const parts = text !== undefined && text.includes(',') ? text.split(',').map((p) => ({ t: 'string', v: p.trim(), loc: item.loc })) : [item];
            for (const part of parts) {
                const target = groupIdOf(part, ctx);
                if (!target)
                    out.push({ kind: 'unknown', reason: reasonOf(part), loc: part.loc });
                // A group outside the template that separate rules name has a record of its own.
                else if (target.declared || separateRuleTargets(ctx).has(target.id))
                    out.push({ kind: 'resource', id: target.id, loc: part.loc });
                else
                    out.push({ kind: 'external', value: target.id, loc: part.loc });
            }
        }
    }
    return out;
}
// ---------------------------------------------------------------- ECS
function eipAssociations(r, ctx) {
    return attachedTo(ctx, ['ALIYUN::VPC::EIPAssociation'], 'InstanceId', r);
}
function instances(ctx) {
    return [...ctx.byType('ALIYUN::ECS::Instance'), ...ctx.byType('ALIYUN::ECS::InstanceGroup')].map((r) => {
        const eips = eipAssociations(r, ctx);
        const bandwidth = attr(r, 'InternetMaxBandwidthOut');
        const allocate = attr(r, 'AllocatePublicIP');
        let publicIp;
        let detail;
        if (eips.length > 0) {
            publicIp = known(true, eips[0].loc);
            detail = `${eips[0].address} (EIP)`;
        }
        else if (present(allocate) && asBool(allocate) === false) {
            publicIp = known(false, allocate.loc);
        }
        else if (!present(bandwidth)) {
            // The ECS API's default outbound bandwidth is 0: no public address.
            publicIp = known(false, r.loc);
        }
        else {
            const n = asNumber(bandwidth);
            const allocateKnown = !present(allocate) || asBool(allocate) !== undefined;
            publicIp = n === undefined ? unknownFact(`InternetMaxBandwidthOut: ${reasonOf(bandwidth)}`, bandwidth.loc) : !allocateKnown ? unknownFact(`AllocatePublicIP: ${reasonOf(allocate)}`, allocate?.loc) : known(n > 0, bandwidth.loc);
            detail = `InternetMaxBandwidthOut: ${n}`;
        }
        return {
            ...templateBase(r),
            kind: 'compute',
            publicIp,
            subnet: linkOf(attr(r, 'VSwitchId'), ctx),
            securityGroups: groupLinks([attr(r, 'SecurityGroupId'), attr(r, 'SecurityGroupIds')], ctx),
            ...(detail && publicIp.known && publicIp.value ? { publicIpDetail: detail } : {}),
            ...(eips.length > 0 ? { relatedLocs: eips.map((e) => e.loc) } : {}),
        };
    });
}
// ---------------------------------------------------------------- databases
const allowlist = allowlistReader(reasonOf);
function placement(r, ctx) {
    const vswitch = attr(r, 'VSwitchId');
    return { inNetwork: known(present(vswitch) || present(attr(r, 'VpcId'))), subnets: present(vswitch) ? [linkOf(vswitch, ctx)] : [] };
}
const RDS_TYPES = ['ALIYUN::RDS::DBInstance', 'ALIYUN::RDS::PrepayDBInstance', 'ALIYUN::RDS::DBInstanceClone'];
function rds(ctx) {
    return RDS_TYPES.flatMap((t) => ctx.byType(t)).map((r) => {
        const engine = stringFact(attr(r, 'Engine'), unknownFact('engine not set'));
        const list = allowlist('SecurityIPList', attr(r, 'SecurityIPList'), 'any');
        const endpoints = [];
        const allocate = attr(r, 'AllocatePublicConnection');
        if (present(allocate))
            endpoints.push({ name: 'public connection (AllocatePublicConnection)', enabled: boolFact(allocate, known(false)), loc: allocate.loc });
        const netType = attr(r, 'DBInstanceNetType');
        if (asString(netType)?.toLowerCase() === 'internet')
            endpoints.push({ name: 'DBInstanceNetType: Internet', enabled: known(true, netType?.loc), loc: netType?.loc });
        return {
            ...templateBase(r),
            kind: 'datastore',
            service: 'alicloud-rds',
            engine,
            ports: servicePorts(asNumber(attr(r, 'Port')), engine.known ? engine.value : undefined, []),
            ...placement(r, ctx),
            securityGroups: groupLinks([attr(r, 'SecurityGroupId')], ctx),
            allowlists: list ? [list] : [],
            publicEndpoints: endpoints,
        };
    });
}
function redis(ctx) {
    return [...ctx.byType('ALIYUN::REDIS::Instance'), ...ctx.byType('ALIYUN::REDIS::PrepayInstance')].map((r) => {
        const allowlists = [];
        for (const w of attachedTo(ctx, ['ALIYUN::REDIS::Whitelist'], 'InstanceId', r)) {
            const name = asString(attr(w, 'SecurityIpGroupName')) ?? 'default';
            const list = allowlist(`whitelist ${name}`, attr(w, 'SecurityIps'), 'any', { address: w.address });
            if (list)
                allowlists.push({ ...list, loc: list.loc ?? w.loc });
        }
        const endpoints = [];
        for (const c of attachedTo(ctx, ['ALIYUN::REDIS::Connection'], 'InstanceId', r)) {
            const type = asString(attr(c, 'ConnectionType'));
            const port = asNumber(attr(c, 'Port'));
            endpoints.push({ name: 'public connection', enabled: type === undefined || type.toLowerCase() === 'public' ? known(true, c.loc) : known(false, c.loc), loc: c.loc, address: c.address, ...(port !== undefined ? { ports: [port] } : {}) });
        }
        // The instance's own Connections property may request a public endpoint too.
        const inline = attr(r, 'Connections', 'PublicConnection');
        if (present(inline)) {
            const port = asNumber(attr(r, 'Connections', 'PublicConnection', 'Port'));
            endpoints.push({ name: 'public connection (Connections.PublicConnection)', enabled: known(true, inline.loc), loc: inline.loc, ...(port !== undefined ? { ports: [port] } : {}) });
        }
        return {
            ...templateBase(r),
            kind: 'datastore',
            service: 'alicloud-kvstore',
            engine: known('Redis'),
            ports: [6379],
            ...placement(r, ctx),
            securityGroups: groupLinks([attr(r, 'SecurityGroupId')], ctx),
            allowlists,
            publicEndpoints: endpoints,
            ...(endpoints.some((e) => e.address) ? { relatedLocs: endpoints.filter((e) => e.address).map((e) => e.loc) } : {}),
        };
    });
}
function elasticsearch(ctx) {
    return ctx.byType('ALIYUN::ElasticSearch::Instance').map((r) => {
        const lists = [
            allowlist('PublicWhitelist', attr(r, 'PublicWhitelist'), 'public', { endpoint: 'public endpoint' }),
            allowlist('KibanaWhitelist', attr(r, 'KibanaWhitelist'), 'public', { endpoint: 'Kibana public endpoint' }),
            allowlist('PrivateWhitelist', attr(r, 'PrivateWhitelist'), 'private'),
        ].filter((l) => l !== undefined);
        const enablePublic = attr(r, 'EnablePublic');
        const enableKibana = attr(r, 'EnableKibanaPublic');
        return {
            ...templateBase(r),
            kind: 'datastore',
            service: 'alicloud-elasticsearch',
            engine: stringFact(attr(r, 'Version'), known('Elasticsearch')),
            ports: [9200],
            inNetwork: known(true),
            subnets: present(attr(r, 'VSwitchId')) ? [linkOf(attr(r, 'VSwitchId'), ctx)] : [],
            securityGroups: [],
            allowlists: lists,
            publicEndpoints: [
                { name: 'public endpoint', enabled: boolFact(enablePublic, known(false)), loc: enablePublic?.loc ?? r.loc, ports: [9200] },
                // Kibana's public endpoint is on unless switched off (as the Terraform provider documents for the same API).
                { name: 'Kibana public endpoint', enabled: boolFact(enableKibana, known(true)), loc: enableKibana?.loc ?? r.loc, ports: [5601] },
            ],
        };
    });
}
export function normalizeAlicloud(ctx) {
    return [...networks(ctx), ...vswitches(ctx), ...securityGroups(ctx), ...instances(ctx), ...rds(ctx), ...redis(ctx), ...elasticsearch(ctx)];
}
