/**
 * RDS, per region: DB instances, DB clusters (Aurora, Multi-AZ DB clusters,
 * DocumentDB and Neptune come through the same API, told apart by engine),
 * DB subnet groups, and the automated backups replicated into the region.
 * Global databases are listed once per account (account collector below):
 * the listing is the same from every region and names each member's region.
 */
import { paginateDescribeDBClusters, paginateDescribeDBInstanceAutomatedBackups, paginateDescribeDBInstances, paginateDescribeDBSubnetGroups, paginateDescribeGlobalClusters, } from '@aws-sdk/client-rds';
import { regionOf } from '../snapshot.js';
import { allPages, PAGE_SIZE } from './pages.js';
export const rdsCollector = {
    service: 'rds',
    async collect(ctx) {
        const client = ctx.session.clients.rds(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        const part = (scope, apiCall, read) => ctx.part({ region: ctx.region, service: 'rds', scope, apiCall }, read);
        const paging = { client, pageSize: PAGE_SIZE.rds };
        await Promise.all([
            part('DB instances (RDS, DocumentDB, Neptune)', 'rds:DescribeDBInstances', () => allPages(paginateDescribeDBInstances(paging, {}), (p) => p.DBInstances)).then((p) => (snap.dbInstances = p)),
            part('DB clusters (Aurora, Multi-AZ, DocumentDB, Neptune)', 'rds:DescribeDBClusters', () => allPages(paginateDescribeDBClusters(paging, {}), (p) => p.DBClusters)).then((p) => (snap.dbClusters = p)),
            part('DB subnet groups', 'rds:DescribeDBSubnetGroups', () => allPages(paginateDescribeDBSubnetGroups(paging, {}), (p) => p.DBSubnetGroups)).then((p) => (snap.dbSubnetGroups = p)),
            part('automated-backup replication', 'rds:DescribeDBInstanceAutomatedBackups', () => allPages(paginateDescribeDBInstanceAutomatedBackups(paging, {}), (p) => p.DBInstanceAutomatedBackups)).then((p) => (snap.automatedBackups = p)),
        ]);
    },
};
export const rdsGlobalCollector = {
    service: 'rds',
    async collect(ctx) {
        // The home region when it is audited (account-wide calls go there), else the first audited one.
        const region = ctx.regions.includes(ctx.session.homeRegion) ? ctx.session.homeRegion : ctx.regions[0];
        if (!region)
            return;
        const client = ctx.session.clients.rds(region);
        regionOf(ctx.snapshot, region).globalClusters = await ctx.part({ region: 'global', service: 'rds', scope: 'Aurora global databases', apiCall: 'rds:DescribeGlobalClusters' }, () => allPages(paginateDescribeGlobalClusters({ client, pageSize: PAGE_SIZE.rds }, {}), (p) => p.GlobalClusters));
    },
};
