/**
 * CloudFormation network resources → model records: VPCs and subnets, route
 * tables with their routes and associations, internet/NAT gateways and their
 * attachments, network ACLs with their entries, and security groups with
 * inline and separate rules (EC2, plus the EC2-Classic DB security groups of
 * RDS and Redshift). Same records, ids and semantics as the Terraform
 * normalizer: a VPC's implicit default ACL and default group are
 * `<vpc>#default_network_acl` / `<vpc>#default_security_group`, reached with
 * `Fn::GetAtt VPC.DefaultNetworkAcl` / `VPC.DefaultSecurityGroup`.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { asBool, asNumber, asString } from '../../../model/value.js';
import { implicitId, vpcOfImplicitId } from '../../../model/implicit-ids.js';
import { awsDefaultGroupRule } from '../../shared/aws-default-group.js';
import { ALL_PORTS, awsPortRange, normalizeProtocol } from '../../../model/ports.js';
import { attr, findByProperty, referringTo, linkOf, mapItems, present, reasonOf, refOf, stringFact, templateBase, boolFact, } from './common.js';
export const VPC = 'AWS::EC2::VPC';
export const SUBNET = 'AWS::EC2::Subnet';
export const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const INTERNET_GATEWAY = 'AWS::EC2::InternetGateway';
// ---------------------------------------------------------------- VPCs and subnets
function networkOf(r, ctx) {
    const cidrs = [];
    let missing;
    const main = attr(r, 'CidrBlock');
    const s = asString(main);
    if (s !== undefined)
        cidrs.push(s);
    else if (present(main))
        missing = reasonOf(main);
    // AWS::EC2::VPCCidrBlock adds ranges to a VPC.
    for (const extra of referringTo(ctx, ['AWS::EC2::VPCCidrBlock'], 'VpcId', r.address)) {
        const block = asString(attr(extra, 'CidrBlock')) ?? asString(attr(extra, 'Ipv6CidrBlock'));
        if (block !== undefined)
            cidrs.push(block);
    }
    return { ...templateBase(r), kind: 'network', cidrs: missing && cidrs.length === 0 ? unknownFact(missing) : known(cidrs, r.loc) };
}
function subnetOf(r, ctx) {
    const v4 = attr(r, 'CidrBlock');
    return {
        ...templateBase(r),
        kind: 'subnet',
        network: linkOf(attr(r, 'VpcId'), ctx),
        cidr: stringFact(present(v4) ? v4 : attr(r, 'Ipv6CidrBlock')),
        mapPublicIp: boolFact(attr(r, 'MapPublicIpOnLaunch'), known(false)),
    };
}
// ---------------------------------------------------------------- gateways
/** The VPC an internet gateway is attached to (AWS::EC2::VPCGatewayAttachment), with the attachment. */
export function attachmentsOf(ctx, gatewayAddress) {
    return referringTo(ctx, ['AWS::EC2::VPCGatewayAttachment'], 'InternetGatewayId', gatewayAddress);
}
function gatewaysOf(ctx) {
    const out = [];
    for (const r of ctx.byType(INTERNET_GATEWAY)) {
        const attachments = attachmentsOf(ctx, r.address);
        const network = attachments[0] ? linkOf(attr(attachments[0], 'VpcId'), ctx) : { kind: 'unknown', reason: `${r.address} is not attached to a VPC in the template` };
        out.push({ ...templateBase(r), kind: 'gateway', gatewayKind: 'internet', network, ...(attachments.length ? { relatedLocs: attachments.map((a) => a.loc) } : {}) });
    }
    for (const r of ctx.byType('AWS::EC2::EgressOnlyInternetGateway'))
        out.push({ ...templateBase(r), kind: 'gateway', gatewayKind: 'egress-only', network: linkOf(attr(r, 'VpcId'), ctx) });
    for (const r of ctx.byType('AWS::EC2::NatGateway'))
        out.push({ ...templateBase(r), kind: 'gateway', gatewayKind: 'nat', network: { kind: 'unknown', reason: 'a NAT gateway is placed by subnet' } });
    return out;
}
// ---------------------------------------------------------------- route tables
const OTHER_TARGETS = ['TransitGatewayId', 'VpcPeeringConnectionId', 'NetworkInterfaceId', 'InstanceId', 'VpcEndpointId', 'CarrierGatewayId', 'LocalGatewayId', 'CoreNetworkArn'];
function routeTargetOf(r, ctx) {
    const gateway = attr(r, 'GatewayId');
    if (present(gateway)) {
        const ref = refOf(gateway);
        if (ref) {
            const target = ctx.byAddress.get(ref.address);
            if (target?.type === INTERNET_GATEWAY)
                return { kind: 'internet-gateway', link: linkOf(gateway, ctx) };
            if (target)
                return { kind: 'other', link: linkOf(gateway, ctx) };
            return { kind: 'unknown', reason: `gateway ${ref.address} is not in the template` };
        }
        const s = asString(gateway);
        if (s === 'local')
            return { kind: 'local' };
        if (s?.startsWith('igw-'))
            return { kind: 'internet-gateway', link: { kind: 'external', value: s, loc: gateway.loc } };
        if (s !== undefined)
            return { kind: 'other', link: { kind: 'external', value: s, loc: gateway.loc } };
        return { kind: 'unknown', reason: `GatewayId: ${reasonOf(gateway)}` };
    }
    const egressOnly = attr(r, 'EgressOnlyInternetGatewayId');
    if (present(egressOnly))
        return { kind: 'egress-only-gateway', link: linkOf(egressOnly, ctx) };
    const nat = attr(r, 'NatGatewayId');
    if (present(nat))
        return { kind: 'nat-gateway', link: linkOf(nat, ctx) };
    for (const key of OTHER_TARGETS) {
        const v = attr(r, key);
        if (present(v))
            return { kind: 'other', link: linkOf(v, ctx) };
    }
    return { kind: 'unknown', reason: 'the route names no target' };
}
function routeDestinationOf(r) {
    for (const key of ['DestinationCidrBlock', 'DestinationIpv6CidrBlock', 'DestinationPrefixListId']) {
        const v = attr(r, key);
        if (present(v))
            return stringFact(v);
    }
    return unknownFact('the route names no destination');
}
function routeTablesOf(ctx, subnets) {
    const tables = new Map();
    for (const r of ctx.byType('AWS::EC2::RouteTable'))
        tables.set(r.address, { ...templateBase(r), kind: 'route-table', network: linkOf(attr(r, 'VpcId'), ctx), isMain: known(false), routes: [], subnets: [] });
    for (const r of ctx.byType('AWS::EC2::Route')) {
        const table = tables.get(refOf(attr(r, 'RouteTableId'))?.address ?? '');
        if (!table)
            continue;
        table.routes.push({ destination: routeDestinationOf(r), target: routeTargetOf(r, ctx), loc: r.loc, address: r.address });
        (table.relatedLocs ??= []).push(r.loc);
    }
    for (const r of ctx.byType('AWS::EC2::SubnetRouteTableAssociation')) {
        const subnetValue = attr(r, 'SubnetId');
        const subnetLink = linkOf(subnetValue, ctx);
        const tableValue = attr(r, 'RouteTableId');
        const table = tables.get(refOf(tableValue)?.address ?? '');
        const tableLink = table ? { kind: 'resource', id: table.id, loc: r.loc } : { ...linkOf(tableValue, ctx), loc: r.loc };
        if (table) {
            table.subnets.push({ ...subnetLink, loc: r.loc });
            (table.relatedLocs ??= []).push(r.loc);
        }
        if (subnetLink.kind === 'resource') {
            const subnet = subnets.get(subnetLink.id);
            if (subnet)
                subnet.routeTable = tableLink;
        }
    }
    return [...tables.values()];
}
// ---------------------------------------------------------------- network ACLs
function numberFactOf(v, what) {
    const n = asNumber(v);
    return n !== undefined ? known(n, v?.loc) : unknownFact(`${what}: ${reasonOf(v)}`);
}
function protocolFact(v, what) {
    const s = asString(v);
    return s !== undefined ? known(normalizeProtocol(s), v?.loc) : unknownFact(`${what}: ${reasonOf(v)}`);
}
/** From/to ports under a protocol; protocols without ports cover all of that protocol's traffic. */
function portsFact(protocol, fromValue, toValue, loc) {
    if (!protocol.known)
        return unknownFact(protocol.reason);
    if (protocol.value !== 'tcp' && protocol.value !== 'udp')
        return known(ALL_PORTS, loc);
    const from = asNumber(fromValue);
    const to = asNumber(toValue);
    if (from === undefined)
        return unknownFact(`FromPort: ${reasonOf(fromValue)}`);
    if (to === undefined)
        return unknownFact(`ToPort: ${reasonOf(toValue)}`);
    const range = awsPortRange(protocol.value, from, to);
    return range ? known(range, fromValue?.loc ?? loc) : unknownFact(`invalid port range ${from}-${to}`);
}
function aclEntryOf(r) {
    const protocol = protocolFact(attr(r, 'Protocol'), 'Protocol');
    const actionValue = attr(r, 'RuleAction');
    const actionText = asString(actionValue)?.toLowerCase();
    const v4 = attr(r, 'CidrBlock');
    const v6 = attr(r, 'Ipv6CidrBlock');
    const range = attr(r, 'PortRange');
    return {
        ruleNumber: numberFactOf(attr(r, 'RuleNumber'), 'RuleNumber'),
        egress: asBool(attr(r, 'Egress')) ?? false,
        protocol,
        action: actionText === 'allow' || actionText === 'deny' ? known(actionText, actionValue?.loc) : unknownFact(`RuleAction: ${reasonOf(actionValue)}`),
        cidr: present(v4) ? stringFact(v4) : present(v6) ? stringFact(v6) : unknownFact('the entry names no CIDR block'),
        ports: portsFact(protocol, attr(r, 'PortRange', 'From'), attr(r, 'PortRange', 'To'), range?.loc ?? r.loc),
        loc: r.loc,
        address: r.address,
        key: r.address,
    };
}
/** The rules AWS puts in every default network ACL: allow everything, both ways. */
function awsDefaultAclEntries(loc) {
    const out = [];
    for (const egress of [false, true])
        for (const [n, cidr] of [[100, '0.0.0.0/0'], [101, '::/0']])
            out.push({ ruleNumber: known(n), egress, protocol: known('all'), action: known('allow'), cidr: known(cidr), ports: known(ALL_PORTS), loc, key: `aws-default-${egress ? 'egress' : 'ingress'}-${n}` });
    return out;
}
function networkAclsOf(ctx, subnets) {
    const acls = new Map();
    for (const r of ctx.byType('AWS::EC2::NetworkAcl'))
        acls.set(r.address, { ...templateBase(r), kind: 'network-acl', network: linkOf(attr(r, 'VpcId'), ctx), isDefault: false, subnets: [], entries: [] });
    /** The ACL an entry or association names: one in the template, a VPC's default ACL, or one outside the template. */
    const aclFor = (v, mention) => {
        const ref = refOf(v);
        if (ref) {
            const target = ctx.byAddress.get(ref.address);
            if (target?.type === VPC && ref.attr[0] === 'DefaultNetworkAcl') {
                const id = implicitId(target.address, 'default_network_acl');
                let acl = acls.get(id);
                if (!acl) {
                    // Entries added to a VPC's default ACL sit beside AWS's allow-all entries.
                    acl = { ...templateBase(target), id, kind: 'network-acl', sourceType: 'AWS::EC2::NetworkAcl', loc: mention.loc, network: { kind: 'resource', id: target.address }, isDefault: true, subnets: [], entries: awsDefaultAclEntries(target.loc) };
                    acls.set(id, acl);
                }
                return acl;
            }
            return acls.get(ref.address);
        }
        return undefined;
    };
    for (const r of ctx.byType('AWS::EC2::NetworkAclEntry')) {
        const acl = aclFor(attr(r, 'NetworkAclId'), r);
        if (!acl)
            continue;
        acl.entries.push(aclEntryOf(r));
        (acl.relatedLocs ??= []).push(r.loc);
    }
    for (const r of ctx.byType('AWS::EC2::SubnetNetworkAclAssociation')) {
        const acl = aclFor(attr(r, 'NetworkAclId'), r);
        const subnetLink = linkOf(attr(r, 'SubnetId'), ctx);
        if (acl) {
            acl.subnets.push({ ...subnetLink, loc: r.loc });
            (acl.relatedLocs ??= []).push(r.loc);
        }
        if (subnetLink.kind === 'resource') {
            const subnet = subnets.get(subnetLink.id);
            if (subnet)
                subnet.networkAcl = acl ? { kind: 'resource', id: acl.id, loc: r.loc } : { ...linkOf(attr(r, 'NetworkAclId'), ctx), loc: r.loc };
        }
    }
    return [...acls.values()];
}
const INGRESS_SOURCES = { v4: 'CidrIp', v6: 'CidrIpv6', groups: ['SourceSecurityGroupId', 'SourceSecurityGroupName'], prefixLists: ['SourcePrefixListId'] };
const EGRESS_SOURCES = { v4: 'CidrIp', v6: 'CidrIpv6', groups: ['DestinationSecurityGroupId'], prefixLists: ['DestinationPrefixListId'] };
function sourcesOf(get, ctx, names) {
    const out = [];
    for (const key of [names.v4, names.v6]) {
        const v = get(key);
        if (!present(v))
            continue;
        const s = asString(v);
        out.push(s !== undefined ? { kind: 'cidr', cidr: s } : { kind: 'unknown', reason: `${key}: ${reasonOf(v)}` });
    }
    for (const key of names.groups) {
        const v = get(key);
        if (present(v))
            out.push({ kind: 'group', link: groupLink(v, ctx) });
    }
    for (const key of names.prefixLists) {
        const v = get(key);
        if (!present(v))
            continue;
        const s = asString(v);
        out.push(s !== undefined ? { kind: 'prefix-list', id: s } : { kind: 'unknown', reason: `${key}: ${reasonOf(v)}` });
    }
    return out;
}
/** A group named as a rule source (by reference, id or group name). */
function groupLink(v, ctx) {
    const target = groupIdOf(v, ctx);
    if (target?.declared)
        return { kind: 'resource', id: target.id, loc: v.loc };
    return linkOf(v, ctx);
}
function ruleOf(get, direction, ctx, base) {
    const protocol = protocolFact(get('IpProtocol'), 'IpProtocol');
    const description = asString(get('Description'));
    const sources = sourcesOf(get, ctx, direction === 'ingress' ? INGRESS_SOURCES : EGRESS_SOURCES);
    const rule = {
        direction,
        protocol,
        ports: portsFact(protocol, get('FromPort'), get('ToPort'), base.loc),
        policy: known('accept'),
        ...(description ? { description } : {}),
        loc: base.loc,
        key: base.key,
        ...(base.address ? { address: base.address } : {}),
    };
    return sources.map((source) => ({ ...rule, source }));
}
function inlineRules(r, ctx) {
    const out = [];
    for (const [property, direction] of [['SecurityGroupIngress', 'ingress'], ['SecurityGroupEgress', 'egress']]) {
        const v = r.attrs.entries.get(property);
        if (v && (v.t === 'unknown' || v.t === 'ref')) {
            const reason = `${property}: ${reasonOf(v)}`;
            out.push({ direction, protocol: unknownFact(reason), ports: unknownFact(reason), policy: known('accept'), source: { kind: 'unknown', reason }, loc: v.loc ?? r.loc, key: `${r.address}.${property}` });
            continue;
        }
        mapItems(v).forEach((item, i) => {
            const get = (k) => {
                const e = item.entries.get(k);
                return present(e) ? e : undefined;
            };
            out.push(...ruleOf(get, direction, ctx, { loc: item.loc ?? r.loc, key: `${r.address}.${property}[${i}]` }));
        });
    }
    return out;
}
/**
 * Which group a separate rule (or a rule source) names: a group in the template,
 * a VPC's implicit default group, or — outside the template — the id its
 * orphan record gets.
 */
export function groupIdOf(v, ctx) {
    if (!present(v))
        return undefined;
    const ref = refOf(v);
    if (ref) {
        const target = ctx.byAddress.get(ref.address);
        if (target?.type === VPC && ref.attr[0] === 'DefaultSecurityGroup')
            return { id: implicitId(target.address, 'default_security_group'), declared: true };
        if (target)
            return { id: target.address, declared: true };
        return { id: ref.address, declared: false };
    }
    const s = asString(v);
    if (s === undefined)
        return undefined;
    const named = findByProperty(ctx, [SECURITY_GROUP], 'GroupName', s);
    return named ? { id: named.address, declared: true } : { id: s, declared: false };
}
/** EC2-Classic DB security groups: a CIDR or EC2 group admitted to the database port, whatever it is. */
function classicIngress(item, ctx, base) {
    const sources = [];
    const cidr = item('CIDRIP');
    if (present(cidr)) {
        const s = asString(cidr);
        sources.push(s !== undefined ? { kind: 'cidr', cidr: s } : { kind: 'unknown', reason: `CIDRIP: ${reasonOf(cidr)}` });
    }
    for (const key of ['EC2SecurityGroupId', 'EC2SecurityGroupName']) {
        const v = item(key);
        if (present(v))
            sources.push({ kind: 'group', link: groupLink(v, ctx) });
    }
    return sources.map((source) => ({ direction: 'ingress', protocol: known('tcp'), ports: known(ALL_PORTS), policy: known('accept'), source, loc: base.loc, key: base.key, ...(base.address ? { address: base.address } : {}) }));
}
const CLASSIC_GROUPS = [
    { group: 'AWS::RDS::DBSecurityGroup', inline: 'DBSecurityGroupIngress', ingress: 'AWS::RDS::DBSecurityGroupIngress', groupKey: 'DBSecurityGroupName' },
    { group: 'AWS::Redshift::ClusterSecurityGroup', inline: '', ingress: 'AWS::Redshift::ClusterSecurityGroupIngress', groupKey: 'ClusterSecurityGroupName' },
];
function securityGroupsOf(ctx) {
    const groups = new Map();
    for (const r of ctx.byType(SECURITY_GROUP)) {
        const vpc = attr(r, 'VpcId');
        groups.set(r.address, {
            ...templateBase(r),
            kind: 'security-group',
            // A group without VpcId is created in the default VPC.
            network: present(vpc) ? linkOf(vpc, ctx) : { kind: 'unknown', reason: 'the default VPC is not in the template' },
            isDefault: false,
            rules: inlineRules(r, ctx),
        });
    }
    for (const spec of CLASSIC_GROUPS)
        for (const r of ctx.byType(spec.group)) {
            const rules = [];
            if (spec.inline)
                mapItems(attr(r, spec.inline)).forEach((item, i) => {
                    const get = (k) => item.entries.get(k);
                    rules.push(...classicIngress(get, ctx, { loc: item.loc ?? r.loc, key: `${r.address}.${spec.inline}[${i}]` }));
                });
            const vpc = attr(r, 'EC2VpcId');
            groups.set(r.address, { ...templateBase(r), kind: 'security-group', network: present(vpc) ? linkOf(vpc, ctx) : { kind: 'unknown', reason: 'EC2-Classic group' }, isDefault: false, rules, scope: 'database' });
        }
    const groupFor = (v, rule) => {
        const target = groupIdOf(v, ctx);
        if (!target)
            return undefined;
        let group = groups.get(target.id);
        if (group)
            return group;
        if (target.id.includes('#')) {
            // Rules added to a VPC's default group sit beside AWS's own rule.
            const vpcAddress = vpcOfImplicitId(target.id);
            const vpc = ctx.byAddress.get(vpcAddress);
            group = { ...templateBase(vpc), id: target.id, kind: 'security-group', sourceType: SECURITY_GROUP, loc: rule.loc, network: { kind: 'resource', id: vpcAddress }, isDefault: true, rules: [awsDefaultGroupRule(target.id, vpc.loc)] };
        }
        else {
            // The group is not in the template: a record that holds only its separately declared rules.
            group = { ...templateBase(rule), id: target.id, kind: 'security-group', sourceType: SECURITY_GROUP, network: { kind: 'unknown', reason: `${target.id} is not in the template` }, isDefault: false, rules: [], declared: false, tags: {} };
        }
        groups.set(target.id, group);
        return group;
    };
    for (const [type, direction] of [['AWS::EC2::SecurityGroupIngress', 'ingress'], ['AWS::EC2::SecurityGroupEgress', 'egress']])
        for (const r of ctx.byType(type)) {
            const groupValue = present(attr(r, 'GroupId')) ? attr(r, 'GroupId') : attr(r, 'GroupName');
            const group = groupFor(groupValue, r);
            if (!group)
                continue;
            group.rules.push(...ruleOf((k) => {
                const v = attr(r, k);
                return present(v) ? v : undefined;
            }, direction, ctx, { loc: r.loc, key: r.address, address: r.address }));
            if (group.declared !== false)
                (group.relatedLocs ??= []).push(r.loc);
        }
    for (const spec of CLASSIC_GROUPS)
        for (const r of ctx.byType(spec.ingress)) {
            const target = refOf(attr(r, spec.groupKey))?.address;
            const group = target ? groups.get(target) : undefined;
            if (!group)
                continue;
            group.rules.push(...classicIngress((k) => attr(r, k), ctx, { loc: r.loc, key: r.address, address: r.address }));
            (group.relatedLocs ??= []).push(r.loc);
        }
    return [...groups.values()];
}
// ---------------------------------------------------------------- entry point
export function normalizeAwsNetwork(ctx) {
    const networks = ctx.byType(VPC).map((r) => networkOf(r, ctx));
    const subnets = ctx.byType(SUBNET).map((r) => subnetOf(r, ctx));
    const subnetsById = new Map(subnets.map((s) => [s.id, s]));
    return [...networks, ...subnets, ...gatewaysOf(ctx), ...routeTablesOf(ctx, subnetsById), ...networkAclsOf(ctx, subnetsById), ...securityGroupsOf(ctx)];
}
