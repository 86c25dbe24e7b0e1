/**
 * Live snapshots → snapshot records, with the Terraform normaliser's meaning:
 * one share per snapshot listing the account ids that may restore it (`all`
 * for every AWS account). RDS gives them as the `restore` attribute; EBS as
 * createVolumePermission entries, whose `Group: all` is the public grant and
 * is written `all` here. A sharing call that failed is an unknown share, so
 * the snapshot is "possibly public", never taken for private. Snapshots whose
 * listing failed have no record: the coverage says they were not assessed.
 */
import type { CreateVolumePermission } from '@aws-sdk/client-ec2';
import { known, type Fact } from '../../../model/fact.js';
import type { Snapshot, SnapshotService } from '../../../model/resources.js';
import type { Part } from '../../live/coverage.js';
import { ec2Arn, rdsArn } from '../arn.js';
import { failedFact, itemsOf, recordBase, tagMap } from './common.js';
import type { RegionContext } from './network.js';

function sharesOf<T>(part: Part<T> | undefined, toAccounts: (value: T) => string[], what: string, loc: Snapshot['loc']): Snapshot['shares'] {
  const accounts: Fact<string[]> = !part
    ? failedFact({ reason: 'the sharing call was not made' }, what, loc)
    : part.ok
      ? known(toAccounts(part.value), loc)
      : failedFact(part, what, loc);
  return [{ accounts, loc }];
}

function record(ctx: RegionContext, id: string, sourceType: string, service: SnapshotService, apiCall: string, tags: Record<string, string>, sourceArn: string | undefined): Snapshot {
  const base = recordBase(id, sourceType, ctx.region, ctx.scope.account, apiCall, tags);
  return { ...base, kind: 'snapshot', service, ...(sourceArn ? { source: { kind: 'external', value: sourceArn, loc: base.loc } } : {}), shares: [] };
}

const volumeAccounts = (perms: CreateVolumePermission[]) => perms.flatMap((p) => [...(p.Group === 'all' ? ['all'] : []), ...(p.UserId ? [p.UserId] : [])]);

export function normalizeSnapshots(ctx: RegionContext): Snapshot[] {
  const out: Snapshot[] = [];
  const { snap, scope, region } = ctx;
  for (const s of itemsOf(snap.dbSnapshots)) {
    if (!s.DBSnapshotIdentifier) continue;
    const id = s.DBSnapshotArn ?? `arn:${scope.partition}:rds:${region}:${scope.account}:snapshot:${s.DBSnapshotIdentifier}`;
    const source = s.DBInstanceIdentifier ? rdsArn(scope, region, 'db', s.DBInstanceIdentifier) : undefined;
    const r = record(ctx, id, 'AWS::RDS::DBSnapshot', 'rds-instance', 'rds:DescribeDBSnapshotAttributes', tagMap(s.TagList), source);
    r.shares = sharesOf(snap.dbSnapshotRestore?.get(s.DBSnapshotArn ?? s.DBSnapshotIdentifier), (v) => v, `the sharing of DB snapshot ${s.DBSnapshotIdentifier}`, r.loc);
    out.push(r);
  }
  for (const s of itemsOf(snap.dbClusterSnapshots)) {
    if (!s.DBClusterSnapshotIdentifier) continue;
    const id = s.DBClusterSnapshotArn ?? `arn:${scope.partition}:rds:${region}:${scope.account}:cluster-snapshot:${s.DBClusterSnapshotIdentifier}`;
    const source = s.DBClusterIdentifier ? rdsArn(scope, region, 'cluster', s.DBClusterIdentifier) : undefined;
    const r = record(ctx, id, 'AWS::RDS::DBClusterSnapshot', 'rds-cluster', 'rds:DescribeDBClusterSnapshotAttributes', tagMap(s.TagList), source);
    r.shares = sharesOf(
      snap.dbClusterSnapshotRestore?.get(s.DBClusterSnapshotArn ?? s.DBClusterSnapshotIdentifier),
      (v) => v,
      `the sharing of DB cluster snapshot ${s.DBClusterSnapshotIdentifier}`,
      r.loc,
    );
    out.push(r);
  }
  for (const s of itemsOf(snap.ebsSnapshots)) {
    if (!s.SnapshotId) continue;
    const source = s.VolumeId && s.VolumeId !== 'vol-ffffffff' ? ec2Arn(scope, region, 'volume', s.VolumeId) : undefined;
    const r = record(ctx, ec2Arn(scope, region, 'snapshot', s.SnapshotId), 'AWS::EC2::Snapshot', 'ebs', 'ec2:DescribeSnapshotAttribute', tagMap(s.Tags), source);
    r.shares = sharesOf(snap.ebsVolumePermissions?.get(s.SnapshotId), volumeAccounts, `the create-volume permissions of EBS snapshot ${s.SnapshotId}`, r.loc);
    out.push(r);
  }
  return out;
}
