/**
 * ElastiCache, per region: replication groups (Redis, Valkey), cache clusters
 * (their members, and stand-alone Memcached clusters, which carry the subnet
 * group and security groups), cache subnet groups, and global datastores
 * with their members' regions. Tags come from one tagging call.
 */
import { paginateDescribeCacheClusters, paginateDescribeCacheSubnetGroups, paginateDescribeGlobalReplicationGroups, paginateDescribeReplicationGroups, } from '@aws-sdk/client-elasticache';
import { regionOf } from '../snapshot.js';
import { allPages, PAGE_SIZE, tagsOf } from './pages.js';
export const elasticacheCollector = {
    service: 'elasticache',
    async collect(ctx) {
        const client = ctx.session.clients.elasticache(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        const part = (scope, apiCall, read) => ctx.part({ region: ctx.region, service: 'elasticache', scope, apiCall }, read);
        const paging = { client, pageSize: PAGE_SIZE.elasticache };
        await Promise.all([
            part('replication groups', 'elasticache:DescribeReplicationGroups', () => allPages(paginateDescribeReplicationGroups(paging, {}), (p) => p.ReplicationGroups)).then((p) => (snap.cacheReplicationGroups = p)),
            part('cache clusters', 'elasticache:DescribeCacheClusters', () => allPages(paginateDescribeCacheClusters(paging, {}), (p) => p.CacheClusters)).then((p) => (snap.cacheClusters = p)),
            part('cache subnet groups', 'elasticache:DescribeCacheSubnetGroups', () => allPages(paginateDescribeCacheSubnetGroups(paging, {}), (p) => p.CacheSubnetGroups)).then((p) => (snap.cacheSubnetGroups = p)),
            part('global datastores', 'elasticache:DescribeGlobalReplicationGroups', () => allPages(paginateDescribeGlobalReplicationGroups(paging, { ShowMemberInfo: true }), (p) => p.GlobalReplicationGroups)).then((p) => (snap.globalReplicationGroups = p)),
        ]);
        const any = (snap.cacheReplicationGroups?.ok && snap.cacheReplicationGroups.value.length > 0) || (snap.cacheClusters?.ok && snap.cacheClusters.value.length > 0);
        if (any)
            snap.cacheTags = await part('cache tags (data classification)', 'tag:GetResources', () => tagsOf(ctx.session, ctx.region, ['elasticache:replicationgroup', 'elasticache:cluster']));
    },
};
