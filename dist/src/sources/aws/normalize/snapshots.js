import { known } from '../../../model/fact.js';
import { ec2Arn, rdsArn } from '../arn.js';
import { failedFact, itemsOf, recordBase, tagMap } from './common.js';
function sharesOf(part, toAccounts, what, loc) {
    const accounts = !part
        ? failedFact({ reason: 'the sharing call was not made' }, what, loc)
        : part.ok
            ? known(toAccounts(part.value), loc)
            : failedFact(part, what, loc);
    return [{ accounts, loc }];
}
function record(ctx, id, sourceType, service, apiCall, tags, sourceArn) {
    const base = recordBase(id, sourceType, ctx.region, ctx.scope.account, apiCall, tags);
    return { ...base, kind: 'snapshot', service, ...(sourceArn ? { source: { kind: 'external', value: sourceArn, loc: base.loc } } : {}), shares: [] };
}
const volumeAccounts = (perms) => perms.flatMap((p) => [...(p.Group === 'all' ? ['all'] : []), ...(p.UserId ? [p.UserId] : [])]);
export function normalizeSnapshots(ctx) {
    const out = [];
    const { snap, scope, region } = ctx;
    for (const s of itemsOf(snap.dbSnapshots)) {
        if (!s.DBSnapshotIdentifier)
            continue;
        const id = s.DBSnapshotArn ?? `arn:${scope.partition}:rds:${region}:${scope.account}:snapshot:${s.DBSnapshotIdentifier}`;
        const source = s.DBInstanceIdentifier ? rdsArn(scope, region, 'db', s.DBInstanceIdentifier) : undefined;
        const r = record(ctx, id, 'AWS::RDS::DBSnapshot', 'rds-instance', 'rds:DescribeDBSnapshotAttributes', tagMap(s.TagList), source);
        r.shares = sharesOf(snap.dbSnapshotRestore?.get(s.DBSnapshotArn ?? s.DBSnapshotIdentifier), (v) => v, `the sharing of DB snapshot ${s.DBSnapshotIdentifier}`, r.loc);
        out.push(r);
    }
    for (const s of itemsOf(snap.dbClusterSnapshots)) {
        if (!s.DBClusterSnapshotIdentifier)
            continue;
        const id = s.DBClusterSnapshotArn ?? `arn:${scope.partition}:rds:${region}:${scope.account}:cluster-snapshot:${s.DBClusterSnapshotIdentifier}`;
        const source = s.DBClusterIdentifier ? rdsArn(scope, region, 'cluster', s.DBClusterIdentifier) : undefined;
        const r = record(ctx, id, 'AWS::RDS::DBClusterSnapshot', 'rds-cluster', 'rds:DescribeDBClusterSnapshotAttributes', tagMap(s.TagList), source);
        r.shares = sharesOf(snap.dbClusterSnapshotRestore?.get(s.DBClusterSnapshotArn ?? s.DBClusterSnapshotIdentifier), (v) => v, `the sharing of DB cluster snapshot ${s.DBClusterSnapshotIdentifier}`, r.loc);
        out.push(r);
    }
    for (const s of itemsOf(snap.ebsSnapshots)) {
        if (!s.SnapshotId)
            continue;
        const source = s.VolumeId && s.VolumeId !== 'vol-ffffffff' ? ec2Arn(scope, region, 'volume', s.VolumeId) : undefined;
        const r = record(ctx, ec2Arn(scope, region, 'snapshot', s.SnapshotId), 'AWS::EC2::Snapshot', 'ebs', 'ec2:DescribeSnapshotAttribute', tagMap(s.Tags), source);
        r.shares = sharesOf(snap.ebsVolumePermissions?.get(s.SnapshotId), volumeAccounts, `the create-volume permissions of EBS snapshot ${s.SnapshotId}`, r.loc);
        out.push(r);
    }
    return out;
}
