/**
 * Terraform datastores whose only public knob is a flag on a VPC-placed
 * service, judged like an RDS instance (the public flag, then the subnets'
 * routes, NACLs and security groups): Redshift Serverless workgroups
 * (`publicly_accessible`, default false) and MSK clusters (public access is
 * broker_node_group_info.connectivity_info.public_access.type =
 * "SERVICE_PROVIDED_EIPS", default "DISABLED"; brokers still sit behind
 * their security groups and need authentication).
 */
import { known, unknownFact } from '../../../model/fact.js';
import { asNumber, asString, present } from '../../../model/value.js';
import { attr, baseOf, boolFact, linkListOf } from './common.js';
import { groupIdOf, reasonOf } from './network.js';
/** MSK's public listeners: TLS 9194, SASL/SCRAM 9196, IAM 9198. */
const MSK_PUBLIC_PORTS = [9194, 9196, 9198];
/** Security group links; a group that is not declared in the scan is external (its rules unknown). */
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
    return { ...baseOf(r), kind: 'datastore', service, engine: known(engine), ports, allowlists: [], publicEndpoints: [] };
}
function redshiftServerless(r, ctx) {
    const port = asNumber(attr(r, 'port'));
    const subnets = attr(r, 'subnet_ids');
    return {
        ...base(r, 'redshift-serverless', 'redshift-serverless', [port ?? 5439]),
        publiclyAccessible: boolFact(attr(r, 'publicly_accessible'), known(false)),
        inNetwork: known(true),
        // Without subnet_ids the workgroup uses the default VPC's subnets.
        subnets: present(subnets) ? linkListOf(subnets, ctx) : [],
        securityGroups: groupLinks(attr(r, 'security_group_ids'), ctx),
        ...(present(subnets) ? {} : { defaultVpc: true }),
    };
}
/** Public access of an MSK cluster: on only for SERVICE_PROVIDED_EIPS. */
function mskPublic(r) {
    const v = attr(r, 'broker_node_group_info', 'connectivity_info', 'public_access', 'type');
    if (!present(v))
        return known(false);
    const s = asString(v);
    if (s === undefined)
        return unknownFact(`public_access type: ${reasonOf(v)}`, v.loc);
    return known(s.toUpperCase() === 'SERVICE_PROVIDED_EIPS', v.loc);
}
function mskCluster(r, ctx) {
    return {
        ...base(r, 'msk', 'kafka', MSK_PUBLIC_PORTS),
        publiclyAccessible: mskPublic(r),
        inNetwork: known(true),
        subnets: linkListOf(attr(r, 'broker_node_group_info', 'client_subnets'), ctx),
        securityGroups: groupLinks(attr(r, 'broker_node_group_info', 'security_groups'), ctx),
    };
}
export function normalizePublicFlagDatastores(ctx) {
    return [
        ...ctx.byType('aws_redshiftserverless_workgroup').map((r) => redshiftServerless(r, ctx)),
        ...ctx.byType('aws_msk_cluster').map((r) => mskCluster(r, ctx)),
    ];
}
