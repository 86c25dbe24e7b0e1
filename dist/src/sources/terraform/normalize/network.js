/**
 * Terraform network resources → model records: VPCs and subnets, route tables
 * with their routes and associations, internet/NAT gateways, network ACLs and
 * security groups (AWS and Alibaba Cloud). Separately declared rules, routes
 * and associations are folded into the record they belong to, each keeping its
 * own address and location so a finding can point at the exact rule.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { asBool, asList, asNumber, asString, refOf } from '../../../model/value.js';
import { implicitId, vpcOfImplicitId } from '../../../model/implicit-ids.js';
import { awsDefaultGroupRule } from '../../shared/aws-default-group.js';
import { ALL_PORTS, alicloudPortRange, awsPortRange, normalizeProtocol } from '../../../model/ports.js';
import { attr, baseOf, boolFact, byAttributeText, firstInstanceOf, linkOf, stringFact } from './common.js';
import { firewallsFromKnownModules } from './network-modules.js';
// ---------------------------------------------------------------- references
/** The type part of a resource address (`module.db.aws_vpc.main[0]` → `aws_vpc`). */
export function typeOfAddress(address) {
    const parts = address.replace(/\[[^\]]*\]/g, '').split('.');
    // Resource addresses end in <type>.<name>; module prefixes come in pairs before them.
    return parts.length >= 2 ? parts[parts.length - 2] : '';
}
/** The address of a resource in the scan a ref names (an un-indexed ref matches the first instance). */
export function scannedAddress(ctx, address) {
    if (ctx.byAddress.has(address))
        return address;
    return firstInstanceOf(ctx, address);
}
/** Why a value is not a usable literal, in words. */
export function reasonOf(v) {
    if (!v || v.t === 'null')
        return 'not set';
    if (v.t === 'unknown')
        return v.reason;
    if (v.t === 'ref')
        return `${v.ref.address}.${v.ref.attr.join('.')} is known only after apply`;
    return `unexpected ${v.t} value`;
}
/**
 * Resources of the given types whose attribute `key` equals `value`: how a
 * literal (or an evaluated `aws_db_subnet_group.x.name`) finds its resource.
 */
export function findByAttribute(ctx, types, key, value) {
    return byAttributeText(ctx, types, key).get(value)?.[0];
}
/** Located value of a map entry (the map's own location when the entry has none). */
function locOf(v, fallback) {
    return v?.loc ?? fallback;
}
/** Nested blocks or an attribute list of objects (`ingress { }` ×n or `ingress = [{...}]`). */
function blocks(r, name) {
    const v = r.attrs.entries.get(name);
    return asList(v).filter((b) => b.t === 'map');
}
/** Whether a block attribute was written as an unknown (a variable, a dynamic block over unknown input). */
function unknownBlocks(r, name) {
    const v = r.attrs.entries.get(name);
    return v && (v.t === 'unknown' || v.t === 'ref') ? v : undefined;
}
function entry(m, key) {
    const v = m.entries.get(key);
    return v && v.t !== 'null' ? v : undefined;
}
// ---------------------------------------------------------------- VPCs and subnets
const VPC_TYPES = ['aws_vpc', 'aws_default_vpc', 'alicloud_vpc'];
const SUBNET_TYPES = ['aws_subnet', 'aws_default_subnet', 'alicloud_vswitch'];
function networkOf(r) {
    const cidrs = [];
    let missing;
    for (const key of ['cidr_block', 'ipv6_cidr_block']) {
        const v = attr(r, key);
        if (!v || v.t === 'null')
            continue;
        const s = asString(v);
        if (s !== undefined)
            cidrs.push(s);
        else if (key === 'cidr_block')
            missing = reasonOf(v);
    }
    const isDefault = r.type === 'aws_default_vpc';
    return {
        ...baseOf(r),
        kind: 'network',
        cidrs: missing && cidrs.length === 0 ? unknownFact(missing) : known(cidrs, r.loc),
        ...(isDefault ? { isDefault } : {}),
    };
}
function subnetOf(r, ctx) {
    const isDefault = r.type === 'aws_default_subnet';
    return {
        ...baseOf(r),
        kind: 'subnet',
        network: isDefault ? defaultVpcLink(ctx) : linkOf(attr(r, 'vpc_id'), ctx),
        cidr: stringFact(attr(r, 'cidr_block'), isDefault ? unknownFact('default subnet CIDR is chosen by AWS') : undefined),
        // Default subnets launch instances with public addresses; other AWS subnets do not unless asked.
        mapPublicIp: r.provider === 'alicloud' ? known(false) : boolFact(attr(r, 'map_public_ip_on_launch'), known(isDefault)),
        ...(isDefault ? { isDefault } : {}),
    };
}
/** The account's default VPC: the declared aws_default_vpc if any, else a link that says it is not in the scan. */
export function defaultVpcLink(ctx) {
    const declared = ctx.byType('aws_default_vpc')[0];
    return declared ? { kind: 'resource', id: declared.address, loc: declared.loc } : { kind: 'unknown', reason: 'the default VPC is not in the scanned files' };
}
// ---------------------------------------------------------------- gateways
function gatewaysOf(ctx) {
    const out = [];
    const attachments = ctx.byType('aws_internet_gateway_attachment');
    for (const r of ctx.byType('aws_internet_gateway')) {
        let network = linkOf(attr(r, 'vpc_id'), ctx);
        const relatedLocs = [];
        for (const a of attachments) {
            if (refOf(attr(a, 'internet_gateway_id'))?.address !== r.address && scannedAddressOfRef(ctx, attr(a, 'internet_gateway_id')) !== r.address)
                continue;
            network = linkOf(attr(a, 'vpc_id'), ctx);
            relatedLocs.push(a.loc);
        }
        out.push({ ...baseOf(r), kind: 'gateway', gatewayKind: 'internet', network, ...(relatedLocs.length ? { relatedLocs } : {}) });
    }
    for (const r of ctx.byType('aws_egress_only_internet_gateway'))
        out.push({ ...baseOf(r), kind: 'gateway', gatewayKind: 'egress-only', network: linkOf(attr(r, 'vpc_id'), ctx) });
    for (const r of ctx.byType('aws_nat_gateway'))
        out.push({ ...baseOf(r), kind: 'gateway', gatewayKind: 'nat', network: { kind: 'unknown', reason: 'a NAT gateway is placed by subnet' } });
    return out;
}
function scannedAddressOfRef(ctx, v) {
    const ref = refOf(v);
    return ref ? scannedAddress(ctx, ref.address) : undefined;
}
// ---------------------------------------------------------------- route tables
const MAIN_TABLE_ATTRS = new Set(['main_route_table_id', 'default_route_table_id']);
/** Route target from the fields of an inline route or an aws_route. */
function routeTargetOf(m, ctx) {
    const fields = [
        ['gateway_id', 'internet-gateway'],
        ['egress_only_gateway_id', 'egress-only-gateway'],
        ['nat_gateway_id', 'nat-gateway'],
        ['transit_gateway_id', 'other'],
        ['vpc_peering_connection_id', 'other'],
        ['network_interface_id', 'other'],
        ['vpc_endpoint_id', 'other'],
        ['carrier_gateway_id', 'other'],
        ['local_gateway_id', 'other'],
        ['core_network_arn', 'other'],
        ['instance_id', 'other'],
    ];
    for (const [key, kind] of fields) {
        const v = m(key);
        if (!v || v.t === 'null')
            continue;
        if (kind !== 'internet-gateway')
            return { kind: kind, link: linkOf(v, ctx) };
        // gateway_id holds internet gateways, but also virtual private gateways and `local`.
        const ref = refOf(v);
        if (ref) {
            const type = typeOfAddress(ref.address);
            if (type === 'aws_internet_gateway')
                return { kind: 'internet-gateway', link: linkOf(v, ctx) };
            if (type === 'aws_vpn_gateway' || type === 'aws_ec2_transit_gateway')
                return { kind: 'other', link: linkOf(v, ctx) };
            return { kind: 'unknown', reason: `gateway ${ref.address} is not an internet gateway in the scanned files` };
        }
        const s = asString(v);
        if (s === 'local')
            return { kind: 'local' };
        if (s?.startsWith('igw-'))
            return { kind: 'internet-gateway', link: { kind: 'external', value: s, loc: v.loc } };
        if (s !== undefined)
            return { kind: 'other', link: { kind: 'external', value: s, loc: v.loc } };
        return { kind: 'unknown', reason: `gateway_id: ${reasonOf(v)}` };
    }
    return { kind: 'unknown', reason: 'the route names no target' };
}
function routeDestinationOf(m, keys) {
    for (const key of keys) {
        const v = m(key);
        if (v && v.t !== 'null')
            return stringFact(v);
    }
    return unknownFact('the route names no destination');
}
function inlineRoutesOf(r, ctx) {
    const unknownRoutes = unknownBlocks(r, 'route');
    if (unknownRoutes)
        return [{ destination: unknownFact(`route: ${reasonOf(unknownRoutes)}`), target: { kind: 'unknown', reason: `route: ${reasonOf(unknownRoutes)}` }, loc: unknownRoutes.loc ?? r.loc }];
    return blocks(r, 'route').map((b) => {
        const get = (k) => entry(b, k);
        return {
            destination: routeDestinationOf(get, ['cidr_block', 'ipv6_cidr_block', 'destination_prefix_list_id']),
            target: routeTargetOf(get, ctx),
            loc: locOf(b, r.loc),
        };
    });
}
/** Which route table (or VPC main table) a `route_table_id` value points at: a model id, or a link for the unresolvable. */
function tableIdOf(v, ctx) {
    const ref = refOf(v);
    if (ref) {
        const target = scannedAddress(ctx, ref.address);
        if (target && VPC_TYPES.includes(typeOfAddress(target)) && MAIN_TABLE_ATTRS.has(ref.attr[0] ?? ''))
            return { id: implicitId(target, 'main_route_table') };
        if (target && typeOfAddress(target) === 'aws_default_route_table')
            return { id: target };
        if (target)
            return { id: target };
    }
    return { link: linkOf(v, ctx) };
}
function routeTablesOf(ctx, subnetsByAddress) {
    const tables = new Map();
    for (const r of ctx.byType('aws_route_table'))
        tables.set(r.address, { ...baseOf(r), kind: 'route-table', network: linkOf(attr(r, 'vpc_id'), ctx), isMain: known(false), routes: inlineRoutesOf(r, ctx), subnets: [] });
    for (const r of ctx.byType('aws_default_route_table')) {
        // default_route_table_id = aws_vpc.x.default_route_table_id names the VPC whose main table this is.
        const vpcRef = refOf(attr(r, 'default_route_table_id'));
        const vpc = vpcRef ? scannedAddress(ctx, vpcRef.address) : undefined;
        const network = vpc ? { kind: 'resource', id: vpc } : { kind: 'unknown', reason: `default_route_table_id: ${reasonOf(attr(r, 'default_route_table_id'))}` };
        tables.set(r.address, { ...baseOf(r), kind: 'route-table', network, isMain: known(true, r.loc), routes: inlineRoutesOf(r, ctx), subnets: [] });
    }
    /** The implicit main table of a VPC, created on first mention. */
    const mainTableOf = (id, mention) => {
        let t = tables.get(id);
        if (!t) {
            const vpcAddress = vpcOfImplicitId(id);
            const vpc = ctx.byAddress.get(vpcAddress);
            t = {
                ...baseOf(vpc),
                id,
                kind: 'route-table',
                sourceType: 'aws_vpc',
                loc: mention.loc,
                network: { kind: 'resource', id: vpcAddress },
                isMain: known(true, vpc.loc),
                // A new VPC's main table holds only the local route; it is reached through aws_vpc.x.main_route_table_id.
                routes: vpc.type === 'aws_default_vpc' ? [defaultVpcInternetRoute(vpc)] : [],
                subnets: [],
            };
            tables.set(id, t);
        }
        return t;
    };
    for (const r of ctx.byType('aws_route')) {
        const target = tableIdOf(attr(r, 'route_table_id'), ctx);
        if (!('id' in target))
            continue;
        const table = tables.get(target.id) ?? (target.id.includes('#') ? mainTableOf(target.id, r) : undefined);
        if (!table)
            continue;
        table.routes.push({
            destination: routeDestinationOf((k) => attr(r, k), ['destination_cidr_block', 'destination_ipv6_cidr_block', 'destination_prefix_list_id']),
            target: routeTargetOf((k) => attr(r, k), ctx),
            loc: r.loc,
            address: r.address,
        });
        (table.relatedLocs ??= []).push(r.loc);
    }
    for (const r of ctx.byType('aws_main_route_table_association')) {
        const target = tableIdOf(attr(r, 'route_table_id'), ctx);
        const table = 'id' in target ? tables.get(target.id) : undefined;
        if (!table)
            continue;
        table.isMain = known(true, r.loc);
        const vpc = linkOf(attr(r, 'vpc_id'), ctx);
        if (table.network.kind !== 'resource')
            table.network = vpc;
        (table.relatedLocs ??= []).push(r.loc);
    }
    for (const r of ctx.byType('aws_route_table_association')) {
        const subnetValue = attr(r, 'subnet_id');
        if (!subnetValue || subnetValue.t === 'null')
            continue; // an edge association (gateway_id) carries no subnet
        const subnetLink = linkOf(subnetValue, ctx);
        const target = tableIdOf(attr(r, 'route_table_id'), ctx);
        const table = 'id' in target ? tables.get(target.id) ?? (target.id.includes('#') ? mainTableOf(target.id, r) : undefined) : undefined;
        const tableLink = table ? { kind: 'resource', id: table.id, loc: r.loc } : 'link' in target ? { ...target.link, loc: r.loc } : { kind: 'unknown', reason: 'route table not found', loc: r.loc };
        if (table) {
            table.subnets.push({ ...subnetLink, loc: r.loc });
            (table.relatedLocs ??= []).push(r.loc);
        }
        if (subnetLink.kind === 'resource') {
            const subnet = subnetsByAddress.get(subnetLink.id);
            if (subnet)
                subnet.routeTable = tableLink;
        }
    }
    return [...tables.values()];
}
/** The route AWS gives every default VPC's main table. */
function defaultVpcInternetRoute(vpc) {
    return { destination: known('0.0.0.0/0'), target: { kind: 'internet-gateway', link: { kind: 'external', value: 'the default VPC internet gateway' } }, loc: vpc.loc };
}
// ---------------------------------------------------------------- network ACLs
function aclEntryOf(get, egress, loc, key, address, names = { ruleNo: 'rule_no', action: 'action' }) {
    const protocolValue = get('protocol');
    const protocolText = asString(protocolValue);
    const protocol = protocolText !== undefined ? known(normalizeProtocol(protocolText), protocolValue?.loc) : unknownFact(`protocol: ${reasonOf(protocolValue)}`);
    const actionText = asString(get(names.action))?.toLowerCase();
    const action = actionText === 'allow' || actionText === 'deny' ? known(actionText, get(names.action)?.loc) : unknownFact(`${names.action}: ${reasonOf(get(names.action))}`);
    const v4 = get('cidr_block');
    const v6 = get('ipv6_cidr_block');
    const cidr = v4 && v4.t !== 'null' ? stringFact(v4) : v6 && v6.t !== 'null' ? stringFact(v6) : unknownFact('the rule names no CIDR block');
    return {
        ruleNumber: numberFactOf(get(names.ruleNo)),
        egress,
        protocol,
        action,
        cidr,
        ports: portsFact(protocol, get('from_port'), get('to_port')),
        loc,
        key,
        ...(address ? { address } : {}),
    };
}
function numberFactOf(v) {
    const n = asNumber(v);
    return n !== undefined ? known(n, v?.loc) : unknownFact(reasonOf(v));
}
/** AWS from/to ports under a protocol; protocols without ports cover all of that protocol's traffic. */
function portsFact(protocol, fromValue, toValue) {
    if (!protocol.known)
        return unknownFact(protocol.reason);
    if (protocol.value === 'all')
        return known(ALL_PORTS);
    if (protocol.value !== 'tcp' && protocol.value !== 'udp')
        return known(ALL_PORTS);
    const from = asNumber(fromValue);
    const to = asNumber(toValue);
    if (from === undefined)
        return unknownFact(`from_port: ${reasonOf(fromValue)}`);
    if (to === undefined)
        return unknownFact(`to_port: ${reasonOf(toValue)}`);
    const range = awsPortRange(protocol.value, from, to);
    return range ? known(range, fromValue?.loc) : unknownFact(`invalid port range ${from}-${to}`);
}
function inlineAclEntries(r) {
    const out = [];
    for (const direction of ['ingress', 'egress']) {
        blocks(r, direction).forEach((b, i) => out.push(aclEntryOf((k) => entry(b, k), direction === 'egress', locOf(b, r.loc), `${r.address}.${direction}[${i}]`)));
        const unknownRules = unknownBlocks(r, direction);
        if (unknownRules) {
            const reason = `${direction}: ${reasonOf(unknownRules)}`;
            out.push({ ruleNumber: unknownFact(reason), egress: direction === 'egress', protocol: unknownFact(reason), action: unknownFact(reason), cidr: unknownFact(reason), ports: unknownFact(reason), loc: unknownRules.loc ?? r.loc, key: `${r.address}.${direction}` });
        }
    }
    return out;
}
/** The rules AWS puts in every default network ACL: allow everything, both ways (IPv4 and IPv6). */
function awsDefaultAclEntries(loc) {
    const out = [];
    for (const egress of [false, true])
        for (const [n, cidr] of [[100, '0.0.0.0/0'], [101, '::/0']])
            out.push({ ruleNumber: known(n), egress, protocol: known('all'), action: known('allow'), cidr: known(cidr), ports: known(ALL_PORTS), loc, key: `aws-default-${egress ? 'egress' : 'ingress'}-${n}` });
    return out;
}
function networkAclsOf(ctx, subnetsByAddress) {
    const acls = new Map();
    const associate = (acl, v, loc) => {
        for (const item of asList(v)) {
            const link = linkOf(item, ctx);
            acl.subnets.push({ ...link, loc });
            if (link.kind === 'resource') {
                const subnet = subnetsByAddress.get(link.id);
                if (subnet)
                    subnet.networkAcl = { kind: 'resource', id: acl.id, loc };
            }
        }
    };
    for (const r of ctx.byType('aws_network_acl')) {
        const acl = { ...baseOf(r), kind: 'network-acl', network: linkOf(attr(r, 'vpc_id'), ctx), isDefault: false, subnets: [], entries: inlineAclEntries(r) };
        acls.set(r.address, acl);
        associate(acl, attr(r, 'subnet_ids'), attr(r, 'subnet_ids')?.loc ?? r.loc);
    }
    for (const r of ctx.byType('aws_default_network_acl')) {
        const vpcRef = refOf(attr(r, 'default_network_acl_id'));
        const vpc = vpcRef ? scannedAddress(ctx, vpcRef.address) : undefined;
        // Terraform removes every rule of the default ACL that the resource does not declare.
        const acl = {
            ...baseOf(r),
            kind: 'network-acl',
            network: vpc ? { kind: 'resource', id: vpc } : { kind: 'unknown', reason: `default_network_acl_id: ${reasonOf(attr(r, 'default_network_acl_id'))}` },
            isDefault: true,
            subnets: [],
            entries: inlineAclEntries(r),
        };
        acls.set(r.address, acl);
        associate(acl, attr(r, 'subnet_ids'), attr(r, 'subnet_ids')?.loc ?? r.loc);
    }
    const aclFor = (v, mention) => {
        const ref = refOf(v);
        if (!ref)
            return undefined;
        const target = scannedAddress(ctx, ref.address);
        if (!target)
            return undefined;
        if (VPC_TYPES.includes(typeOfAddress(target)) && ref.attr[0] === 'default_network_acl_id') {
            const id = implicitId(target, 'default_network_acl');
            let acl = acls.get(id);
            if (!acl) {
                const vpc = ctx.byAddress.get(target);
                // Rules added to a VPC's untouched default ACL sit beside AWS's allow-all rules.
                acl = { ...baseOf(vpc), id, kind: 'network-acl', sourceType: 'aws_vpc', loc: mention.loc, network: { kind: 'resource', id: target }, isDefault: true, subnets: [], entries: awsDefaultAclEntries(vpc.loc) };
                acls.set(id, acl);
            }
            return acl;
        }
        return acls.get(target);
    };
    for (const r of ctx.byType('aws_network_acl_rule')) {
        const acl = aclFor(attr(r, 'network_acl_id'), r);
        if (!acl)
            continue;
        const egress = asBool(attr(r, 'egress')) ?? false;
        acl.entries.push(aclEntryOf((k) => attr(r, k), egress, r.loc, r.address, r.address, { ruleNo: 'rule_number', action: 'rule_action' }));
        (acl.relatedLocs ??= []).push(r.loc);
    }
    for (const r of ctx.byType('aws_network_acl_association')) {
        const acl = aclFor(attr(r, 'network_acl_id'), r);
        if (!acl)
            continue;
        associate(acl, attr(r, 'subnet_id'), r.loc);
        (acl.relatedLocs ??= []).push(r.loc);
    }
    return [...acls.values()];
}
// ---------------------------------------------------------------- security groups
const GROUP_TYPES = ['aws_security_group', 'aws_default_security_group', 'alicloud_security_group'];
/** Traffic sources of one AWS rule declaration: CIDRs (v4 and v6), prefix lists, other groups, itself. */
function awsSources(get, ctx, selfId, names) {
    const out = [];
    for (const key of [...names.v4, ...names.v6]) {
        const v = get(key);
        if (!v || v.t === 'null')
            continue;
        if (v.t === 'unknown' || v.t === 'ref') {
            out.push({ kind: 'unknown', reason: `${key}: ${reasonOf(v)}` });
            continue;
        }
        for (const item of asList(v)) {
            if (item.t === 'null')
                continue;
            const s = asString(item);
            out.push(s !== undefined ? { kind: 'cidr', cidr: s, ...(item.loc ? { loc: item.loc } : {}) } : { kind: 'unknown', reason: `${key}: ${reasonOf(item)}` });
        }
    }
    for (const key of names.groups)
        for (const item of asList(get(key)))
            if (item.t !== 'null')
                out.push({ kind: 'group', link: linkOf(item, ctx) });
    for (const key of names.prefixLists)
        for (const item of asList(get(key))) {
            if (item.t === 'null')
                continue;
            const s = asString(item);
            out.push(s !== undefined ? { kind: 'prefix-list', id: s } : { kind: 'unknown', reason: `${key}: ${reasonOf(item)}` });
        }
    if (asBool(get('self')) === true)
        out.push({ kind: 'group', link: { kind: 'resource', id: selfId } });
    return out;
}
function protocolFact(v) {
    const s = asString(v);
    return s !== undefined ? known(normalizeProtocol(s), v?.loc) : unknownFact(`protocol: ${reasonOf(v)}`);
}
/** One FirewallRule per source, all sharing the declaration's key and location. */
function expand(sources, base) {
    return sources.map((source) => ({ ...base, source }));
}
const AWS_INLINE_SOURCES = { v4: ['cidr_blocks'], v6: ['ipv6_cidr_blocks'], groups: ['security_groups'], prefixLists: ['prefix_list_ids'] };
const AWS_RULE_SOURCES = { v4: ['cidr_blocks'], v6: ['ipv6_cidr_blocks'], groups: ['source_security_group_id'], prefixLists: ['prefix_list_ids'] };
const AWS_VPC_RULE_SOURCES = { v4: ['cidr_ipv4'], v6: ['cidr_ipv6'], groups: ['referenced_security_group_id'], prefixLists: ['prefix_list_id'] };
function awsInlineRules(r, ctx) {
    const out = [];
    for (const direction of ['ingress', 'egress']) {
        blocks(r, direction).forEach((b, i) => {
            const get = (k) => entry(b, k);
            const protocol = protocolFact(get('protocol'));
            const description = asString(get('description'));
            out.push(...expand(awsSources(get, ctx, r.address, AWS_INLINE_SOURCES), {
                direction,
                protocol,
                ports: portsFact(protocol, get('from_port'), get('to_port')),
                policy: known('accept'),
                ...(description ? { description } : {}),
                loc: locOf(b, r.loc),
                key: `${r.address}.${direction}[${i}]`,
            }));
        });
        const unknownRules = unknownBlocks(r, direction);
        if (unknownRules)
            out.push({ direction, protocol: unknownFact(reasonOf(unknownRules)), ports: unknownFact(reasonOf(unknownRules)), policy: known('accept'), source: { kind: 'unknown', reason: `${direction}: ${reasonOf(unknownRules)}` }, loc: unknownRules.loc ?? r.loc, key: `${r.address}.${direction}` });
    }
    return out;
}
function awsRuleResource(r, ctx, groupId) {
    const vpcStyle = r.type !== 'aws_security_group_rule';
    const get = (k) => attr(r, k);
    const direction = vpcStyle ? (r.type.endsWith('egress_rule') ? 'egress' : 'ingress') : asString(get('type')) === 'egress' ? 'egress' : 'ingress';
    const protocol = protocolFact(get(vpcStyle ? 'ip_protocol' : 'protocol'));
    const description = asString(get('description'));
    return expand(awsSources(get, ctx, groupId, vpcStyle ? AWS_VPC_RULE_SOURCES : AWS_RULE_SOURCES), {
        direction,
        protocol,
        ports: portsFact(protocol, get('from_port'), get('to_port')),
        policy: known('accept'),
        ...(description ? { description } : {}),
        loc: r.loc,
        address: r.address,
        key: r.address,
    });
}
function alicloudRuleResource(r, ctx) {
    const get = (k) => attr(r, k);
    const direction = asString(get('type')) === 'egress' ? 'egress' : 'ingress';
    const protocol = protocolFact(get('ip_protocol'));
    const portText = get('port_range');
    const portString = asString(portText);
    let ports;
    if (portString === undefined)
        ports = portText && portText.t !== 'null' ? unknownFact(`port_range: ${reasonOf(portText)}`) : known(ALL_PORTS);
    else {
        const range = alicloudPortRange(portString);
        ports = range ? known(range, portText?.loc) : unknownFact(`port_range "${portString}" is not a range`);
    }
    const policyText = asString(get('policy'))?.toLowerCase();
    const policyValue = get('policy');
    const policy = policyValue === undefined || policyValue.t === 'null'
        ? known('accept') // the provider's default
        : policyText === 'accept' || policyText === 'drop'
            ? known(policyText, policyValue.loc)
            : unknownFact(`policy: ${reasonOf(policyValue)}`);
    const priorityValue = get('priority');
    const priority = priorityValue === undefined || priorityValue.t === 'null' ? known(1) : numberFactOf(priorityValue);
    const sources = [];
    for (const key of ['cidr_ip', 'ipv6_cidr_ip']) {
        const v = get(key);
        if (!v || v.t === 'null')
            continue;
        const s = asString(v);
        sources.push(s !== undefined ? { kind: 'cidr', cidr: s, ...(v.loc ? { loc: v.loc } : {}) } : { kind: 'unknown', reason: `${key}: ${reasonOf(v)}` });
    }
    const group = get('source_security_group_id');
    if (group && group.t !== 'null')
        sources.push({ kind: 'group', link: linkOf(group, ctx) });
    const prefixList = asString(get('prefix_list_id'));
    if (prefixList)
        sources.push({ kind: 'prefix-list', id: prefixList });
    const description = asString(get('description'));
    const nicType = asString(get('nic_type'));
    return expand(sources, {
        direction,
        protocol,
        ports,
        policy,
        priority,
        ...(description ? { description } : {}),
        ...(nicType ? { nicType } : {}),
        loc: r.loc,
        address: r.address,
        key: r.address,
    });
}
/** aws_db_security_group / aws_redshift_security_group: EC2-Classic groups that admit clients to the database port. */
function databaseGroupRules(r, ctx) {
    const out = [];
    blocks(r, 'ingress').forEach((b, i) => {
        const get = (k) => entry(b, k);
        const sources = [];
        const cidr = get('cidr');
        if (cidr) {
            const s = asString(cidr);
            sources.push(s !== undefined ? { kind: 'cidr', cidr: s } : { kind: 'unknown', reason: `cidr: ${reasonOf(cidr)}` });
        }
        for (const key of ['security_group_id', 'security_group_name']) {
            const v = get(key);
            if (v)
                sources.push({ kind: 'group', link: linkOf(v, ctx) });
        }
        out.push(...expand(sources, { direction: 'ingress', protocol: known('tcp'), ports: known(ALL_PORTS), policy: known('accept'), loc: locOf(b, r.loc), key: `${r.address}.ingress[${i}]` }));
    });
    return out;
}
/**
 * Which group a separate rule attaches to: a model id for a group in the scan
 * (or a VPC's implicit default group), else the id its orphan record gets.
 */
export function groupIdOf(v, ctx) {
    const ref = refOf(v);
    if (ref) {
        const target = scannedAddress(ctx, ref.address);
        if (target && VPC_TYPES.includes(typeOfAddress(target)) && ref.attr[0] === 'default_security_group_id')
            return { id: implicitId(target, 'default_security_group'), declared: true };
        if (target)
            return { id: target, declared: true };
        return { id: ref.address, declared: false };
    }
    const s = asString(v);
    if (s !== undefined) {
        // A literal id, or an evaluated attribute of a scanned group (its name).
        const byName = groupsByName(ctx).get(s);
        return byName ? { id: byName.address, declared: true } : { id: s, declared: false };
    }
    return undefined;
}
/** Scanned groups by `name` and `security_group_name`, the first in declaration order winning; once per context. */
const groupNameIndexes = new WeakMap();
function groupsByName(ctx) {
    let index = groupNameIndexes.get(ctx);
    if (!index) {
        index = new Map();
        for (const t of GROUP_TYPES)
            for (const g of ctx.byType(t))
                for (const key of ['name', 'security_group_name']) {
                    const name = asString(attr(g, key));
                    if (name !== undefined && !index.has(name))
                        index.set(name, g);
                }
        groupNameIndexes.set(ctx, index);
    }
    return index;
}
function securityGroupsOf(ctx) {
    const groups = new Map();
    for (const r of ctx.byType('aws_security_group'))
        groups.set(r.address, { ...baseOf(r), kind: 'security-group', network: vpcOfGroup(r, ctx), isDefault: false, rules: awsInlineRules(r, ctx) });
    for (const r of ctx.byType('aws_default_security_group'))
        // Terraform removes every rule of the default group that the resource does not declare.
        groups.set(r.address, { ...baseOf(r), kind: 'security-group', network: vpcOfGroup(r, ctx), isDefault: true, rules: awsInlineRules(r, ctx) });
    for (const r of ctx.byType('alicloud_security_group'))
        groups.set(r.address, { ...baseOf(r), kind: 'security-group', network: linkOf(attr(r, 'vpc_id'), ctx), isDefault: false, rules: [] });
    for (const type of ['aws_db_security_group', 'aws_redshift_security_group'])
        for (const r of ctx.byType(type))
            groups.set(r.address, { ...baseOf(r), kind: 'security-group', network: { kind: 'unknown', reason: 'EC2-Classic group' }, isDefault: false, rules: databaseGroupRules(r, ctx), scope: 'database' });
    const groupFor = (v, rule) => {
        // A group id the input leaves unknown still has this rule: keep it under a record of its own.
        const target = groupIdOf(v, ctx) ?? (v && v.t !== 'null' ? { id: rule.address, declared: false } : undefined);
        if (!target)
            return undefined;
        let group = groups.get(target.id);
        if (!group) {
            if (target.id.includes('#')) {
                // Rules added to a VPC's untouched default group sit beside AWS's own rule (all traffic from the group itself).
                const vpcAddress = vpcOfImplicitId(target.id);
                const vpc = ctx.byAddress.get(vpcAddress);
                group = { ...baseOf(vpc), id: target.id, kind: 'security-group', sourceType: 'aws_default_security_group', loc: rule.loc, network: { kind: 'resource', id: vpcAddress }, isDefault: true, rules: [awsDefaultGroupRule(target.id, vpc.loc)] };
            }
            else {
                // The group is not in the scanned files: a record that holds only its separately declared rules.
                group = {
                    ...baseOf(rule),
                    id: target.id,
                    kind: 'security-group',
                    sourceType: rule.provider === 'alicloud' ? 'alicloud_security_group' : 'aws_security_group',
                    network: { kind: 'unknown', reason: target.id === rule.address ? `the group of ${rule.address} is unknown (${reasonOf(v)})` : `${target.id} is not in the scanned files` },
                    isDefault: false,
                    rules: [],
                    declared: false,
                };
            }
            groups.set(target.id, group);
        }
        return group;
    };
    for (const type of ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'])
        for (const r of ctx.byType(type)) {
            const group = groupFor(attr(r, 'security_group_id'), r);
            if (!group)
                continue;
            group.rules.push(...awsRuleResource(r, ctx, group.id));
            if (group.declared !== false)
                (group.relatedLocs ??= []).push(r.loc);
        }
    for (const r of ctx.byType('alicloud_security_group_rule')) {
        const group = groupFor(attr(r, 'security_group_id'), r);
        if (!group)
            continue;
        group.rules.push(...alicloudRuleResource(r, ctx));
        if (group.declared !== false)
            (group.relatedLocs ??= []).push(r.loc);
    }
    return [...groups.values()];
}
function vpcOfGroup(r, ctx) {
    const v = attr(r, 'vpc_id');
    // A group without vpc_id is created in the default VPC.
    return v && v.t !== 'null' ? linkOf(v, ctx) : defaultVpcLink(ctx);
}
// ---------------------------------------------------------------- entry point
export function normalizeNetwork(ctx) {
    const networks = VPC_TYPES.flatMap((t) => ctx.byType(t)).map(networkOf);
    const subnets = SUBNET_TYPES.flatMap((t) => ctx.byType(t)).map((r) => subnetOf(r, ctx));
    const subnetsByAddress = new Map(subnets.map((s) => [s.id, s]));
    return [
        ...networks,
        ...subnets,
        ...gatewaysOf(ctx),
        ...routeTablesOf(ctx, subnetsByAddress),
        ...networkAclsOf(ctx, subnetsByAddress),
        ...securityGroupsOf(ctx),
        ...firewallsFromKnownModules(ctx),
    ];
}
