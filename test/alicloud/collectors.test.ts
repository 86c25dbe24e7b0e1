/**
 * The Alibaba Cloud collectors and normalizers against the local endpoint:
 * every paging style followed to the end, each record with the Terraform
 * normalizer's meaning, throttling that passes after retries, a product the
 * credentials may not read, and a per-instance read that fails.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import type { Bucket, Compute, DataFlow, Datastore, ModelResource, SecurityGroup } from '../../src/model/resources.js';
import { auditFake, type AuditRun } from '../support/alicloud-audit.js';
import { fullAccount, FULL_ACCOUNT_ID, FULL_KEY } from '../support/alicloud-full-account.js';

const byId = (run: AuditRun) => new Map(run.outcome.resources.map((r) => [r.id, r]));
const arn = (service: string, region: string, type: string, id: string) => `acs:${service}:${region}:${FULL_ACCOUNT_ID}:${type}/${id}`;
const get = <T extends ModelResource>(run: AuditRun, id: string) => {
  const r = byId(run).get(id);
  if (!r) throw new Error(`no record ${id}`);
  return r as T;
};

describe('a full account, read without faults', () => {
  let run: AuditRun;
  beforeAll(async () => {
    run = await auditFake(fullAccount(), {});
  });

  test('everything is assessed, in every audited region', () => {
    expect(run.outcome.coverage.notAssessed).toEqual([]);
    expect(run.outcome.coverage.accounts).toEqual([FULL_ACCOUNT_ID]);
    expect(run.outcome.coverage.regions).toEqual(['cn-shanghai', 'eu-central-1']);
    const shanghai = run.outcome.coverage.assessed.filter((a) => a.region === 'cn-shanghai').map((a) => a.service);
    expect(shanghai.sort()).toEqual(['dds', 'ecs', 'elasticsearch', 'kvstore', 'oss', 'rds', 'vpc']);
  });

  test('every page of every list is read, and no more pages than needed', () => {
    const kinds = run.outcome.resources.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'security-group')).toHaveLength(133);
    const redis = run.outcome.resources.filter((r) => r.kind === 'datastore' && r.service === 'alicloud-kvstore');
    expect(redis).toHaveLength(55);
    const count = (action: string, region = 'cn-shanghai') => run.calls.filter((c) => c.action === action && c.region === region).length;
    // 133 groups at 100 a page; 55 Redis instances at 50 a page.
    expect(count('ecs:DescribeSecurityGroups')).toBe(2);
    expect(count('kvstore:DescribeInstances')).toBe(2);
    // One rules call a VPC group, two for the classic group (intranet, then internet).
    expect(count('ecs:DescribeSecurityGroupAttribute')).toBe(134);
    expect(count('dds:DescribeDBInstances')).toBe(2);
  });

  test('security-group rules keep policy, priority, ranges and every kind of source', () => {
    const web = get<SecurityGroup>(run, arn('ecs', 'cn-shanghai', 'securitygroup', 'sg-web'));
    expect(web.network).toEqual({ kind: 'resource', id: arn('vpc', 'cn-shanghai', 'vpc', 'vpc-main') });
    const mysql = web.rules.find((r) => r.address === 'sg-web/sgr-web-mysql')!;
    expect(mysql).toMatchObject({ protocol: { value: 'tcp' }, ports: { value: { from: 3306, to: 3306 } }, policy: { value: 'accept' }, priority: { value: 5 }, source: { kind: 'cidr', cidr: '0.0.0.0/0' } });
    expect(web.rules.find((r) => r.address === 'sg-web/sgr-web-ssh-v6')?.source).toEqual({ kind: 'cidr', cidr: '::/0' });
    expect(web.rules.find((r) => r.address === 'sg-web/sgr-web-from-app')).toMatchObject({ protocol: { value: 'all' }, ports: { value: { from: 0, to: 65535 } }, source: { kind: 'group', link: { kind: 'resource', id: arn('ecs', 'cn-shanghai', 'securitygroup', 'sg-app') } } });
    const classic = get<SecurityGroup>(run, arn('ecs', 'cn-shanghai', 'securitygroup', 'sg-classic'));
    expect(classic.rules.map((r) => [r.nicType, r.ports.known && r.ports.value.from])).toEqual([['intranet', 8080], ['internet', 3389]]);
  });

  test('an instance is public through an EIP or a public IP, and not otherwise', () => {
    const eip = get<Compute>(run, arn('ecs', 'cn-shanghai', 'instance', 'i-web-eip'));
    expect(eip.publicIp).toMatchObject({ known: true, value: true });
    expect(eip.publicIpDetail).toBe('EIP 47.100.0.1');
    expect(get<Compute>(run, arn('ecs', 'cn-shanghai', 'instance', 'i-web-public')).publicIpDetail).toBe('public IP 47.100.0.2');
    expect(get<Compute>(run, arn('ecs', 'cn-shanghai', 'instance', 'i-private')).publicIp).toMatchObject({ known: true, value: false });
    expect(eip.subnet).toEqual({ kind: 'resource', id: arn('vpc', 'cn-shanghai', 'vswitch', 'vsw-web') });
  });

  test('databases: public connections are endpoints with their port, every allowlist group is read', () => {
    const redis = get<Datastore>(run, arn('kvstore', 'cn-shanghai', 'instance', 'r-cache-00'));
    expect(redis.publicEndpoints).toMatchObject([{ name: 'public connection', enabled: { value: true }, address: 'r-cache-00-pub.redis.rds.aliyuncs.com', ports: [6379] }]);
    const rds = get<Datastore>(run, arn('rds', 'cn-shanghai', 'dbinstance', 'rm-orders'));
    expect(rds.publicEndpoints).toEqual([]);
    expect(rds.ports).toEqual([5432]);
    expect(rds.allowlists.map((l) => [l.name, l.entries.known && l.entries.value])).toEqual([['security_ips (default)', ['10.0.0.0/8']], ['security_ips (ali_dms_group)', ['100.104.0.0/16']]]);
    const replica = get<Datastore>(run, arn('dds', 'cn-shanghai', 'dbinstance', 'dds-replica'));
    expect(replica.sourceType).toBe('ALIYUN::MONGODB::Instance');
    expect(replica.publicEndpoints).toHaveLength(1);
    const sharded = get<Datastore>(run, arn('dds', 'cn-shanghai', 'dbinstance', 'dds-sharded'));
    expect(sharded.sourceType).toBe('ALIYUN::MONGODB::ShardingInstance');
    expect(sharded.publicEndpoints).toEqual([]);
    const es = get<Datastore>(run, arn('elasticsearch', 'cn-shanghai', 'instances', 'es-private'));
    expect(es.publicEndpoints.map((e) => [e.name, e.enabled.known && e.enabled.value])).toEqual([['public endpoint', false], ['Kibana public endpoint', true]]);
    expect(es.allowlists.map((l) => [l.name, l.appliesTo])).toEqual([['public_whitelist', 'public'], ['kibana_whitelist', 'public'], ['private_whitelist', 'private'], ['kibana_private_whitelist', 'private']]);
  });

  test('buckets of the audited regions only, with ACL, policy and Block Public Access; flows that leave their region', () => {
    const buckets = run.outcome.resources.filter((r): r is Bucket => r.kind === 'bucket');
    expect(buckets.map((b) => b.name.known && b.name.value).sort()).toEqual(['blocked-assets', 'open-policy', 'public-assets']);
    const blocked = buckets.find((b) => b.name.known && b.name.value === 'blocked-assets')!;
    expect(blocked.acl).toMatchObject({ value: 'public-read' });
    expect(blocked.publicAccessBlock?.ignorePublicAcls).toMatchObject({ value: true });
    const open = buckets.find((b) => b.name.known && b.name.value === 'open-policy')!;
    expect(open.policies[0]?.statements[0]?.principals).toMatchObject({ known: true, value: ['*'] });
    const flows = run.outcome.resources.filter((r): r is DataFlow => r.kind === 'data-flow');
    // The same-region OSS rule is no flow; the RDS backup to Singapore is.
    expect(flows.map((f) => [f.flowKind, f.sourceRegion.known && f.sourceRegion.value, f.destinationRegion.known && f.destinationRegion.value])).toEqual([['alicloud-rds-backup', 'cn-shanghai', 'ap-southeast-1']]);
    expect(run.outcome.resources.find((r) => r.kind === 'account-public-access-block')).toMatchObject({ block: { blockPublicAcls: { value: false } } });
  });

  test('only read-only operations are sent', () => {
    for (const c of run.calls) expect(c.operation).toMatch(/^(Describe|Get|List)[A-Z]/);
  });
});

describe('faults', () => {
  test('throttling that passes after retries loses nothing', async () => {
    const run = await auditFake(fullAccount(), { throttle: [{ action: 'ecs:DescribeSecurityGroups', times: 2 }, { action: 'oss:GetBucketAcl', times: 1 }, { action: 'elasticsearch:DescribeInstance', times: 1 }] });
    expect(run.outcome.coverage.notAssessed).toEqual([]);
    expect(run.outcome.resources.filter((r) => r.kind === 'security-group')).toHaveLength(133);
    const attempts = run.calls.filter((c) => c.action === 'ecs:DescribeSecurityGroups' && c.region === 'cn-shanghai').map((c) => c.attempt);
    expect(attempts).toEqual([1, 2, 3, 1]);
    expect(run.calls.some((c) => c.action === 'oss:GetBucketAcl' && c.attempt === 2)).toBe(true);
  });

  test('a product the credentials may not read is not assessed in each region, and the rest is read', async () => {
    const run = await auditFake(fullAccount(), { deny: [{ action: 'kvstore:*' }] });
    const denied = run.outcome.coverage.notAssessed;
    expect(denied.map((n) => [n.region, n.service, n.scope, n.apiCall])).toEqual([
      ['cn-shanghai', 'kvstore', 'Redis instances', 'kvstore:DescribeInstances'],
      ['eu-central-1', 'kvstore', 'Redis instances', 'kvstore:DescribeInstances'],
    ]);
    expect(denied[0]!.reason).toMatch(/^Forbidden\.RAM: /);
    expect(run.outcome.resources.some((r) => r.kind === 'datastore' && r.service === 'alicloud-kvstore')).toBe(false);
    expect(run.outcome.resources.filter((r) => r.kind === 'security-group')).toHaveLength(133);
    // Access denied is not retried.
    expect(run.calls.filter((c) => c.action === 'kvstore:DescribeInstances').every((c) => c.attempt === 1)).toBe(true);
  });

  test('an allowlist that could not be read is unknown, not empty', async () => {
    const run = await auditFake(fullAccount(), { deny: [{ action: 'kvstore:DescribeSecurityIps' }] });
    const redis = get<Datastore>(run, arn('kvstore', 'cn-shanghai', 'instance', 'r-cache-00'));
    expect(redis.allowlists).toHaveLength(1);
    expect(redis.allowlists[0]!.entries.known).toBe(false);
    expect(redis.allowlists[0]!.entries).toMatchObject({ reason: expect.stringContaining('kvstore:DescribeSecurityIps: Forbidden.RAM') });
    expect(run.outcome.coverage.notAssessed).toHaveLength(55);
    expect(run.outcome.coverage.notAssessed[0]).toMatchObject({ service: 'kvstore', scope: 'Redis instance r-cache-00: IP allowlists' });
  });

  test('security groups that could not be listed leave instances with unknown groups', async () => {
    const run = await auditFake(fullAccount(), { deny: [{ action: 'ecs:DescribeSecurityGroups', region: 'cn-shanghai' }] });
    const instance = get<Compute>(run, arn('ecs', 'cn-shanghai', 'instance', 'i-web-eip'));
    expect(instance.securityGroups).toMatchObject({ unknown: expect.stringContaining('security groups of cn-shanghai were not assessed') });
  });

  test('"no such configuration" answers are answers: no policy, no replication, Block Public Access off', async () => {
    const run = await auditFake(fullAccount(), { deny: [{ action: 'oss:GetBucketPublicAccessBlock', code: 'NoSuchPublicAccessBlockConfiguration', status: 404 }] });
    expect(run.outcome.coverage.notAssessed).toEqual([]);
    const bucket = run.outcome.resources.find((r): r is Bucket => r.kind === 'bucket' && r.name.known && r.name.value === 'blocked-assets')!;
    expect(bucket.publicAccessBlock?.ignorePublicAcls).toMatchObject({ known: true, value: false });
    expect(bucket.policies).toEqual([]);
    expect(bucket.unknownPolicies).toBeUndefined();
  });

  test('secrets are in no reason, message or record', async () => {
    const run = await auditFake(fullAccount(), { deny: [{ action: 'rds:*' }, { action: 'oss:GetBucketPolicy' }] });
    const text = JSON.stringify(run.outcome);
    expect(run.outcome.coverage.notAssessed.length).toBeGreaterThan(0);
    expect(text).not.toContain(FULL_KEY.accessKeySecret);
    expect(text).not.toContain(FULL_KEY.accessKeyId);
    expect(text).not.toMatch(/Signature=/);
  });
});
