/**
 * OSS answers in its REST-XML protocol. The bucket and region come from the
 * Host header (`<bucket>.oss-<region>.aliyuncs.com`), which the OSS client
 * sends even when it connects to an IP address; a bucket asked for through
 * another region's endpoint is refused as the real service refuses it, so a
 * client that ignores bucket locations fails here too.
 */
import type { FakeAlicloudAccount, FakeBucket } from './account.js';
import { FakeApiError, markerPage } from './paging.js';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
const owner = (account: FakeAlicloudAccount) => `<Owner><ID>${account.accountId}</ID><DisplayName>${account.accountId}</DisplayName></Owner>`;

export interface OssAnswer {
  operation: string;
  contentType: string;
  body: string;
}

/** `bucket.oss-eu-central-1.aliyuncs.com` → { bucket, region }; a service-level host has no bucket. */
export function parseOssHost(host: string): { bucket?: string; region?: string } {
  const name = host.replace(/:\d+$/, '');
  const m = /^(?:([a-z0-9-]*)\.)?oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com$/.exec(name);
  if (!m) return {};
  return { ...(m[1] ? { bucket: m[1] } : {}), region: m[2] };
}

function bucketOf(account: FakeAlicloudAccount, name: string, region: string | undefined): FakeBucket {
  const bucket = (account.buckets ?? []).find((b) => b.name === name);
  if (!bucket) throw new FakeApiError('NoSuchBucket', 'The specified bucket does not exist.', 404);
  if (region !== bucket.region) throw new FakeApiError('AccessDenied', 'The bucket you are attempting to access must be addressed using the specified endpoint.', 403);
  return bucket;
}

/** The operation a GET names by its sub-resource, for fault matching and counting. */
export function ossOperation(bucket: string | undefined, query: URLSearchParams): string {
  if (!bucket) return query.has('publicAccessBlock') ? 'GetPublicAccessBlock' : 'ListBuckets';
  if (query.has('acl')) return 'GetBucketAcl';
  if (query.has('policy')) return 'GetBucketPolicy';
  if (query.has('replication')) return 'GetBucketReplication';
  if (query.has('publicAccessBlock')) return 'GetBucketPublicAccessBlock';
  return 'ListObjects';
}

export function ossAnswer(account: FakeAlicloudAccount, method: string, host: string, query: URLSearchParams): OssAnswer {
  if (method !== 'GET') throw new FakeApiError('MethodNotAllowed', 'Only reads are served.', 405);
  const { bucket: bucketName, region } = parseOssHost(host);
  const operation = ossOperation(bucketName, query);
  const reply = (body: string, contentType = 'application/xml') => ({ operation, contentType, body });
  if (!bucketName) {
    if (operation === 'GetPublicAccessBlock')
      return reply(xml(`<PublicAccessBlockConfiguration><BlockPublicAccess>${account.accountBlockPublicAccess === true}</BlockPublicAccess></PublicAccessBlockConfiguration>`));
    const { page, nextMarker } = markerPage(account.buckets ?? [], query.get('marker') ?? undefined, query.get('max-keys') ?? undefined);
    const buckets = page
      .map((b) => `<Bucket><Name>${escapeXml(b.name)}</Name><Location>oss-${b.region}</Location><Region>${b.region}</Region><CreationDate>2019-12-01T00:00:00.000Z</CreationDate><StorageClass>Standard</StorageClass></Bucket>`)
      .join('');
    const truncation = nextMarker ? `<IsTruncated>true</IsTruncated><NextMarker>${escapeXml(nextMarker)}</NextMarker>` : '<IsTruncated>false</IsTruncated>';
    return reply(xml(`<ListAllMyBucketsResult><Prefix></Prefix><Marker>${escapeXml(query.get('marker') ?? '')}</Marker><MaxKeys>${query.get('max-keys') ?? 100}</MaxKeys>${truncation}${owner(account)}<Buckets>${buckets}</Buckets></ListAllMyBucketsResult>`));
  }
  const bucket = bucketOf(account, bucketName, region);
  switch (operation) {
    case 'GetBucketAcl':
      return reply(xml(`<AccessControlPolicy>${owner(account)}<AccessControlList><Grant>${bucket.acl}</Grant></AccessControlList></AccessControlPolicy>`));
    case 'GetBucketPolicy':
      if (bucket.policy === undefined) throw new FakeApiError('NoSuchBucketPolicy', 'The bucket policy does not exist.', 404);
      return reply(JSON.stringify(bucket.policy), 'application/json');
    case 'GetBucketReplication': {
      if (!bucket.replication?.length) throw new FakeApiError('NoSuchReplicationConfiguration', 'The replication configuration does not exist.', 404);
      const rules = bucket.replication
        .map((r) => `<Rule><ID>${escapeXml(r.id)}</ID><Action>ALL</Action><Destination><Bucket>${escapeXml(r.destBucket)}</Bucket><Location>oss-${r.destRegion}</Location><TransferType>internal</TransferType></Destination><Status>${r.status ?? 'doing'}</Status><HistoricalObjectReplication>enabled</HistoricalObjectReplication></Rule>`)
        .join('');
      return reply(xml(`<ReplicationConfiguration>${rules}</ReplicationConfiguration>`));
    }
    case 'GetBucketPublicAccessBlock':
      return reply(xml(`<PublicAccessBlockConfiguration><BlockPublicAccess>${bucket.blockPublicAccess === true}</BlockPublicAccess></PublicAccessBlockConfiguration>`));
    default:
      throw new FakeApiError('NotImplemented', `${operation} is not served by this endpoint.`, 501);
  }
}

export function ossErrorXml(code: string, message: string): string {
  return xml(`<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><RequestId>5C3D9175B6FC201293AD****</RequestId><HostId>oss.aliyuncs.com</HostId></Error>`);
}
