/**
 * The collectors against the fake endpoint's real wire protocols: paging with
 * every API's own tokens (NextToken, Marker, LastEvaluatedTableName,
 * ContinuationToken, PaginationToken), batch calls where they exist, exactly
 * the minimum number of calls, requests signed for each bucket's region, and
 * throttling and 5xx replies that succeed on retry.
 */
import { describe, expect, test } from '@jest/globals';
import { minimumCalls, syntheticAccount, type SyntheticSize } from '../../bench/support/aws-endpoint/synthetic.js';
import { auditFake } from '../support/aws-endpoint/audit-fake.js';

const SIZE: SyntheticSize = { accountId: '210987654321', accessKeyId: 'AKIASYNTHETICFAKE001', regions: ['eu-west-1', 'us-east-1'], securityGroups: 13, databases: 45, buckets: 9 };

const count = (calls: Array<{ service: string; operation: string; region?: string }>, service: string, operation: string, region?: string) =>
  calls.filter((c) => c.service === service && c.operation === operation && (!region || c.region === region)).length;

describe('paging', () => {
  test('small pages: every page is fetched, every resource is read', async () => {
    const account = syntheticAccount(SIZE);
    const { outcome, endpoint } = await auditFake({ accounts: [account], maxPageSize: { '*': 2 } }, { accessKeyId: SIZE.accessKeyId, regions: SIZE.regions });
    expect(outcome.coverage.notAssessed).toEqual([]);
    const calls = endpoint.calls;
    for (const region of SIZE.regions) {
      const data = account.regions[region]!;
      expect(count(calls, 'ec2', 'DescribeSecurityGroups', region)).toBe(Math.ceil(data.securityGroups!.length / 2));
      expect(count(calls, 'rds', 'DescribeDBInstances', region)).toBe(Math.ceil(data.dbInstances!.length / 2));
      expect(count(calls, 'dynamodb', 'ListTables', region)).toBe(Math.max(1, Math.ceil(data.tables!.length / 2)));
      expect(count(calls, 'dynamodb', 'DescribeTable', region)).toBe(data.tables!.length);
      // DescribeDomains takes five names a call: never one call per domain.
      expect(count(calls, 'es', 'DescribeDomains', region)).toBe(Math.ceil(data.domains!.length / 5));
    }
    expect(count(calls, 's3', 'ListBuckets')).toBe(Math.ceil(SIZE.buckets / 2));
    // Every record made it through the pages.
    const ids = new Set(outcome.resources.map((r) => r.id));
    for (const region of SIZE.regions) {
      for (const g of account.regions[region]!.securityGroups!) expect(ids).toContain(`arn:aws:ec2:${region}:${SIZE.accountId}:security-group/${g.GroupId}`);
      for (const d of account.regions[region]!.domains!) expect(ids).toContain(d.ARN);
    }
    expect(outcome.resources.filter((r) => r.kind === 'bucket')).toHaveLength(SIZE.buckets);
  });

  test('the largest pages: exactly the minimum number of calls, each bucket asked in its own region', async () => {
    const account = syntheticAccount(SIZE);
    account.buckets![1]!.hideRegionInListing = true;
    const { outcome, endpoint, provider } = await auditFake({ accounts: [account] }, { accessKeyId: SIZE.accessKeyId, regions: 'all', homeRegion: 'eu-west-1' });
    expect(outcome.coverage.notAssessed).toEqual([]);
    expect(endpoint.calls.filter((c) => c.status !== 200 && c.status !== 404)).toEqual([]);
    expect(endpoint.calls).toHaveLength(minimumCalls(account, SIZE.regions, true));
    // The client-side log and the server agree: nothing is sent that is not recorded.
    expect(provider.calls.calls).toHaveLength(endpoint.calls.length);
    expect(count(endpoint.calls, 's3', 'GetBucketLocation')).toBe(1);
  });
});

describe('retries', () => {
  test('throttling and server errors are retried until they succeed, and nothing is lost', async () => {
    const account = syntheticAccount(SIZE);
    const { outcome, endpoint } = await auditFake(
      {
        accounts: [account],
        faults: [
          { kind: 'Throttling', service: 'ec2', operation: 'DescribeSecurityGroups', region: 'eu-west-1', times: 2 },
          { kind: 'Throttling', service: 's3', operation: 'GetBucketAcl', times: 1 },
          { kind: 'ServerError', service: 'rds', operation: 'DescribeDBInstances', times: 1 },
          { kind: 'Throttling', service: 'dynamodb', operation: 'DescribeTable', times: 1 },
          { kind: 'Throttling', service: 'es', operation: 'DescribeDomains', times: 1 },
          { kind: 'Throttling', service: 'tag', times: 1 },
        ],
      },
      { accessKeyId: SIZE.accessKeyId, regions: SIZE.regions },
    );
    expect(outcome.coverage.notAssessed).toEqual([]);
    const sg = endpoint.calls.filter((c) => c.operation === 'DescribeSecurityGroups' && c.region === 'eu-west-1').map((c) => c.status);
    expect(sg).toEqual([503, 503, 200]);
    expect(endpoint.calls.filter((c) => c.service === 'rds' && c.operation === 'DescribeDBInstances').map((c) => c.status)).toContain(500);
    expect(endpoint.calls.filter((c) => c.service === 'tag').map((c) => c.status)).toContain(400);
    const groups = outcome.resources.filter((r) => r.kind === 'security-group' && r.region.known && r.region.value === 'eu-west-1');
    expect(groups).toHaveLength(account.regions['eu-west-1']!.securityGroups!.length);
  });
});
