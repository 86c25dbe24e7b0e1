/**
 * Snapshots that can be handed to other accounts, per region: manual RDS DB
 * snapshots and DB cluster snapshots (automated ones cannot be shared), with
 * each one's `restore` attribute, and the EBS snapshots the account owns, with
 * each one's createVolumePermission. No API lists the sharing of many
 * snapshots at once, so the attribute call runs once per snapshot, in
 * parallel within the per-service bound, and each is its own part: a denied
 * attribute call leaves that snapshot "possibly public", never private.
 */
import { DescribeDBClusterSnapshotAttributesCommand, DescribeDBSnapshotAttributesCommand, paginateDescribeDBClusterSnapshots, paginateDescribeDBSnapshots, } from '@aws-sdk/client-rds';
import { DescribeSnapshotAttributeCommand, paginateDescribeSnapshots } from '@aws-sdk/client-ec2';
import { regionOf } from '../snapshot.js';
import { allPages, PAGE_SIZE } from './pages.js';
/** The values of the `restore` attribute: the account ids (or `all`) that may copy or restore the snapshot. */
function restoreValues(attrs) {
    return (attrs ?? []).filter((a) => a.AttributeName === 'restore').flatMap((a) => a.AttributeValues ?? []);
}
/** One part per item, run in parallel; the map is keyed by `keyOf`. */
async function perItem(items, keyOf, read) {
    const out = new Map();
    await Promise.all(items.map(async (item) => {
        const key = keyOf(item);
        if (key)
            out.set(key, await read(key, item));
    }));
    return out;
}
export const rdsSnapshotCollector = {
    service: 'rds',
    async collect(ctx) {
        const client = ctx.session.clients.rds(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        const part = (scope, apiCall, read) => ctx.part({ region: ctx.region, service: 'rds', scope, apiCall }, read);
        const paging = { client, pageSize: PAGE_SIZE.rds };
        await Promise.all([
            (async () => {
                snap.dbSnapshots = await part('manual DB snapshots', 'rds:DescribeDBSnapshots', () => allPages(paginateDescribeDBSnapshots(paging, { SnapshotType: 'manual' }), (p) => p.DBSnapshots));
                if (!snap.dbSnapshots.ok)
                    return;
                snap.dbSnapshotRestore = await perItem(snap.dbSnapshots.value, (s) => s.DBSnapshotArn ?? s.DBSnapshotIdentifier, (_key, s) => part(`DB snapshot ${s.DBSnapshotIdentifier}: sharing`, 'rds:DescribeDBSnapshotAttributes', async () => {
                    const out = await client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier }));
                    return restoreValues(out.DBSnapshotAttributesResult?.DBSnapshotAttributes);
                }));
            })(),
            (async () => {
                snap.dbClusterSnapshots = await part('manual DB cluster snapshots', 'rds:DescribeDBClusterSnapshots', () => allPages(paginateDescribeDBClusterSnapshots(paging, { SnapshotType: 'manual' }), (p) => p.DBClusterSnapshots));
                if (!snap.dbClusterSnapshots.ok)
                    return;
                snap.dbClusterSnapshotRestore = await perItem(snap.dbClusterSnapshots.value, (s) => s.DBClusterSnapshotArn ?? s.DBClusterSnapshotIdentifier, (_key, s) => part(`DB cluster snapshot ${s.DBClusterSnapshotIdentifier}: sharing`, 'rds:DescribeDBClusterSnapshotAttributes', async () => {
                    const out = await client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier }));
                    return restoreValues(out.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes);
                }));
            })(),
        ]);
    },
};
export const ebsSnapshotCollector = {
    service: 'ec2',
    async collect(ctx) {
        const client = ctx.session.clients.ec2(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        const part = (scope, apiCall, read) => ctx.part({ region: ctx.region, service: 'ec2', scope, apiCall }, read);
        // Only the account's own snapshots: public ones of others are not this account's exposure.
        snap.ebsSnapshots = await part('EBS snapshots', 'ec2:DescribeSnapshots', () => allPages(paginateDescribeSnapshots({ client, pageSize: PAGE_SIZE.ec2 }, { OwnerIds: ['self'] }), (p) => p.Snapshots));
        if (!snap.ebsSnapshots.ok)
            return;
        snap.ebsVolumePermissions = await perItem(snap.ebsSnapshots.value, (s) => s.SnapshotId, (id) => part(`EBS snapshot ${id}: create-volume permissions`, 'ec2:DescribeSnapshotAttribute', async () => {
            const out = await client.send(new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' }));
            return out.CreateVolumePermissions ?? [];
        }));
    },
};
