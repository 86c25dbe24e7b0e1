/**
 * ECS: security groups with every rule (DescribeSecurityGroupAttribute, paged
 * with NextToken; classic-network groups are read for both NIC types, since a
 * call answers one), and instances with their public IPs and EIPs.
 */
import { okPart } from '../../live/coverage.js';
import { regionSnapshot } from '../snapshot.js';
import { allByToken, items, numberField, stringList, tagsOf, text } from './wire.js';
function permissionOf(p) {
    const optional = (key) => text(p, key);
    return {
        ...(optional('SecurityGroupRuleId') ? { ruleId: optional('SecurityGroupRuleId') } : {}),
        direction: text(p, 'Direction') === 'egress' ? 'egress' : 'ingress',
        protocol: text(p, 'IpProtocol') ?? '',
        portRange: text(p, 'PortRange') ?? '',
        policy: text(p, 'Policy') ?? '',
        priority: text(p, 'Priority') ?? '',
        ...(optional('SourceCidrIp') ? { sourceCidr: optional('SourceCidrIp') } : {}),
        ...(optional('Ipv6SourceCidrIp') ? { ipv6SourceCidr: optional('Ipv6SourceCidrIp') } : {}),
        ...(optional('SourceGroupId') ? { sourceGroupId: optional('SourceGroupId') } : {}),
        ...(optional('SourcePrefixListId') ? { sourcePrefixListId: optional('SourcePrefixListId') } : {}),
        ...(optional('NicType') ? { nicType: optional('NicType') } : {}),
        ...(optional('Description') ? { description: optional('Description') } : {}),
    };
}
async function groupRules(ctx, groupId, nicType) {
    const list = await allByToken(async (token) => {
        const reply = await ctx.session.api.rpc('ecs', ctx.region, 'DescribeSecurityGroupAttribute', {
            SecurityGroupId: groupId,
            Direction: 'ingress',
            MaxResults: 1000,
            ...(nicType ? { NicType: nicType } : {}),
            ...(token ? { NextToken: token } : {}),
        });
        return { page: items(reply, 'Permissions', 'Permission'), next: text(reply, 'NextToken') };
    });
    return list.map(permissionOf);
}
async function securityGroups(ctx) {
    const listed = await ctx.part({ region: ctx.region, service: 'ecs', scope: 'security groups', apiCall: 'ecs:DescribeSecurityGroups' }, () => allByToken(async (token) => {
        const reply = await ctx.session.api.rpc('ecs', ctx.region, 'DescribeSecurityGroups', { MaxResults: 100, ...(token ? { NextToken: token } : {}) });
        return { page: items(reply, 'SecurityGroups', 'SecurityGroup'), next: text(reply, 'NextToken') };
    }));
    if (!listed.ok)
        return listed;
    const groups = await Promise.all(listed.value.map(async (g) => {
        const id = text(g, 'SecurityGroupId');
        const vpcId = text(g, 'VpcId');
        const rules = await ctx.part({ region: ctx.region, service: 'ecs', scope: `security group ${id}: rules`, apiCall: 'ecs:DescribeSecurityGroupAttribute' }, async () => {
            // A VPC group has only intranet rules (they govern its public IPs too); a classic group answers one
            // NIC type a call (internet when none is named), so it is asked for both.
            if (vpcId)
                return groupRules(ctx, id);
            return [...(await groupRules(ctx, id, 'intranet')), ...(await groupRules(ctx, id, 'internet'))];
        });
        return { id, ...(text(g, 'SecurityGroupName') ? { name: text(g, 'SecurityGroupName') } : {}), ...(vpcId ? { vpcId } : {}), tags: tagsOf(items(g, 'Tags', 'Tag')), rules };
    }));
    return okPart(groups);
}
function instanceOf(i) {
    const vpc = (i.VpcAttributes ?? {});
    const eip = (i.EipAddress ?? {});
    const eipIp = text(eip, 'IpAddress');
    const bandwidth = numberField(i, 'InternetMaxBandwidthOut');
    return {
        id: text(i, 'InstanceId'),
        ...(text(i, 'InstanceName') ? { name: text(i, 'InstanceName') } : {}),
        ...(text(vpc, 'VpcId') ? { vpcId: text(vpc, 'VpcId') } : {}),
        ...(text(vpc, 'VSwitchId') ? { vswitchId: text(vpc, 'VSwitchId') } : {}),
        securityGroupIds: stringList(i.SecurityGroupIds, 'SecurityGroupId') ?? [],
        publicIps: stringList(i.PublicIpAddress, 'IpAddress') ?? [],
        ...(eipIp ? { eip: { ip: eipIp, ...(text(eip, 'AllocationId') ? { allocationId: text(eip, 'AllocationId') } : {}) } } : {}),
        ...(bandwidth !== undefined ? { bandwidthOut: bandwidth } : {}),
        tags: tagsOf(items(i, 'Tags', 'Tag')),
    };
}
export const ecsCollector = {
    service: 'ecs',
    async collect(ctx) {
        const snap = regionSnapshot(ctx.snapshot, ctx.region);
        const [groups, instances] = await Promise.all([
            securityGroups(ctx),
            ctx.part({ region: ctx.region, service: 'ecs', scope: 'instances', apiCall: 'ecs:DescribeInstances' }, async () => {
                const list = await allByToken(async (token) => {
                    const reply = await ctx.session.api.rpc('ecs', ctx.region, 'DescribeInstances', { MaxResults: 100, ...(token ? { NextToken: token } : {}) });
                    return { page: items(reply, 'Instances', 'Instance'), next: text(reply, 'NextToken') };
                });
                return list.map(instanceOf);
            }),
        ]);
        snap.securityGroups = groups;
        snap.instances = instances;
    },
};
