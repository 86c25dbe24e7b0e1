/**
 * The local Alibaba Cloud endpoint against the real SDK clients, with no
 * leakproof code between them: pop-core's RPC and ROA clients and ali-oss
 * sign, send and parse, and the endpoint checks signatures and keys, pages
 * like the services, and injects faults.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import PopCore from '@alicloud/pop-core';
import type { FakeAlicloudAccount } from '../../bench/support/alicloud-endpoint/account.js';
import { startFakeAlicloud, type FakeAlicloudEndpoint } from '../../bench/support/alicloud-endpoint/server.js';

type Reply = Record<string, unknown>;
interface Rpc {
  request(action: string, params: Record<string, unknown>, opts?: Record<string, unknown>): Promise<Reply>;
  keepAliveAgent: { destroy(): void };
}
interface Roa {
  request(method: string, path: string, query?: Record<string, string>, body?: string, headers?: Record<string, string>, opts?: Record<string, unknown>): Promise<Reply>;
  keepAliveAgent: { destroy(): void };
}
const { RPCClient, ROAClient } = PopCore as unknown as { RPCClient: new (c: object) => Rpc; ROAClient: new (c: object) => Roa };
const OSS = createRequire(import.meta.url)('ali-oss') as new (o: object) => {
  listBuckets(q: Record<string, unknown>): Promise<{ buckets: Array<{ name: string }> | null; isTruncated: boolean; nextMarker: string | null }>;
  getBucketACL(name: string): Promise<{ acl: string }>;
};

const KEY = { accessKeyId: 'LTAI5tFakeEndpointTest01', accessKeySecret: 'fake-endpoint-secret' };

function account(): FakeAlicloudAccount {
  return {
    accountId: '1111222233334444',
    ...KEY,
    roles: ['acs:ram::1111222233334444:role/audit'],
    regions: {
      'eu-central-1': {
        securityGroups: Array.from({ length: 25 }, (_, i) => ({ id: `sg-${i}`, vpcId: 'vpc-1', rules: [] })),
        vpcs: Array.from({ length: 7 }, (_, i) => ({ id: `vpc-${i}`, cidr: `10.${i}.0.0/16` })),
        elasticsearch: [{ id: 'es-1', version: '7.10', enablePublic: true, publicWhitelist: ['0.0.0.0/0'], enableKibanaPublic: false, kibanaWhitelist: [] }],
      },
    },
    buckets: Array.from({ length: 5 }, (_, i) => ({ name: `bucket-${i}`, region: i === 0 ? 'eu-central-1' : 'cn-hangzhou', acl: 'private' as const })),
  };
}

let endpoint: FakeAlicloudEndpoint;
const clients: Array<{ keepAliveAgent: { destroy(): void } }> = [];
const rpc = (version: string, key = KEY, extra: object = {}) => {
  const c = new RPCClient({ endpoint: endpoint.url, apiVersion: version, ...key, ...extra });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  endpoint = await startFakeAlicloud(account(), {
    deny: [{ action: 'rds:*', region: 'eu-central-1' }],
    throttle: [{ action: 'vpc:DescribeVpcs', times: 1 }],
  });
});
afterAll(async () => {
  for (const c of clients) c.keepAliveAgent.destroy();
  await endpoint.stop();
});

describe('RPC', () => {
  test('pages with NextToken up to the API maximum, by GET and by form POST', async () => {
    const ecs = rpc('2014-05-26');
    const first = await ecs.request('DescribeSecurityGroups', { RegionId: 'eu-central-1', MaxResults: 10 });
    const groups = (first.SecurityGroups as { SecurityGroup: unknown[] }).SecurityGroup;
    expect(groups).toHaveLength(10);
    expect(first.NextToken).not.toBe('');
    const second = await ecs.request('DescribeSecurityGroups', { RegionId: 'eu-central-1', MaxResults: 100, NextToken: first.NextToken }, { method: 'POST' });
    expect((second.SecurityGroups as { SecurityGroup: unknown[] }).SecurityGroup).toHaveLength(15);
    expect(second.NextToken).toBe('');
    await expect(ecs.request('DescribeSecurityGroups', { RegionId: 'eu-central-1', MaxResults: 101 })).rejects.toMatchObject({ code: 'InvalidParameter.MaxResults' });
  });

  test('rejects a wrong secret (the signature is checked) and an unknown key', async () => {
    await expect(rpc('2014-05-26', { ...KEY, accessKeySecret: 'wrong' }).request('DescribeRegions', {})).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
    await expect(rpc('2014-05-26', { ...KEY, accessKeyId: 'LTAI5tSomeoneElse000000' }).request('DescribeRegions', {})).rejects.toMatchObject({ code: 'InvalidAccessKeyId.NotFound' });
  });

  test('denies a product in one region with Forbidden.RAM, and throttles once before answering', async () => {
    await expect(rpc('2014-08-15').request('DescribeDBInstances', { RegionId: 'eu-central-1' })).rejects.toMatchObject({ code: 'Forbidden.RAM' });
    await expect(rpc('2014-08-15').request('DescribeDBInstances', { RegionId: 'cn-hangzhou' })).resolves.toMatchObject({ TotalRecordCount: 0 });
    const vpc = rpc('2016-04-28');
    await expect(vpc.request('DescribeVpcs', { RegionId: 'eu-central-1' })).rejects.toMatchObject({ code: 'Throttling.User' });
    const answer = await vpc.request('DescribeVpcs', { RegionId: 'eu-central-1', PageSize: 5, PageNumber: 2 });
    expect(answer).toMatchObject({ TotalCount: 7, PageNumber: 2 });
    expect((answer.Vpcs as { Vpc: unknown[] }).Vpc).toHaveLength(2);
  });

  test('AssumeRole issues credentials that work only with their security token', async () => {
    const sts = rpc('2015-04-01');
    await expect(sts.request('AssumeRole', { RoleArn: 'acs:ram::1111222233334444:role/other', RoleSessionName: 's' })).rejects.toMatchObject({ code: 'EntityNotExist.Role' });
    const assumed = (await sts.request('AssumeRole', { RoleArn: 'acs:ram::1111222233334444:role/audit', RoleSessionName: 's' })).Credentials as Record<string, string>;
    const temp = { accessKeyId: assumed.AccessKeyId, accessKeySecret: assumed.AccessKeySecret };
    await expect(rpc('2015-04-01', temp).request('GetCallerIdentity', {})).rejects.toMatchObject({ code: 'InvalidSecurityToken.Mismatch' });
    const who = await rpc('2015-04-01', temp, { securityToken: assumed.SecurityToken }).request('GetCallerIdentity', {});
    expect(who).toMatchObject({ AccountId: '1111222233334444', IdentityType: 'AssumedRoleUser' });
  });
});

describe('ROA', () => {
  test('lists and describes Elasticsearch instances of the region named by the endpoint path', async () => {
    const es = new ROAClient({ endpoint: `${endpoint.url}/eu-central-1`, apiVersion: '2017-06-13', ...KEY });
    clients.push(es);
    const list = await es.request('GET', '/openapi/instances', { page: '1', size: '10' });
    expect(list).toMatchObject({ Headers: { 'X-Total-Count': 1 }, Result: [{ instanceId: 'es-1' }] });
    const one = await es.request('GET', '/openapi/instances/es-1');
    expect(one.Result).toMatchObject({ enablePublic: true, publicIpWhitelist: ['0.0.0.0/0'], enableKibanaPublicNetwork: false });
    await expect(es.request('GET', '/openapi/instances/es-missing')).rejects.toMatchObject({ code: 'InstanceNotFound' });
  });
});

describe('OSS', () => {
  test('lists buckets with marker paging and refuses a bucket asked through another region', async () => {
    const agent = new (await import('node:http')).Agent({ keepAlive: true });
    const oss = new OSS({ ...KEY, region: 'oss-cn-hangzhou', endpoint: endpoint.url, agent });
    const page = await oss.listBuckets({ 'max-keys': 2 });
    expect(page.buckets?.map((b) => b.name)).toEqual(['bucket-0', 'bucket-1']);
    expect(page.isTruncated).toBe(true);
    const rest = await oss.listBuckets({ 'max-keys': 10, marker: page.nextMarker });
    expect(rest.buckets?.map((b) => b.name)).toEqual(['bucket-2', 'bucket-3', 'bucket-4']);
    await expect(oss.getBucketACL('bucket-1')).resolves.toMatchObject({ acl: 'private' });
    await expect(oss.getBucketACL('bucket-0')).rejects.toMatchObject({ code: 'AccessDenied' });
    agent.destroy();
  });
});

test('every request is counted with its action and region', () => {
  const actions = new Set(endpoint.calls.map((c) => `${c.action}@${c.region}`));
  expect(actions).toContain('ecs:DescribeSecurityGroups@eu-central-1');
  expect(actions).toContain('elasticsearch:ListInstance@eu-central-1');
  expect(actions).toContain('oss:ListBuckets@global');
  expect(actions).toContain('oss:GetBucketAcl@cn-hangzhou');
});
