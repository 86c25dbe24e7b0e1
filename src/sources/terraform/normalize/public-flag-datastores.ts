/**
 * Terraform datastores whose only public knob is a flag on a VPC-placed
 * service, judged like an RDS instance (the public flag, then the subnets'
 * routes, NACLs and security groups): Redshift Serverless workgroups
 * (`publicly_accessible`, default false) and MSK clusters (public access is
 * broker_node_group_info.connectivity_info.public_access.type =
 * "SERVICE_PROVIDED_EIPS", default "DISABLED"; brokers still sit behind
 * their security groups and need authentication).
 */
import { known, unknownFact, type Fact, type Link } from '../../../model/fact.js';
import type { Datastore } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { asNumber, asString, present, type Value } from '../../../model/value.js';
import { attr, baseOf, boolFact, linkListOf, type NormalizeContext } from './common.js';
import { groupIdOf, reasonOf } from './network.js';

/** MSK's public listeners: TLS 9194, SASL/SCRAM 9196, IAM 9198. */
const MSK_PUBLIC_PORTS = [9194, 9196, 9198];

/** Security group links; a group that is not declared in the scan is external (its rules unknown). */
function groupLinks(v: Value | undefined, ctx: NormalizeContext): Link[] | { unknown: string } {
  if (!present(v)) return [];
  if (v.t === 'unknown' && !v.ref) return { unknown: reasonOf(v) };
  const items = v.t === 'list' ? v.items : [v];
  const out: Link[] = [];
  for (const item of items) {
    if (item.t === 'null') continue;
    const target = groupIdOf(item, ctx);
    if (!target) out.push({ kind: 'unknown', reason: reasonOf(item), loc: item.loc });
    else out.push(target.declared ? { kind: 'resource', id: target.id, loc: item.loc } : { kind: 'external', value: target.id, loc: item.loc });
  }
  return out;
}

function base(r: SourceResource, service: Datastore['service'], engine: string, ports: number[]): Omit<Datastore, 'inNetwork' | 'subnets' | 'securityGroups' | 'publiclyAccessible'> {
  return { ...baseOf(r), kind: 'datastore', service, engine: known(engine), ports, allowlists: [], publicEndpoints: [] };
}

function redshiftServerless(r: SourceResource, ctx: NormalizeContext): Datastore {
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
function mskPublic(r: SourceResource): Fact<boolean> {
  const v = attr(r, 'broker_node_group_info', 'connectivity_info', 'public_access', 'type');
  if (!present(v)) return known(false);
  const s = asString(v);
  if (s === undefined) return unknownFact(`public_access type: ${reasonOf(v)}`, v.loc);
  return known(s.toUpperCase() === 'SERVICE_PROVIDED_EIPS', v.loc);
}

function mskCluster(r: SourceResource, ctx: NormalizeContext): Datastore {
  return {
    ...base(r, 'msk', 'kafka', MSK_PUBLIC_PORTS),
    publiclyAccessible: mskPublic(r),
    inNetwork: known(true),
    subnets: linkListOf(attr(r, 'broker_node_group_info', 'client_subnets'), ctx),
    securityGroups: groupLinks(attr(r, 'broker_node_group_info', 'security_groups'), ctx),
  };
}

export function normalizePublicFlagDatastores(ctx: NormalizeContext): Datastore[] {
  return [
    ...ctx.byType('aws_redshiftserverless_workgroup').map((r) => redshiftServerless(r, ctx)),
    ...ctx.byType('aws_msk_cluster').map((r) => mskCluster(r, ctx)),
  ];
}
