/** Redshift, per region: provisioned clusters and their subnet groups. */
import { paginateDescribeClusters, paginateDescribeClusterSubnetGroups } from '@aws-sdk/client-redshift';
import { regionOf } from '../snapshot.js';
import { allPages, PAGE_SIZE } from './pages.js';
export const redshiftCollector = {
    service: 'redshift',
    async collect(ctx) {
        const client = ctx.session.clients.redshift(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        const part = (scope, apiCall, read) => ctx.part({ region: ctx.region, service: 'redshift', scope, apiCall }, read);
        const paging = { client, pageSize: PAGE_SIZE.redshift };
        await Promise.all([
            part('clusters', 'redshift:DescribeClusters', () => allPages(paginateDescribeClusters(paging, {}), (p) => p.Clusters)).then((p) => (snap.redshiftClusters = p)),
            part('cluster subnet groups', 'redshift:DescribeClusterSubnetGroups', () => allPages(paginateDescribeClusterSubnetGroups(paging, {}), (p) => p.ClusterSubnetGroups)).then((p) => (snap.redshiftSubnetGroups = p)),
        ]);
    },
};
