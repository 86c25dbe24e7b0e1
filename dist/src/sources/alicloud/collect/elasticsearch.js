/**
 * Elasticsearch (ROA): ListInstance (page/size, at most 100 a page) gives the
 * instances; DescribeInstance gives each one's public endpoint and Kibana
 * switches and their whitelists. There is no batch form of the latter.
 */
import { okPart } from '../../live/coverage.js';
import { regionSnapshot } from '../snapshot.js';
import { allByPageNumber, boolField, items, numberField, stringList, tagsOf, text } from './wire.js';
const PAGE = 100;
async function instances(ctx) {
    const listed = await ctx.part({ region: ctx.region, service: 'elasticsearch', scope: 'Elasticsearch instances', apiCall: 'elasticsearch:ListInstance' }, () => allByPageNumber(PAGE, async (page) => {
        const reply = await ctx.session.api.roa('elasticsearch', ctx.region, 'ListInstance', '/openapi/instances', { page: String(page), size: String(PAGE) });
        return { page: items(reply, 'Result'), total: numberField(reply.Headers, 'X-Total-Count') };
    }));
    if (!listed.ok)
        return listed;
    return okPart(await Promise.all(listed.value.map(async (i) => {
        const id = text(i, 'instanceId');
        const network = (i.networkConfig ?? {});
        const detail = await ctx.part({ region: ctx.region, service: 'elasticsearch', scope: `Elasticsearch instance ${id}: network access`, apiCall: 'elasticsearch:DescribeInstance' }, async () => {
            const reply = await ctx.session.api.roa('elasticsearch', ctx.region, 'DescribeInstance', `/openapi/instances/${encodeURIComponent(id)}`);
            const r = (reply.Result ?? {});
            const field = (key, value) => (value === undefined ? {} : { [key]: value });
            return {
                ...field('enablePublic', boolField(r, 'enablePublic')),
                ...field('publicWhitelist', stringList(r, 'publicIpWhitelist')),
                ...field('enableKibanaPublic', boolField(r, 'enableKibanaPublicNetwork')),
                ...field('kibanaWhitelist', stringList(r, 'kibanaIPWhitelist')),
                ...field('privateWhitelist', stringList(r, 'esIPWhitelist') ?? stringList(r, 'privateNetworkIpWhiteList')),
                ...field('kibanaPrivateWhitelist', stringList(r, 'kibanaPrivateIPWhitelist')),
            };
        });
        return {
            id,
            ...(text(i, 'esVersion') ? { version: text(i, 'esVersion') } : {}),
            tags: tagsOf(Array.isArray(i.tags) ? i.tags : []),
            ...(text(network, 'vpcId') ? { vpcId: text(network, 'vpcId') } : {}),
            ...(text(network, 'vswitchId') ? { vswitchId: text(network, 'vswitchId') } : {}),
            detail,
        };
    })));
}
export const elasticsearchCollector = {
    service: 'elasticsearch',
    async collect(ctx) {
        regionSnapshot(ctx.snapshot, ctx.region).elasticsearch = await instances(ctx);
    },
};
