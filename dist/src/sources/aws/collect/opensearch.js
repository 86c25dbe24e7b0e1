/**
 * OpenSearch Service, per region: every domain, OpenSearch and legacy
 * Elasticsearch alike (the OpenSearch API lists and describes both, with the
 * engine in EngineVersion). Names come from one ListDomainNames; details from
 * DescribeDomains in batches of five (its maximum), never one call per domain.
 * Tags, which DescribeDomains does not return, come from one tagging call.
 */
import { DescribeDomainsCommand, ListDomainNamesCommand } from '@aws-sdk/client-opensearch';
import { regionOf } from '../snapshot.js';
import { PAGE_SIZE, tagsOf } from './pages.js';
function batches(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
export const opensearchCollector = {
    service: 'opensearch',
    async collect(ctx) {
        const client = ctx.session.clients.opensearch(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        snap.searchDomains = await ctx.part({ region: ctx.region, service: 'opensearch', scope: 'OpenSearch and Elasticsearch domains', apiCall: 'es:ListDomainNames, es:DescribeDomains' }, async () => {
            // ListDomainNames is not paginated: one call names every domain of the region.
            const names = ((await client.send(new ListDomainNamesCommand({}))).DomainNames ?? []).map((d) => d.DomainName).filter((n) => !!n);
            const described = await Promise.all(batches(names, PAGE_SIZE.opensearchDescribeDomains).map(async (batch) => (await client.send(new DescribeDomainsCommand({ DomainNames: batch }))).DomainStatusList ?? []));
            return described.flat().filter((d) => !d.Deleted);
        });
        if (snap.searchDomains.ok && snap.searchDomains.value.length > 0)
            snap.searchTags = await ctx.part({ region: ctx.region, service: 'opensearch', scope: 'domain tags (data classification)', apiCall: 'tag:GetResources' }, () => tagsOf(ctx.session, ctx.region, ['es:domain']));
    },
};
