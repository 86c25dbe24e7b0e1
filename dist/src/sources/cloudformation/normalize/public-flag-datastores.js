/**
 * Template datastores whose only public knob is a flag on a VPC-placed
 * service, the same records the Terraform normaliser makes: Redshift
 * Serverless workgroups (`PubliclyAccessible`, API default false) and MSK
 * clusters (BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type =
 * SERVICE_PROVIDED_EIPS; default DISABLED).
 */
import { known, unknownFact } from '../../../model/fact.js';
import { asNumber, asString } from '../../../model/value.js';
import { attr, boolFact, linksOf, present, reasonOf, templateBase } from './common.js';
import { groupIdOf } from './network.js';
/** MSK's public listeners: TLS 9194, SASL/SCRAM 9196, IAM 9198. */
const MSK_PUBLIC_PORTS = [9194, 9196, 9198];
/** Security group links; a group outside the template is external (its rules unknown). */
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
        else
            out.push(target.declared ? { kind: 'resource', id: target.id, loc: item.loc } : { kind: 'external', value: target.id, loc: item.loc });
    }
    return out;
}
function base(r, service, engine, ports) {
    return { ...templateBase(r), kind: 'datastore', service, engine: known(engine), ports, allowlists: [], publicEndpoints: [] };
}
function workgroup(r, ctx) {
    const subnets = attr(r, 'SubnetIds');
    return {
        ...base(r, 'redshift-serverless', 'redshift-serverless', [asNumber(attr(r, 'Port')) ?? 5439]),
        publiclyAccessible: boolFact(attr(r, 'PubliclyAccessible'), known(false)),
        inNetwork: known(true),
        // Without SubnetIds the workgroup uses the default VPC's subnets.
        subnets: present(subnets) ? linksOf(subnets, ctx) : [],
        securityGroups: groupLinks(attr(r, 'SecurityGroupIds'), ctx),
        ...(present(subnets) ? {} : { defaultVpc: true }),
    };
}
function mskPublic(r) {
    const v = attr(r, 'BrokerNodeGroupInfo', 'ConnectivityInfo', 'PublicAccess', 'Type');
    if (!present(v))
        return known(false);
    const s = asString(v);
    if (s === undefined)
        return unknownFact(`PublicAccess Type: ${reasonOf(v)}`, v.loc);
    return known(s.toUpperCase() === 'SERVICE_PROVIDED_EIPS', v.loc);
}
function mskCluster(r, ctx) {
    return {
        ...base(r, 'msk', 'kafka', MSK_PUBLIC_PORTS),
        publiclyAccessible: mskPublic(r),
        inNetwork: known(true),
        subnets: linksOf(attr(r, 'BrokerNodeGroupInfo', 'ClientSubnets'), ctx),
        securityGroups: groupLinks(attr(r, 'BrokerNodeGroupInfo', 'SecurityGroups'), ctx),
    };
}
export function normalizePublicFlagDatastores(ctx) {
    return [
        ...ctx.byType('AWS::RedshiftServerless::Workgroup').map((r) => workgroup(r, ctx)),
        ...ctx.byType('AWS::MSK::Cluster').map((r) => mskCluster(r, ctx)),
    ];
}
