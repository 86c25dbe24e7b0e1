/**
 * CloudFormation EC2 instances → compute records: whether the instance gets
 * a public address (an Elastic IP, its primary network interface's
 * AssociatePublicIpAddress, else its subnet's MapPublicIpOnLaunch; no subnet
 * means a default subnet, which hands out public addresses), its subnet and
 * its security groups. Self-hosted databases on such instances are judged by
 * the rules through the same record.
 */
import { known } from '../../../model/fact.js';
import { asString } from '../../../model/value.js';
import { attr, boolFact, linkOf, mapItems, present, reasonOf, referenced, referringTo, templateBase } from './common.js';
import { groupIdOf, SUBNET } from './network.js';
import { awsInstancePublicIp } from '../../shared/aws-instance-public-ip.js';
/** The primary network interface declared inline (DeviceIndex 0, else the first). */
function primaryInterface(r) {
    const nics = mapItems(attr(r, 'NetworkInterfaces'));
    const primary = nics.find((n) => asString(n.entries.get('DeviceIndex')) === '0') ?? nics[0];
    return primary?.entries;
}
/** Elastic IPs attached to the instance (AWS::EC2::EIP InstanceId, AWS::EC2::EIPAssociation InstanceId). */
function elasticIps(r, ctx) {
    // Through the index: only references to a resource in the template count, as `referenced` decides.
    return ctx.byAddress.has(r.address) ? referringTo(ctx, ['AWS::EC2::EIP', 'AWS::EC2::EIPAssociation'], 'InstanceId', r.address) : [];
}
function groupLinks(values, ctx) {
    const out = [];
    for (const v of values) {
        if (!present(v))
            continue;
        if (v.t === 'unknown' && !v.ref)
            return { unknown: reasonOf(v) };
        for (const item of v.t === 'list' ? v.items : [v]) {
            const target = groupIdOf(item, ctx);
            if (!target)
                out.push({ kind: 'unknown', reason: reasonOf(item), loc: item.loc });
            else
                out.push(target.declared ? { kind: 'resource', id: target.id, loc: item.loc } : { kind: 'external', value: target.id, loc: item.loc });
        }
    }
    return out;
}
function instanceOf(r, ctx) {
    const nic = primaryInterface(r);
    const subnetValue = attr(r, 'SubnetId') ?? nic?.get('SubnetId');
    const subnet = present(subnetValue) ? linkOf(subnetValue, ctx) : { kind: 'unknown', reason: 'no SubnetId: the default VPC' };
    const eips = elasticIps(r, ctx);
    const explicit = nic?.get('AssociatePublicIpAddress');
    const subnetResource = present(subnetValue) ? referenced(subnetValue, ctx) : undefined;
    const { publicIp, detail } = awsInstancePublicIp({
        eips,
        ...(present(explicit) ? { explicit: { fact: boolFact(explicit, known(false)), label: 'AssociatePublicIpAddress: true' } } : {}),
        defaultVpc: !present(subnetValue),
        instanceLoc: r.loc,
        ...(subnetResource?.type === SUBNET
            ? { subnetSetting: { fact: boolFact(attr(subnetResource, 'MapPublicIpOnLaunch'), known(false, subnetResource.loc)), label: `${subnetResource.address} MapPublicIpOnLaunch` } }
            : {}),
        subnet,
        scope: 'the template',
    });
    return {
        ...templateBase(r),
        kind: 'compute',
        publicIp,
        subnet,
        securityGroups: groupLinks([attr(r, 'SecurityGroupIds'), attr(r, 'SecurityGroups'), nic?.get('GroupSet')], ctx),
        ...(detail && publicIp.known && publicIp.value ? { publicIpDetail: detail } : {}),
        ...(!present(subnetValue) ? { defaultVpc: true } : {}),
        ...(eips.length > 0 ? { relatedLocs: eips.map((e) => e.loc) } : {}),
    };
}
export function normalizeAwsCompute(ctx) {
    return ctx.byType('AWS::EC2::Instance').map((r) => instanceOf(r, ctx));
}
