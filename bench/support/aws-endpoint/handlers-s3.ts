/**
 * S3 (REST XML, path-style) and S3 Control operations the audit reads. A
 * bucket's calls must be signed for the bucket's own region, as S3 demands
 * (a PermanentRedirect otherwise); GetBucketLocation and ListBuckets work
 * from any region. Settings a bucket does not have answer with S3's own
 * "no such configuration" errors.
 */
import type { FakeAccount, FakeBucket, FakeCloud } from './cloud.js';
import { FakeError, page } from './paging.js';

export interface S3Call {
  cloud: FakeCloud;
  account: FakeAccount;
  accounts: FakeAccount[];
  region: string;
  bucket?: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}

/** The operation a path-style S3 request is, from its path and sub-resource. */
export function s3Operation(method: string, path: string, query: URLSearchParams): { operation: string; bucket?: string } | undefined {
  if (method !== 'GET') return undefined;
  if (path.startsWith('/v20180820/configuration/publicAccessBlock')) return { operation: 'GetPublicAccessBlock' };
  const bucket = decodeURIComponent(path.replace(/^\/+/, '').split('/')[0] ?? '');
  if (!bucket) return { operation: 'ListBuckets' };
  const sub: Array<[string, string]> = [
    ['location', 'GetBucketLocation'],
    ['acl', 'GetBucketAcl'],
    ['policyStatus', 'GetBucketPolicyStatus'],
    ['policy', 'GetBucketPolicy'],
    ['publicAccessBlock', 'GetPublicAccessBlock'],
    ['replication', 'GetBucketReplication'],
    ['tagging', 'GetBucketTagging'],
  ];
  for (const [key, operation] of sub) if (query.has(key)) return { operation, bucket };
  return undefined;
}

function ownBucket(call: S3Call, anyRegion = false): FakeBucket {
  const b = (call.account.buckets ?? []).find((x) => x.name === call.bucket);
  if (!b) {
    const elsewhere = call.accounts.some((a) => (a.buckets ?? []).some((x) => x.name === call.bucket));
    if (elsewhere) throw new FakeError('AccessDenied', 403, 'Access Denied');
    throw new FakeError('NoSuchBucket', 404, 'The specified bucket does not exist');
  }
  if (!anyRegion && b.region !== call.region)
    throw new FakeError('PermanentRedirect', 301, 'The bucket you are attempting to access must be addressed using the specified endpoint.', { 'x-amz-bucket-region': b.region });
  return b;
}

type Handler = (call: S3Call) => Record<string, unknown>;

export const S3_HANDLERS: Record<string, Handler> = {
  ListBuckets: (call) => {
    const buckets = [...(call.account.buckets ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    const requested = call.query.get('max-buckets');
    const p = page(buckets, call.query.get('continuation-token') ?? undefined, requested ? Number(requested) : undefined, 10000, call.cloud.maxPageSize?.['s3:ListBuckets'] ?? call.cloud.maxPageSize?.['*']);
    return {
      Owner: { ID: `owner-${call.account.id}`, DisplayName: 'owner' },
      Buckets: p.items.map((b) => ({ Name: b.name, CreationDate: new Date('2019-06-01T00:00:00Z'), ...(b.hideRegionInListing ? {} : { BucketRegion: b.region }) })),
      ...(p.next ? { ContinuationToken: p.next } : {}),
    };
  },
  // Answers for any account's bucket (cross-account reads of the location are common), from any region.
  GetBucketLocation: (call) => {
    const b = call.accounts.flatMap((a) => a.buckets ?? []).find((x) => x.name === call.bucket);
    if (!b) throw new FakeError('NoSuchBucket', 404, 'The specified bucket does not exist');
    return { LocationConstraint: b.region === 'us-east-1' ? '' : b.region };
  },
  GetBucketAcl: (call) => {
    const b = ownBucket(call);
    const owner = { ID: `owner-${call.account.id}`, DisplayName: 'owner' };
    return { Owner: owner, Grants: b.grants ?? [{ Grantee: { Type: 'CanonicalUser', ID: owner.ID, DisplayName: owner.DisplayName }, Permission: 'FULL_CONTROL' }] };
  },
  GetBucketPolicy: (call) => {
    const b = ownBucket(call);
    if (b.policy === undefined) throw new FakeError('NoSuchBucketPolicy', 404, 'The bucket policy does not exist');
    return { Policy: b.policy };
  },
  GetBucketPolicyStatus: (call) => {
    const b = ownBucket(call);
    if (b.policy === undefined) throw new FakeError('NoSuchBucketPolicy', 404, 'The bucket policy does not exist');
    return { PolicyStatus: { IsPublic: b.policyIsPublic === true } };
  },
  GetPublicAccessBlock: (call) => {
    const b = ownBucket(call);
    if (!b.publicAccessBlock) throw new FakeError('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found');
    return { PublicAccessBlockConfiguration: b.publicAccessBlock };
  },
  GetBucketReplication: (call) => {
    const b = ownBucket(call);
    if (!b.replication) throw new FakeError('ReplicationConfigurationNotFoundError', 404, 'The replication configuration was not found');
    return { ReplicationConfiguration: b.replication };
  },
  GetBucketTagging: (call) => {
    const b = ownBucket(call);
    if (!b.tags?.length) throw new FakeError('NoSuchTagSet', 404, 'The TagSet does not exist');
    return { TagSet: b.tags };
  },
};

export const S3CONTROL_HANDLERS: Record<string, Handler> = {
  GetPublicAccessBlock: (call) => {
    const id = call.headers['x-amz-account-id'];
    if (id !== call.account.id) throw new FakeError('AccessDenied', 403, 'Access Denied');
    if (!call.account.accountPublicAccessBlock) throw new FakeError('NoSuchPublicAccessBlockConfiguration', 404, 'The public access block configuration was not found');
    return { PublicAccessBlockConfiguration: call.account.accountPublicAccessBlock };
  },
};
