/**
 * Each service's records mean what the Terraform normaliser's mean, so the
 * rules judge a live account as they judge its IaC: clusters public through a
 * member, Redshift, OpenSearch in a VPC with an open policy, ElastiCache never
 * reachable, self-hosted databases on instances and stand-alone interfaces,
 * bucket policies and the account-level public access block, and every kind
 * of cross-region flow (S3 to another account's bucket, RDS replicas and
 * backup replication seen from both ends, ElastiCache global datastores,
 * DynamoDB replicas).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import type { FakeAccount } from '../../bench/support/aws-endpoint/cloud.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import type { Finding } from '../../src/findings/finding.js';
import type { DataFlow, ModelResource } from '../../src/model/resources.js';
import { liveReport } from '../../src/sources/live/report.js';
import { auditFake } from '../support/aws-endpoint/audit-fake.js';
import { A, EU, servicesAccount, US } from '../support/aws-endpoint/services-account.js';

let findings: Finding[];
let records: ModelResource[];
let calls: Array<{ operation: string; bucket?: string; region: string }>;

beforeAll(async () => {
  // Another account's bucket: the replication destination.
  const partner: FakeAccount = { id: '999988887777', accessKeyId: 'AKIAPARTNERFAKE00001', enabledRegions: ['ap-southeast-1'], regions: {}, buckets: [{ name: 'partner-drop', region: 'ap-southeast-1' }] };
  const { outcome, endpoint } = await auditFake({ accounts: [servicesAccount(), partner] }, { accessKeyId: 'AKIASERVICESFAKE0001', regions: 'all', homeRegion: US });
  expect(outcome.coverage.notAssessed).toEqual([]);
  records = outcome.resources;
  calls = endpoint.calls;
  findings = liveReport(outcome, { rules: await loadBuiltinRules(), declarative: [] }).report.findings;
});

const on = (ruleId: string, address: string) => findings.filter((f) => f.ruleId === ruleId && f.resource.address === address);

describe('datastores', () => {
  test('an Aurora cluster is public when one member is, and reachable through the cluster record', () => {
    const cluster = records.find((r) => r.id === `arn:aws:rds:${US}:${A}:cluster:orders`);
    expect(cluster).toMatchObject({ kind: 'datastore', service: 'rds-cluster', members: [`arn:aws:rds:${US}:${A}:db:orders-1`, `arn:aws:rds:${US}:${A}:db:orders-2`] });
    expect(records.some((r) => r.id.endsWith(':db:orders-2'))).toBe(false);
    const [f] = on('LP-DB-001', `arn:aws:rds:${US}:${A}:cluster:orders`);
    expect(f?.severity).toBe('critical');
    expect(f?.location.file).toBe(`arn:aws:rds:${US}:${A}:db:orders-2`);
    expect(f?.remediation.snippet?.code).toContain('--db-instance-identifier orders-2 --no-publicly-accessible');
  });

  test('a public Redshift cluster in a public subnet behind an open group is reachable', () => {
    expect(on('LP-DB-001', `arn:aws:redshift:${US}:${A}:cluster:warehouse`)).toHaveLength(1);
  });

  test('an OpenSearch domain in a VPC with an open policy is LP-DB-003 (medium), not reachable', () => {
    const arn = `arn:aws:es:${US}:${A}:domain/logs`;
    expect(on('LP-DB-001', arn)).toEqual([]);
    expect(on('LP-DB-003', arn).map((f) => f.severity)).toEqual(['medium']);
  });

  test('ElastiCache is never reachable from the internet, whatever its group', () => {
    expect(findings.filter((f) => f.resource.address.includes(':elasticache:') && f.ruleId === 'LP-DB-001')).toEqual([]);
  });

  test('a self-hosted database on an instance and on an ECS task interface; a service-managed interface is not compute', () => {
    expect(on('LP-DB-005', `arn:aws:ec2:${US}:${A}:instance/i-00000000000000001`)).toHaveLength(1);
    expect(on('LP-DB-005', `arn:aws:ec2:${US}:${A}:network-interface/eni-00000000000000001`)).toHaveLength(1);
    expect(records.some((r) => r.id.endsWith('eni-00000000000000002'))).toBe(false);
    const instance = records.find((r) => r.id.endsWith('instance/i-00000000000000001'));
    expect(instance).toMatchObject({ publicIpDetail: 'Elastic IP 203.0.113.10 (eipalloc-0001)' });
  });
});

describe('storage', () => {
  test("a bucket policy open to '*' is public unless a block restricts it", () => {
    expect(on('LP-ST-002', 'arn:aws:s3:::assets').map((f) => f.severity)).toEqual(['high']);
  });

  test("the account block's ignore_public_acls neutralises a public ACL; its off settings are reported on the account", () => {
    expect(on('LP-ST-001', 'arn:aws:s3:::old-acl')).toEqual([]);
    const account = findings.filter((f) => f.ruleId === 'LP-ST-003' && f.resource.type === 'AWS::S3::AccountPublicAccessBlock');
    expect(account).toHaveLength(1);
    expect(account[0]!.evidence?.details?.off).toBe('block_public_policy, restrict_public_buckets');
    expect(account[0]!.remediation.snippet?.code).toContain(`aws s3control put-public-access-block --account-id ${A}`);
  });
});

describe('flows', () => {
  const flows = () => records.filter((r): r is DataFlow => r.kind === 'data-flow');
  const flow = (kind: DataFlow['flowKind']) => flows().filter((f) => f.flowKind === kind);

  test("S3 replication to another account's bucket asks where that bucket is", () => {
    const [f] = flow('s3-replication');
    expect(f).toMatchObject({ sourceRegion: { known: true, value: US }, destinationRegion: { known: true, value: 'ap-southeast-1' }, destination: { kind: 'external', value: 'arn:aws:s3:::partner-drop' } });
    expect(calls.filter((c) => c.operation === 'GetBucketLocation').map((c) => c.bucket)).toEqual(['partner-drop']);
  });

  test('an RDS cross-region read replica, and backup replication seen from both regions as one flow', () => {
    expect(flow('rds-read-replica')).toEqual([expect.objectContaining({ source: expect.objectContaining({ kind: 'resource', id: `arn:aws:rds:${US}:${A}:db:billing` }), destinationRegion: expect.objectContaining({ value: EU }) })]);
    expect(flow('rds-backup-replication')).toHaveLength(1);
  });

  test('ElastiCache global datastore and DynamoDB replica (the pii tag from the tagging API raises it)', () => {
    expect(flow('elasticache-global')).toEqual([expect.objectContaining({ sourceRegion: expect.objectContaining({ value: US }), destinationRegion: expect.objectContaining({ value: EU }) })]);
    const dynamo = findings.find((f) => f.ruleId === 'LP-RES-001' && f.resource.address.includes(':dynamodb:'))!;
    expect(dynamo.severity).toBe('critical');
    expect(dynamo.remediation.snippet?.code).toContain(`aws dynamodb update-table --region ${US} --table-name users --replica-updates '[{"Delete":{"RegionName":"${EU}"}}]'`);
  });

  test('every flow out of the US jurisdiction is a residency finding', () => {
    const residency = findings.filter((f) => f.ruleId === 'LP-RES-001');
    expect(residency).toHaveLength(flows().length);
  });
});
