import { ALL_PORTS, awsPortRange, normalizeProtocol } from '../../../model/ports.js';
import { known, unknownFact } from '../../../model/fact.js';
import { ec2Arn } from '../arn.js';
import { IdLinks, itemsOf, liveLoc, recordBase, tagMap } from './common.js';
/** Registers every EC2 id of the region, so records can link to each other (or say why they cannot). */
export function regionLinks(scope, snap) {
    const r = snap.region;
    const links = new IdLinks();
    const arn = (type) => (id) => ec2Arn(scope, r, type, id);
    links.add('vpc', `VPCs of ${r}`, snap.vpcs, (v) => v.VpcId, arn('vpc'));
    links.add('subnet', `subnets of ${r}`, snap.subnets, (s) => s.SubnetId, arn('subnet'));
    links.add('route-table', `route tables of ${r}`, snap.routeTables, (t) => t.RouteTableId, arn('route-table'));
    links.add('internet-gateway', `internet gateways of ${r}`, snap.internetGateways, (g) => g.InternetGatewayId, arn('internet-gateway'));
    links.add('egress-only-gateway', `egress-only gateways of ${r}`, snap.egressOnlyGateways, (g) => g.EgressOnlyInternetGatewayId, arn('egress-only-internet-gateway'));
    links.add('nat-gateway', `NAT gateways of ${r}`, snap.natGateways, (g) => g.NatGatewayId, arn('natgateway'));
    links.add('network-acl', `network ACLs of ${r}`, snap.networkAcls, (a) => a.NetworkAclId, arn('network-acl'));
    links.add('security-group', `security groups of ${r}`, snap.securityGroups, (g) => g.GroupId, arn('security-group'));
    return links;
}
function networks(ctx) {
    return itemsOf(ctx.snap.vpcs).map((v) => {
        const id = ec2Arn(ctx.scope, ctx.region, 'vpc', v.VpcId);
        const base = recordBase(id, 'AWS::EC2::VPC', ctx.region, ctx.scope.account, 'ec2:DescribeVpcs', tagMap(v.Tags));
        const cidrs = new Set();
        if (v.CidrBlock)
            cidrs.add(v.CidrBlock);
        for (const a of v.CidrBlockAssociationSet ?? [])
            if (a.CidrBlock && a.CidrBlockState?.State !== 'disassociated')
                cidrs.add(a.CidrBlock);
        for (const a of v.Ipv6CidrBlockAssociationSet ?? [])
            if (a.Ipv6CidrBlock && a.Ipv6CidrBlockState?.State !== 'disassociated')
                cidrs.add(a.Ipv6CidrBlock);
        return { ...base, kind: 'network', cidrs: known([...cidrs], base.loc), ...(v.IsDefault ? { isDefault: true } : {}) };
    });
}
/**
 * A default network ACL that still holds exactly AWS's own entries (allow all,
 * then the final deny, for IPv4 and IPv6). The Terraform normaliser leaves such
 * an ACL implicit, and so does this one: no record (so AWS's default posture is
 * not reported once per VPC), and its subnets take the analysis's
 * "default network ACL allows all traffic" gate, which is what the entries say.
 */
export function isUntouchedDefaultAcl(acl) {
    if (!acl.IsDefault)
        return false;
    const entries = acl.Entries ?? [];
    const awsOwn = (e) => normalizeProtocol(e.Protocol ?? '') === 'all' &&
        ((e.RuleNumber === 100 && e.RuleAction === 'allow' && e.CidrBlock === '0.0.0.0/0') ||
            (e.RuleNumber === 101 && e.RuleAction === 'allow' && e.Ipv6CidrBlock === '::/0') ||
            (e.RuleNumber === 32767 && e.RuleAction === 'deny' && e.CidrBlock === '0.0.0.0/0') ||
            (e.RuleNumber === 32768 && e.RuleAction === 'deny' && e.Ipv6CidrBlock === '::/0'));
    return entries.every(awsOwn) && [false, true].every((egress) => entries.some((e) => e.Egress === egress && e.RuleNumber === 100));
}
function subnets(ctx) {
    const tableOf = new Map();
    const aclOf = new Map();
    for (const t of itemsOf(ctx.snap.routeTables))
        for (const a of t.Associations ?? [])
            if (a.SubnetId && a.AssociationState?.State !== 'disassociated')
                tableOf.set(a.SubnetId, ctx.links.link('route-table', t.RouteTableId, liveLoc(ec2Arn(ctx.scope, ctx.region, 'route-table', t.RouteTableId), 'ec2:DescribeRouteTables')));
    for (const acl of itemsOf(ctx.snap.networkAcls))
        if (!isUntouchedDefaultAcl(acl))
            for (const a of acl.Associations ?? [])
                if (a.SubnetId)
                    aclOf.set(a.SubnetId, ctx.links.link('network-acl', acl.NetworkAclId, liveLoc(ec2Arn(ctx.scope, ctx.region, 'network-acl', acl.NetworkAclId), 'ec2:DescribeNetworkAcls')));
    const tablesFailed = ctx.links.failure('route-table');
    const aclsFailed = ctx.links.failure('network-acl');
    return itemsOf(ctx.snap.subnets).map((s) => {
        const id = ec2Arn(ctx.scope, ctx.region, 'subnet', s.SubnetId);
        const base = recordBase(id, 'AWS::EC2::Subnet', ctx.region, ctx.scope.account, 'ec2:DescribeSubnets', tagMap(s.Tags));
        // No explicit association: the VPC's main table applies (the analysis finds it), as for Terraform.
        const routeTable = tablesFailed ? { kind: 'unknown', reason: tablesFailed } : tableOf.get(s.SubnetId);
        const networkAcl = aclsFailed ? { kind: 'unknown', reason: aclsFailed } : aclOf.get(s.SubnetId);
        return {
            ...base,
            kind: 'subnet',
            network: ctx.links.link('vpc', s.VpcId),
            cidr: s.CidrBlock ? known(s.CidrBlock, base.loc) : unknownFact('the subnet has no IPv4 range (IPv6-only)', base.loc),
            mapPublicIp: known(s.MapPublicIpOnLaunch === true, base.loc),
            ...(routeTable ? { routeTable } : {}),
            ...(networkAcl ? { networkAcl } : {}),
            ...(s.DefaultForAz ? { isDefault: true } : {}),
        };
    });
}
/** A route's target: the field that is set says what kind of gateway it is. */
function routeTarget(r, ctx) {
    if (r.GatewayId === 'local')
        return { kind: 'local' };
    if (r.GatewayId?.startsWith('igw-'))
        return { kind: 'internet-gateway', link: ctx.links.link('internet-gateway', r.GatewayId) };
    if (r.EgressOnlyInternetGatewayId)
        return { kind: 'egress-only-gateway', link: ctx.links.link('egress-only-gateway', r.EgressOnlyInternetGatewayId) };
    if (r.NatGatewayId)
        return { kind: 'nat-gateway', link: ctx.links.link('nat-gateway', r.NatGatewayId) };
    const other = r.GatewayId ?? r.TransitGatewayId ?? r.VpcPeeringConnectionId ?? r.NetworkInterfaceId ?? r.InstanceId ?? r.CarrierGatewayId ?? r.LocalGatewayId ?? r.CoreNetworkArn;
    if (other)
        return { kind: 'other', link: { kind: 'external', value: other } };
    return { kind: 'unknown', reason: 'the API names no target for this route' };
}
function routeTables(ctx) {
    return itemsOf(ctx.snap.routeTables).map((t) => {
        const id = ec2Arn(ctx.scope, ctx.region, 'route-table', t.RouteTableId);
        const base = recordBase(id, 'AWS::EC2::RouteTable', ctx.region, ctx.scope.account, 'ec2:DescribeRouteTables', tagMap(t.Tags));
        const routes = [];
        for (const r of t.Routes ?? []) {
            // A blackhole route (its target deleted) carries no traffic.
            if (r.State === 'blackhole')
                continue;
            const destination = r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId;
            routes.push({ destination: destination ? known(destination, base.loc) : unknownFact('the API names no destination', base.loc), target: routeTarget(r, ctx), loc: base.loc });
        }
        const assocs = (t.Associations ?? []).filter((a) => a.AssociationState?.State !== 'disassociated');
        return {
            ...base,
            kind: 'route-table',
            network: ctx.links.link('vpc', t.VpcId),
            isMain: known(assocs.some((a) => a.Main === true), base.loc),
            routes,
            subnets: assocs.filter((a) => a.SubnetId).map((a) => ctx.links.link('subnet', a.SubnetId, base.loc)),
        };
    });
}
function gateways(ctx) {
    const out = [];
    const attached = (attachments) => {
        const a = (attachments ?? []).find((x) => x.VpcId && x.State !== 'detached');
        return a ? ctx.links.link('vpc', a.VpcId) : { kind: 'unknown', reason: 'the gateway is not attached to a VPC' };
    };
    for (const g of itemsOf(ctx.snap.internetGateways)) {
        const id = ec2Arn(ctx.scope, ctx.region, 'internet-gateway', g.InternetGatewayId);
        out.push({ ...recordBase(id, 'AWS::EC2::InternetGateway', ctx.region, ctx.scope.account, 'ec2:DescribeInternetGateways', tagMap(g.Tags)), kind: 'gateway', gatewayKind: 'internet', network: attached(g.Attachments) });
    }
    for (const g of itemsOf(ctx.snap.egressOnlyGateways)) {
        const id = ec2Arn(ctx.scope, ctx.region, 'egress-only-internet-gateway', g.EgressOnlyInternetGatewayId);
        out.push({ ...recordBase(id, 'AWS::EC2::EgressOnlyInternetGateway', ctx.region, ctx.scope.account, 'ec2:DescribeEgressOnlyInternetGateways', tagMap(g.Tags)), kind: 'gateway', gatewayKind: 'egress-only', network: attached(g.Attachments) });
    }
    for (const g of itemsOf(ctx.snap.natGateways)) {
        if (g.State === 'deleted' || g.State === 'deleting' || g.State === 'failed')
            continue;
        const id = ec2Arn(ctx.scope, ctx.region, 'natgateway', g.NatGatewayId);
        out.push({ ...recordBase(id, 'AWS::EC2::NatGateway', ctx.region, ctx.scope.account, 'ec2:DescribeNatGateways', tagMap(g.Tags)), kind: 'gateway', gatewayKind: 'nat', network: ctx.links.link('vpc', g.VpcId) });
    }
    return out;
}
function aclEntries(acl, id) {
    const loc = liveLoc(id, 'ec2:DescribeNetworkAcls');
    return (acl.Entries ?? []).map((e) => {
        const protocol = normalizeProtocol(e.Protocol ?? '-1');
        const ports = protocol === 'tcp' || protocol === 'udp'
            ? e.PortRange?.From !== undefined && e.PortRange.To !== undefined
                ? known({ from: e.PortRange.From, to: e.PortRange.To }, loc)
                : known(ALL_PORTS, loc)
            : known(ALL_PORTS, loc);
        const cidr = e.CidrBlock ?? e.Ipv6CidrBlock;
        const action = e.RuleAction === 'allow' || e.RuleAction === 'deny' ? known(e.RuleAction, loc) : unknownFact(`rule action ${e.RuleAction ?? '(none)'}`, loc);
        return {
            ruleNumber: e.RuleNumber !== undefined ? known(e.RuleNumber, loc) : unknownFact('no rule number', loc),
            egress: e.Egress === true,
            protocol: known(protocol, loc),
            action,
            cidr: cidr ? known(cidr, loc) : unknownFact('the entry names no CIDR block', loc),
            ports,
            loc,
            key: `${acl.NetworkAclId}.${e.Egress ? 'egress' : 'ingress'}#${e.RuleNumber}${e.Ipv6CidrBlock ? '-ipv6' : ''}`,
        };
    });
}
function networkAcls(ctx) {
    return itemsOf(ctx.snap.networkAcls).filter((a) => !isUntouchedDefaultAcl(a)).map((a) => {
        const id = ec2Arn(ctx.scope, ctx.region, 'network-acl', a.NetworkAclId);
        const base = recordBase(id, 'AWS::EC2::NetworkAcl', ctx.region, ctx.scope.account, 'ec2:DescribeNetworkAcls', tagMap(a.Tags));
        return {
            ...base,
            kind: 'network-acl',
            network: ctx.links.link('vpc', a.VpcId),
            isDefault: a.IsDefault === true,
            subnets: (a.Associations ?? []).filter((x) => x.SubnetId).map((x) => ctx.links.link('subnet', x.SubnetId, base.loc)),
            entries: aclEntries(a, id),
        };
    });
}
function permissionRules(group, perm, direction, ctx, groupArn) {
    const loc = liveLoc(groupArn, 'ec2:DescribeSecurityGroups');
    const protocol = normalizeProtocol(perm.IpProtocol ?? '-1');
    const range = awsPortRange(protocol, perm.FromPort, perm.ToPort);
    // Protocols without ports (icmp, gre...) cover all of their traffic, as in the Terraform normaliser.
    const ports = protocol === 'tcp' || protocol === 'udp' ? (range ? known(range, loc) : unknownFact(`invalid port range ${perm.FromPort}-${perm.ToPort}`, loc)) : known(ALL_PORTS, loc);
    const key = `${group.GroupId}.${direction}[${protocol}:${perm.FromPort ?? '*'}-${perm.ToPort ?? '*'}]`;
    const sources = [];
    for (const r of perm.IpRanges ?? [])
        if (r.CidrIp)
            sources.push({ source: { kind: 'cidr', cidr: r.CidrIp }, ...(r.Description ? { description: r.Description } : {}) });
    for (const r of perm.Ipv6Ranges ?? [])
        if (r.CidrIpv6)
            sources.push({ source: { kind: 'cidr', cidr: r.CidrIpv6 }, ...(r.Description ? { description: r.Description } : {}) });
    for (const p of perm.UserIdGroupPairs ?? []) {
        // A group of another account or a peered VPC is outside this account's model.
        const sameAccount = !p.UserId || p.UserId === ctx.scope.account;
        const link = sameAccount && !p.VpcPeeringConnectionId ? ctx.links.link('security-group', p.GroupId) : { kind: 'external', value: `${p.UserId ?? ''}/${p.GroupId ?? p.GroupName ?? ''}` };
        sources.push({ source: { kind: 'group', link }, ...(p.Description ? { description: p.Description } : {}) });
    }
    for (const p of perm.PrefixListIds ?? [])
        if (p.PrefixListId)
            sources.push({ source: { kind: 'prefix-list', id: p.PrefixListId }, ...(p.Description ? { description: p.Description } : {}) });
    return sources.map(({ source, description }) => ({
        direction,
        protocol: known(protocol, loc),
        ports,
        source,
        policy: known('accept'),
        ...(description ? { description } : {}),
        loc,
        key,
    }));
}
function securityGroups(ctx) {
    return itemsOf(ctx.snap.securityGroups).map((g) => {
        const id = ec2Arn(ctx.scope, ctx.region, 'security-group', g.GroupId);
        const base = recordBase(id, 'AWS::EC2::SecurityGroup', ctx.region, ctx.scope.account, 'ec2:DescribeSecurityGroups', tagMap(g.Tags));
        return {
            ...base,
            kind: 'security-group',
            network: ctx.links.link('vpc', g.VpcId),
            isDefault: g.GroupName === 'default',
            rules: [
                ...(g.IpPermissions ?? []).flatMap((p) => permissionRules(g, p, 'ingress', ctx, id)),
                ...(g.IpPermissionsEgress ?? []).flatMap((p) => permissionRules(g, p, 'egress', ctx, id)),
            ],
        };
    });
}
export function normalizeNetwork(ctx) {
    return [...networks(ctx), ...subnets(ctx), ...gateways(ctx), ...routeTables(ctx), ...networkAcls(ctx), ...securityGroups(ctx)];
}
