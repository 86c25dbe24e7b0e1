/**
 * Terraform database snapshots → snapshot records. The AWS provider shares a
 * manual RDS snapshot through `shared_accounts` (account ids, or `all` for
 * every AWS account) on aws_db_snapshot, aws_db_snapshot_copy and
 * aws_db_cluster_snapshot. EBS snapshots are not read here: aws_ebs_snapshot
 * has no sharing argument and aws_snapshot_create_volume_permission grants one
 * account id (`account_id`), never the `all` group, so Terraform cannot make
 * an EBS snapshot public; the live collector reads that.
 */
import type { Link } from '../../../model/fact.js';
import type { Snapshot, SnapshotService } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { attr, baseOf, linkOf, stringListFact, type NormalizeContext } from './common.js';

/** The Terraform types that declare a shareable RDS snapshot, with the argument naming what it copies. */
const SNAPSHOT_TYPES: Array<{ type: string; service: SnapshotService; source: string }> = [
  { type: 'aws_db_snapshot', service: 'rds-instance', source: 'db_instance_identifier' },
  { type: 'aws_db_snapshot_copy', service: 'rds-instance', source: 'source_db_snapshot_identifier' },
  { type: 'aws_db_cluster_snapshot', service: 'rds-cluster', source: 'db_cluster_identifier' },
];

function snapshotOf(r: SourceResource, service: SnapshotService, sourceArg: string, ctx: NormalizeContext): Snapshot {
  const shared = attr(r, 'shared_accounts');
  const source: Link = linkOf(attr(r, sourceArg), ctx);
  return {
    ...baseOf(r),
    kind: 'snapshot',
    service,
    ...(source.kind === 'unknown' && source.reason === 'not set' ? {} : { source }),
    // Absent or null: shared with no one. An unknown list stays unknown.
    shares: shared && shared.t !== 'null' ? [{ accounts: stringListFact(shared), loc: shared.loc ?? r.loc }] : [],
  };
}

export function normalizeSnapshots(ctx: NormalizeContext): Snapshot[] {
  return SNAPSHOT_TYPES.flatMap(({ type, service, source }) => ctx.byType(type).map((r) => snapshotOf(r, service, source, ctx)));
}
