/**
 * The three paging styles Alibaba Cloud APIs use, as the endpoint serves them:
 * NextToken/MaxResults (newer ECS calls), PageNumber/PageSize (VPC, RDS,
 * R-KVStore, DDS; Elasticsearch's page/size), and OSS's marker/max-keys. Each
 * enforces the API's own maximum page size, so a client that asks for more
 * gets what the real service would give it, not everything at once.
 */
export class FakeApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

function intParam(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new FakeApiError(`InvalidParameter.${name}`, `The specified ${name} is invalid.`, 400);
  return n;
}

/** NextToken paging: the token is the index of the next item, opaque to the client. */
export function tokenPage<T>(items: T[], params: Record<string, string>, limits: { default: number; max: number }): { page: T[]; nextToken: string } {
  const size = intParam(params.MaxResults, limits.default, 'MaxResults');
  if (size > limits.max) throw new FakeApiError('InvalidParameter.MaxResults', `MaxResults must be at most ${limits.max}.`, 400);
  let start = 0;
  if (params.NextToken) {
    const decoded = Number(Buffer.from(params.NextToken, 'base64url').toString('utf8').replace(/^tok:/, ''));
    if (!Number.isInteger(decoded) || decoded < 0) throw new FakeApiError('InvalidNextToken', 'The specified NextToken is invalid.', 400);
    start = decoded;
  }
  const end = start + size;
  return { page: items.slice(start, end), nextToken: end < items.length ? Buffer.from(`tok:${end}`).toString('base64url') : '' };
}

/** PageNumber paging: 1-based pages of PageSize (or Elasticsearch's page/size). */
export function numberedPage<T>(items: T[], pageNumber: string | undefined, pageSize: string | undefined, limits: { default: number; max: number }): { page: T[]; number: number; size: number } {
  const size = intParam(pageSize, limits.default, 'PageSize');
  if (size > limits.max) throw new FakeApiError('InvalidParameter.PageSize', `PageSize must be at most ${limits.max}.`, 400);
  const number = intParam(pageNumber, 1, 'PageNumber');
  return { page: items.slice((number - 1) * size, number * size), number, size };
}

/** OSS ListBuckets: names after `marker`, at most max-keys (1000). */
export function markerPage<T extends { name: string }>(items: T[], marker: string | undefined, maxKeys: string | undefined): { page: T[]; nextMarker?: string } {
  const size = intParam(maxKeys, 100, 'max-keys');
  if (size > 1000) throw new FakeApiError('InvalidArgument', 'max-keys must be at most 1000.', 400);
  const sorted = [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const after = marker ? sorted.filter((b) => b.name > marker) : sorted;
  const page = after.slice(0, size);
  return { page, ...(after.length > size ? { nextMarker: page[page.length - 1]!.name } : {}) };
}
