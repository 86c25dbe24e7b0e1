/**
 * Elasticsearch (ROA style, API 2017-06-13) answers: ListInstance pages with
 * page/size and reports the total in a `Headers` object as the service does;
 * DescribeInstance gives the network settings the audit judges.
 */
import type { FakeElasticsearch, FakeRegion } from './account.js';
import { FakeApiError, numberedPage } from './paging.js';

const tags = (es: FakeElasticsearch) => (es.tags ?? []).map((t) => ({ tagKey: t.key, tagValue: t.value }));

function summary(es: FakeElasticsearch): Record<string, unknown> {
  return {
    instanceId: es.id,
    description: es.id,
    esVersion: es.version,
    status: 'active',
    paymentType: 'postpaid',
    networkConfig: { type: 'vpc', vpcId: es.vpcId ?? '', vswitchId: es.vswitchId ?? '' },
    tags: tags(es),
  };
}

function detail(es: FakeElasticsearch, region: string): Record<string, unknown> {
  return {
    ...summary(es),
    domain: `${es.id}.elasticsearch.aliyuncs.com`,
    port: 9200,
    publicDomain: es.enablePublic ? `${es.id}.public.elasticsearch.aliyuncs.com` : '',
    publicPort: 9200,
    enablePublic: es.enablePublic,
    publicIpWhitelist: es.publicWhitelist,
    esIPWhitelist: es.privateWhitelist ?? [],
    kibanaDomain: `${es.id}.kibana.elasticsearch.aliyuncs.com`,
    kibanaPort: 5601,
    enableKibanaPublicNetwork: es.enableKibanaPublic,
    kibanaIPWhitelist: es.kibanaWhitelist,
    kibanaPrivateIPWhitelist: [],
    zoneInfos: [{ zoneId: `${region}a`, status: 'NORMAL' }],
  };
}

/** `GET /openapi/instances` and `GET /openapi/instances/{id}`; the operation name is for fault matching. */
export function roaAnswer(method: string, path: string, query: URLSearchParams, region: string, regionData: FakeRegion): { operation: string; body: Record<string, unknown> } {
  if (method !== 'GET') throw new FakeApiError('MethodNotAllowed', `${method} is not served here.`, 405);
  const instances = regionData.elasticsearch ?? [];
  if (path === '/openapi/instances') {
    const { page } = numberedPage(instances, query.get('page') ?? undefined, query.get('size') ?? undefined, { default: 10, max: 100 });
    return { operation: 'ListInstance', body: { RequestId: 'es-list', Headers: { 'X-Total-Count': instances.length }, Result: page.map(summary) } };
  }
  const m = /^\/openapi\/instances\/([^/]+)$/.exec(path);
  if (m) {
    const es = instances.find((i) => i.id === decodeURIComponent(m[1]!));
    if (!es) throw new FakeApiError('InstanceNotFound', `The instance ${m[1]} cannot be found.`, 404);
    return { operation: 'DescribeInstance', body: { RequestId: 'es-describe', Result: detail(es, region) } };
  }
  throw new FakeApiError('InvalidAction.NotFound', `No API at ${path}.`, 404);
}
