import { known } from '../../../model/fact.js';
import { ec2Arn } from '../arn.js';
import { findByField, itemsOf, liveLoc, recordBase, tagMap } from './common.js';
function elasticIpOf(addresses, ip) {
    return ip ? findByField(addresses, 'PublicIp', ip) : undefined;
}
function describeAddress(addresses, ip) {
    const eip = elasticIpOf(addresses, ip);
    return eip ? `Elastic IP ${ip} (${eip.AllocationId ?? 'allocated'})` : `public IP ${ip} (assigned at launch)`;
}
function instances(ctx, addresses) {
    const out = [];
    for (const i of itemsOf(ctx.snap.instances)) {
        const state = i.State?.Name;
        if (state === 'terminated' || state === 'shutting-down')
            continue;
        const id = ec2Arn(ctx.scope, ctx.region, 'instance', i.InstanceId);
        const base = recordBase(id, 'AWS::EC2::Instance', ctx.region, ctx.scope.account, 'ec2:DescribeInstances', tagMap(i.Tags));
        const ip = i.PublicIpAddress ?? (i.NetworkInterfaces ?? []).map((n) => n.Association?.PublicIp).find((x) => !!x);
        const groupIds = new Set();
        for (const g of i.SecurityGroups ?? [])
            if (g.GroupId)
                groupIds.add(g.GroupId);
        for (const n of i.NetworkInterfaces ?? [])
            for (const g of n.Groups ?? [])
                if (g.GroupId)
                    groupIds.add(g.GroupId);
        out.push({
            ...base,
            kind: 'compute',
            publicIp: known(!!ip, base.loc),
            subnet: ctx.links.link('subnet', i.SubnetId, base.loc),
            securityGroups: [...groupIds].map((g) => ctx.links.link('security-group', g, base.loc)),
            ...(ip ? { publicIpDetail: describeAddress(addresses, ip) } : {}),
        });
    }
    return out;
}
/** Interfaces managed by a service that has its own record (RDS, OpenSearch, ELB...) are judged there. */
function standaloneInterface(n) {
    if (!n.Association?.PublicIp || n.Attachment?.InstanceId)
        return false;
    if (n.InterfaceType && n.InterfaceType !== 'interface')
        return false;
    return !n.RequesterManaged || (n.Description ?? '').startsWith('arn:aws:ecs:');
}
function interfaces(ctx, addresses) {
    return itemsOf(ctx.snap.networkInterfaces).filter(standaloneInterface).map((n) => {
        const id = ec2Arn(ctx.scope, ctx.region, 'network-interface', n.NetworkInterfaceId);
        const base = recordBase(id, 'AWS::EC2::NetworkInterface', ctx.region, ctx.scope.account, 'ec2:DescribeNetworkInterfaces', tagMap(n.TagSet));
        const loc = liveLoc(id, 'ec2:DescribeNetworkInterfaces');
        return {
            ...base,
            kind: 'compute',
            publicIp: known(true, loc),
            subnet: ctx.links.link('subnet', n.SubnetId, loc),
            securityGroups: (n.Groups ?? []).filter((g) => g.GroupId).map((g) => ctx.links.link('security-group', g.GroupId, loc)),
            publicIpDetail: `${describeAddress(addresses, n.Association.PublicIp)} on ${n.Description || n.NetworkInterfaceId}`,
        };
    });
}
export function normalizeCompute(ctx) {
    const addresses = itemsOf(ctx.snap.addresses);
    return [...instances(ctx, addresses), ...interfaces(ctx, addresses)];
}
