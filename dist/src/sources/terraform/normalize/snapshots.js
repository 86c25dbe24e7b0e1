import { attr, baseOf, linkOf, stringListFact } from './common.js';
/** The Terraform types that declare a shareable RDS snapshot, with the argument naming what it copies. */
const SNAPSHOT_TYPES = [
    { type: 'aws_db_snapshot', service: 'rds-instance', source: 'db_instance_identifier' },
    { type: 'aws_db_snapshot_copy', service: 'rds-instance', source: 'source_db_snapshot_identifier' },
    { type: 'aws_db_cluster_snapshot', service: 'rds-cluster', source: 'db_cluster_identifier' },
];
function snapshotOf(r, service, sourceArg, ctx) {
    const shared = attr(r, 'shared_accounts');
    const source = linkOf(attr(r, sourceArg), ctx);
    return {
        ...baseOf(r),
        kind: 'snapshot',
        service,
        ...(source.kind === 'unknown' && source.reason === 'not set' ? {} : { source }),
        // Absent or null: shared with no one. An unknown list stays unknown.
        shares: shared && shared.t !== 'null' ? [{ accounts: stringListFact(shared), loc: shared.loc ?? r.loc }] : [],
    };
}
export function normalizeSnapshots(ctx) {
    return SNAPSHOT_TYPES.flatMap(({ type, service, source }) => ctx.byType(type).map((r) => snapshotOf(r, service, source, ctx)));
}
