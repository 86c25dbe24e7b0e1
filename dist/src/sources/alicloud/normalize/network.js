/**
 * Live ECS/VPC → network and compute records, with the meaning the Terraform
 * normalizer gives alicloud_* resources: VPCs and vSwitches (Alibaba has no
 * route-table or ACL gate for the analysis to follow), security groups with
 * one FirewallRule per source of each permission (policy accept/drop and
 * priority kept as written, port ranges as ranges), and instances whose
 * public address is a public IP or a bound EIP. A group whose rules could not
 * be read holds one rule that is unknown in every part, so nothing it guards
 * is judged closed (or open) by default.
 */
import { ALL_PORTS, alicloudPortRange, normalizeProtocol } from '../../../model/ports.js';
import { known, unknownFact } from '../../../model/fact.js';
import { notAssessedReason } from '../../live/coverage.js';
import { itemsOf, liveLoc, recordBase, RegionIds } from './common.js';
export function regionIds(account, region, snap) {
    const ids = new RegionIds(region, account);
    ids.add('vpc', `VPCs of ${region}`, snap.vpcs, (v) => v.id);
    ids.add('vswitch', `vSwitches of ${region}`, snap.vswitches, (s) => s.id);
    ids.add('securitygroup', `security groups of ${region}`, snap.securityGroups, (g) => g.id);
    return ids;
}
function networks(ctx) {
    return itemsOf(ctx.snap.vpcs).map((v) => {
        const base = recordBase(ctx.ids.arn('vpc', v.id), 'ALIYUN::ECS::VPC', ctx.region, ctx.account, 'vpc:DescribeVpcs');
        return { ...base, kind: 'network', cidrs: known(v.cidrs, base.loc) };
    });
}
function subnets(ctx) {
    return itemsOf(ctx.snap.vswitches).map((s) => {
        const base = recordBase(ctx.ids.arn('vswitch', s.id), 'ALIYUN::ECS::VSwitch', ctx.region, ctx.account, 'vpc:DescribeVSwitches');
        // Alibaba vSwitches never hand out public addresses by themselves.
        return { ...base, kind: 'subnet', network: ctx.ids.link('vpc', s.vpcId), cidr: known(s.cidr, base.loc), mapPublicIp: known(false, base.loc) };
    });
}
function portsOf(p, protocol) {
    if (protocol === 'all')
        return known(ALL_PORTS);
    const range = alicloudPortRange(p.portRange);
    return range ? known(range) : unknownFact(`PortRange "${p.portRange}" is not a range`);
}
function policyOf(p) {
    const v = p.policy.toLowerCase();
    // The API's default, when a rule was created without one, is Accept.
    if (v === '')
        return known('accept');
    return v === 'accept' || v === 'drop' ? known(v) : unknownFact(`Policy "${p.policy}" is neither Accept nor Drop`);
}
function priorityOf(p) {
    if (p.priority === '')
        return known(1);
    const n = Number(p.priority);
    return Number.isInteger(n) ? known(n) : unknownFact(`Priority "${p.priority}" is not a number`);
}
function sourcesOf(p, ctx) {
    const out = [];
    if (p.sourceCidr)
        out.push({ kind: 'cidr', cidr: p.sourceCidr });
    if (p.ipv6SourceCidr)
        out.push({ kind: 'cidr', cidr: p.ipv6SourceCidr });
    if (p.sourceGroupId)
        out.push({ kind: 'group', link: ctx.ids.link('securitygroup', p.sourceGroupId) });
    if (p.sourcePrefixListId)
        out.push({ kind: 'prefix-list', id: p.sourcePrefixListId });
    return out;
}
function rulesOf(g, groupId, ctx) {
    const apiCall = 'ecs:DescribeSecurityGroupAttribute';
    if (!g.rules.ok) {
        const reason = notAssessedReason(g.rules, `the rules of ${g.id}`);
        return [
            {
                direction: 'ingress',
                protocol: unknownFact(reason),
                ports: unknownFact(reason),
                source: { kind: 'unknown', reason },
                policy: unknownFact(reason),
                priority: unknownFact(reason),
                loc: liveLoc(groupId, apiCall),
                key: `${groupId}#rules`,
            },
        ];
    }
    return g.rules.value.flatMap((p, i) => {
        const protocol = normalizeProtocol(p.protocol);
        const ruleName = `${g.id}/${p.ruleId ?? `${p.direction}[${i}]`}`;
        const base = {
            direction: p.direction,
            protocol: known(protocol),
            ports: portsOf(p, protocol),
            policy: policyOf(p),
            priority: priorityOf(p),
            ...(p.description ? { description: p.description } : {}),
            ...(p.nicType ? { nicType: p.nicType } : {}),
            loc: liveLoc(groupId, apiCall),
            address: ruleName,
            key: `${groupId}#${p.ruleId ?? `${p.direction}[${i}]`}`,
        };
        return sourcesOf(p, ctx).map((source) => ({ ...base, source }));
    });
}
function securityGroups(ctx) {
    return itemsOf(ctx.snap.securityGroups).map((g) => {
        const id = ctx.ids.arn('securitygroup', g.id);
        return {
            ...recordBase(id, 'ALIYUN::ECS::SecurityGroup', ctx.region, ctx.account, 'ecs:DescribeSecurityGroups', g.tags),
            kind: 'security-group',
            network: g.vpcId ? ctx.ids.link('vpc', g.vpcId) : { kind: 'external', value: 'the classic network' },
            isDefault: false,
            rules: rulesOf(g, id, ctx),
        };
    });
}
function instances(ctx) {
    // EIPs bound to an instance, as the EIP listing reports them (DescribeInstances shows the primary one too).
    const eipByInstance = new Map();
    for (const e of itemsOf(ctx.snap.eips))
        if (e.instanceId && (e.instanceType ?? 'EcsInstance') === 'EcsInstance')
            eipByInstance.set(e.instanceId, e.ip);
    const groupsFailure = ctx.ids.failure('securitygroup');
    return itemsOf(ctx.snap.instances).map((i) => {
        const base = recordBase(ctx.ids.arn('instance', i.id), 'ALIYUN::ECS::Instance', ctx.region, ctx.account, 'ecs:DescribeInstances', i.tags);
        const eip = i.eip?.ip ?? eipByInstance.get(i.id);
        const detail = eip ? `EIP ${eip}` : i.publicIps.length > 0 ? `public IP ${i.publicIps.join(', ')}` : undefined;
        return {
            ...base,
            kind: 'compute',
            publicIp: known(detail !== undefined, base.loc),
            ...(detail ? { publicIpDetail: detail } : {}),
            subnet: ctx.ids.link('vswitch', i.vswitchId),
            securityGroups: groupsFailure && i.securityGroupIds.length > 0 ? { unknown: groupsFailure } : i.securityGroupIds.map((sg) => ctx.ids.link('securitygroup', sg)),
        };
    });
}
export function normalizeNetwork(ctx) {
    return [...networks(ctx), ...subnets(ctx), ...securityGroups(ctx), ...instances(ctx)];
}
