/**
 * Operations of the JSON-protocol services the audit reads: DynamoDB (JSON
 * 1.0), Resource Groups Tagging and Organizations (JSON 1.1), and OpenSearch
 * (REST JSON), answered from the fake cloud's data with each API's paging.
 */
import type { FakeAccount, FakeCloud, FakeRegion } from './cloud.js';
import { FakeError, page } from './paging.js';

export interface JsonCall {
  cloud: FakeCloud;
  account: FakeAccount;
  region: string;
  body: Record<string, unknown>;
}

type Handler = (call: JsonCall) => object;

const cap = (call: JsonCall, key: string) => call.cloud.maxPageSize?.[key] ?? call.cloud.maxPageSize?.['*'];
const regionData = (call: JsonCall): FakeRegion => call.account.regions[call.region] ?? {};

export const DYNAMODB_HANDLERS: Record<string, Handler> = {
  // ListTables pages by name: the last name of a page is where the next one starts.
  ListTables: (call) => {
    const names = (regionData(call).tables ?? []).map((t) => t.TableName!).sort();
    const after = call.body.ExclusiveStartTableName as string | undefined;
    const start = after ? names.findIndex((n) => n > after) : 0;
    const rest = start < 0 ? [] : names.slice(start);
    const size = Math.min((call.body.Limit as number | undefined) ?? 100, 100, cap(call, 'dynamodb:ListTables') ?? Infinity);
    const items = rest.slice(0, size);
    return { TableNames: items, ...(items.length < rest.length ? { LastEvaluatedTableName: items[items.length - 1] } : {}) };
  },
  DescribeTable: (call) => {
    const table = (regionData(call).tables ?? []).find((t) => t.TableName === call.body.TableName);
    if (!table) throw new FakeError('ResourceNotFoundException', 400, `Requested resource not found: Table: ${String(call.body.TableName)} not found`);
    return { Table: table };
  },
};

/** `arn:aws:es:r:a:domain/x` → es:domain; `...:elasticache:r:a:replicationgroup:x` → elasticache:replicationgroup. */
function resourceTypeOf(arn: string): string {
  const [, , service, , , rest = ''] = arn.split(':');
  const type = rest.split(/[/:]/)[0];
  return `${service}:${type}`;
}

export const TAGGING_HANDLERS: Record<string, Handler> = {
  GetResources: (call) => {
    const filters = (call.body.ResourceTypeFilters as string[] | undefined) ?? [];
    const all = (regionData(call).resourceTags ?? []).filter((m) => {
      if (filters.length === 0) return true;
      const type = resourceTypeOf(m.ResourceARN ?? '');
      return filters.some((f) => (f.includes(':') ? type === f : type.startsWith(`${f}:`)));
    });
    const p = page(all, (call.body.PaginationToken as string | undefined) || undefined, call.body.ResourcesPerPage as number | undefined, 100, cap(call, 'tag:GetResources'));
    // The API ends with an empty token rather than none.
    return { ResourceTagMappingList: p.items, PaginationToken: p.next ?? '' };
  },
};

export const ORGANIZATIONS_HANDLERS: Record<string, Handler> = {
  ListAccounts: (call) => {
    const accounts = call.account.organizationAccounts;
    if (!accounts) throw new FakeError('AWSOrganizationsNotInUseException', 400, 'Your account is not a member of an organization.');
    const p = page(accounts, call.body.NextToken as string | undefined, call.body.MaxResults as number | undefined, 20, cap(call, 'organizations:ListAccounts'));
    return { Accounts: p.items, ...(p.next ? { NextToken: p.next } : {}) };
  },
};

/** OpenSearch REST routes, by method and path. */
export function opensearchOperation(method: string, path: string): string | undefined {
  if (method === 'GET' && path === '/2021-01-01/domain') return 'ListDomainNames';
  if (method === 'POST' && path === '/2021-01-01/opensearch/domain-info') return 'DescribeDomains';
  return undefined;
}

export const OPENSEARCH_HANDLERS: Record<string, Handler> = {
  // Not paginated: every domain name of the region in one reply.
  ListDomainNames: (call) => ({
    DomainNames: (regionData(call).domains ?? []).map((d) => ({ DomainName: d.DomainName, EngineType: d.EngineVersion?.startsWith('Elasticsearch') ? 'Elasticsearch' : 'OpenSearch' })),
  }),
  DescribeDomains: (call) => {
    const names = (call.body.DomainNames as string[] | undefined) ?? [];
    if (names.length === 0 || names.length > 5) throw new FakeError('ValidationException', 400, 'DomainNames must name between 1 and 5 domains');
    const domains = regionData(call).domains ?? [];
    return { DomainStatusList: names.map((n) => domains.find((d) => d.DomainName === n)).filter(Boolean) };
  },
};
