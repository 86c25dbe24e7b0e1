import { describe, expect, test } from '@jest/globals';
import type { DataFlow, ModelResource } from '../../src/model/resources.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { createNormalizeContext } from '../../src/sources/terraform/normalize/common.js';
import { normalizeReplication } from '../../src/sources/terraform/normalize/replication.js';
import { bucketNameOfArn, regionOfArn } from '../../src/sources/shared/arn.js';
import { at, ref, resource, unknownValue } from './build.js';

const flowsOf = (resources: SourceResource[]): DataFlow[] =>
  normalizeReplication(createNormalizeContext(resources)).filter((r: ModelResource): r is DataFlow => r.kind === 'data-flow');

const regions = (f: DataFlow) => [f.sourceRegion.known ? f.sourceRegion.value : `?${f.sourceRegion.reason}`, f.destinationRegion.known ? f.destinationRegion.value : `?${f.destinationRegion.reason}`];

describe('S3 replication', () => {
  test('the destination region is the destination bucket provider region, followed through the ref', () => {
    const flows = flowsOf([
      resource('aws_s3_bucket', 'src', { bucket: 'src' }, { region: 'eu-west-1' }),
      resource('aws_s3_bucket', 'dst', { bucket: 'dst' }, { region: 'cn-north-1' }),
      resource('aws_s3_bucket_replication_configuration', 'r', {
        bucket: ref('aws_s3_bucket.src', 'id'),
        rule: [at(12, { status: 'Enabled', destination: [at(14, { bucket: ref('aws_s3_bucket.dst', 'arn') })] }), { status: 'Disabled', destination: [{ bucket: 'arn:aws:s3:::other' }] }],
      }, { region: 'eu-west-1', line: 10 }),
    ]);
    expect(flows).toHaveLength(1);
    expect(flows[0]).toMatchObject({ flowKind: 's3-replication', source: { kind: 'resource', id: 'aws_s3_bucket.src' }, destination: { kind: 'resource', id: 'aws_s3_bucket.dst' }, loc: { startLine: 14 } });
    expect(regions(flows[0]!)).toEqual(['eu-west-1', 'cn-north-1']);
  });

  test('a literal ARN: a bucket in the scan by name, else an unknown region', () => {
    const flows = flowsOf([
      resource('aws_s3_bucket', 'src', { bucket: 'src', replication_configuration: [{ role: 'r', rules: [{ status: 'Enabled', destination: [{ bucket: 'arn:aws:s3:::dst' }] }, { destination: [{ bucket: 'arn:aws:s3:::not-here' }] }] }] }),
      resource('aws_s3_bucket', 'dst', { bucket: 'dst' }, { region: 'ap-east-1' }),
    ]);
    expect(flows.map(regions)).toEqual([
      ['us-east-1', 'ap-east-1'],
      ['us-east-1', '?the destination bucket arn:aws:s3:::not-here is not in the scanned files, so its region is unknown'],
    ]);
    expect(flows[1]!.destination).toMatchObject({ kind: 'external', value: 'arn:aws:s3:::not-here' });
  });

  test('the s3-bucket registry module (not downloaded): its replication rules, and its bucket as a destination', () => {
    const flows = flowsOf([
      resource('module', 'replica', { source: 'terraform-aws-modules/s3-bucket/aws', bucket: 'acme-replica' }, { region: 'ap-east-1' }),
      resource('module', 'origin', {
        source: 'terraform-aws-modules/s3-bucket/aws',
        bucket: 'acme-origin',
        replication_configuration: { role: 'r', rules: [at(9, { id: 'all', destination: { bucket: 'arn:aws:s3:::acme-replica' } }), { status: false, destination: { bucket: 'arn:aws:s3:::x' } }] },
      }, { region: 'eu-west-1' }),
    ]);
    expect(flows.map(regions)).toEqual([['eu-west-1', 'ap-east-1']]);
    expect(flows[0]).toMatchObject({ source: { id: 'module.origin.aws_s3_bucket.this[0]' }, destination: { id: 'module.replica.aws_s3_bucket.this[0]' }, loc: { startLine: 9 } });
  });

  test('replication inside one region is not a flow out of it', () => {
    const flows = flowsOf([
      resource('aws_s3_bucket', 'a', { bucket: 'a' }),
      resource('aws_s3_bucket', 'b', { bucket: 'b' }),
      resource('aws_s3_bucket_replication_configuration', 'r', { bucket: ref('aws_s3_bucket.a', 'id'), rule: [{ destination: [{ bucket: ref('aws_s3_bucket.b', 'arn') }] }] }),
    ]);
    expect(flows).toEqual([]);
  });
});

describe('RDS', () => {
  test('a read replica of a DB named by ARN in another region, and of a DB in the scan', () => {
    const flows = flowsOf([
      resource('aws_db_instance', 'primary', { identifier: 'p' }, { region: 'us-east-1' }),
      resource('aws_db_instance', 'by_arn', { replicate_source_db: at(7, 'arn:aws:rds:eu-central-1:111122223333:db:main') }, { region: 'us-west-2' }),
      resource('aws_db_instance', 'by_ref', { replicate_source_db: ref('aws_db_instance.primary', 'arn') }, { region: 'ap-southeast-1' }),
      resource('aws_db_instance', 'same_region', { replicate_source_db: 'p' }, { region: 'us-east-1' }),
    ]);
    expect(flows.map((f) => [f.flowKind, ...regions(f)])).toEqual([
      ['rds-read-replica', 'eu-central-1', 'us-west-2'],
      ['rds-read-replica', 'us-east-1', 'ap-southeast-1'],
    ]);
    expect(flows[0]!.loc.startLine).toBe(7);
    expect(flows[1]!.source).toMatchObject({ kind: 'resource', id: 'aws_db_instance.primary' });
  });

  test('automated backups replicated to the region of the replication resource', () => {
    const flows = flowsOf([
      resource('aws_db_instance', 'main', {}, { region: 'eu-west-1' }),
      resource('aws_db_instance_automated_backups_replication', 'dr', { source_db_instance_arn: ref('aws_db_instance.main', 'arn') }, { region: 'us-east-1' }),
    ]);
    expect(flows.map((f) => [f.flowKind, ...regions(f)])).toEqual([['rds-backup-replication', 'eu-west-1', 'us-east-1']]);
  });

  test('Aurora global database: the cluster with credentials writes, every other member receives', () => {
    const flows = flowsOf([
      resource('aws_rds_global_cluster', 'g', { global_cluster_identifier: 'global' }),
      resource('aws_rds_cluster', 'primary', { global_cluster_identifier: ref('aws_rds_global_cluster.g', 'id'), master_username: 'admin' }, { region: 'us-east-1' }),
      resource('aws_rds_cluster', 'secondary', { global_cluster_identifier: at(30, ref('aws_rds_global_cluster.g', 'id')) }, { region: 'eu-west-1' }),
      resource('aws_rds_cluster', 'by_name', { global_cluster_identifier: 'global' }, { region: 'ap-northeast-1' }),
      resource('aws_rds_cluster', 'unrelated', {}, { region: 'sa-east-1' }),
    ]);
    expect(flows.map((f) => [f.destination.kind === 'resource' && f.destination.id, ...regions(f)])).toEqual([
      ['aws_rds_cluster.secondary', 'us-east-1', 'eu-west-1'],
      ['aws_rds_cluster.by_name', 'us-east-1', 'ap-northeast-1'],
    ]);
    expect(flows[0]!.loc.startLine).toBe(30);
  });
});

describe('regions and locations', () => {
  test('a resource region argument (AWS provider 6) wins over the provider region', () => {
    const flows = flowsOf([
      resource('aws_dynamodb_table', 't', { region: 'eu-west-1', replica: [{ region_name: 'us-east-1' }] }, { region: 'eu-central-1' }),
    ]);
    expect(flows.map(regions)).toEqual([['eu-west-1', 'us-east-1']]);
  });

  test('a value that comes from elsewhere (an output, a variable default) points at the resource instead', () => {
    const member = resource('aws_elasticache_replication_group', 'secondary', {}, { region: 'ap-east-1', line: 40, endLine: 50 });
    member.attrs.entries.set('global_replication_group_id', { t: 'ref', ref: { address: 'aws_elasticache_global_replication_group.g', attr: ['global_replication_group_id'] }, loc: { file: 'outputs.tf', startLine: 80, endLine: 80 } });
    const flows = flowsOf([
      resource('aws_elasticache_replication_group', 'primary', {}, { region: 'us-east-1', line: 1, endLine: 10 }),
      resource('aws_elasticache_global_replication_group', 'g', { primary_replication_group_id: ref('aws_elasticache_replication_group.primary', 'id') }, { line: 20, endLine: 30 }),
      member,
    ]);
    expect(flows[0]!.loc).toMatchObject({ file: 'main.tf', startLine: 40 });
  });

  test('an interpolation is not a reference to the destination; rules copying to the same place are one flow', () => {
    const flows = flowsOf([
      resource('random_pet', 'this', {}),
      resource('aws_s3_bucket', 'src', { bucket: 'src' }),
      resource('aws_s3_bucket_replication_configuration', 'r', {
        bucket: ref('aws_s3_bucket.src', 'id'),
        rule: [1, 2].map(() => ({ destination: [{ bucket: { t: 'unknown' } }] })),
      }),
    ].map((r) => {
      if (r.type !== 'aws_s3_bucket_replication_configuration') return r;
      // "arn:aws:s3:::${random_pet.this.id}" evaluates to an unknown that still names random_pet.this.
      for (const rule of (r.attrs.entries.get('rule') as { items: Array<{ entries: Map<string, unknown> }> }).items)
        rule.entries.set('destination', { t: 'list', items: [{ t: 'map', entries: new Map([['bucket', { t: 'unknown', reason: 'random_pet.this.id is known only after apply', ref: { address: 'random_pet.this', attr: ['id'] } }]]) }] });
      return r;
    }));
    expect(flows).toHaveLength(1);
    expect(flows[0]!.destination.kind).toBe('unknown');
    expect(flows[0]!.relatedLocs).toHaveLength(1);
  });
});

describe('DynamoDB', () => {
  test('replica blocks, replica resources and legacy global tables', () => {
    const flows = flowsOf([
      resource('aws_dynamodb_table', 't', { replica: [at(13, { region_name: 'us-east-2' }), at(17, { region_name: unknownValue('var.dr_region has no value') })] }, { region: null }),
      resource('aws_dynamodb_table', 'main', {}, { region: 'eu-west-1' }),
      resource('aws_dynamodb_table_replica', 'r', { global_table_arn: ref('aws_dynamodb_table.main', 'arn') }, { region: 'eu-central-1' }),
      resource('aws_dynamodb_global_table', 'legacy', { replica: [{ region_name: 'us-east-1' }, { region_name: 'ap-south-1' }] }, { region: 'us-east-1' }),
    ]);
    expect(flows.map(regions)).toEqual([
      ['?no provider region configured', 'us-east-2'],
      ['?no provider region configured', '?var.dr_region has no value'],
      ['eu-west-1', 'eu-central-1'],
      ['us-east-1', 'ap-south-1'],
    ]);
    expect(flows.slice(0, 2).map((f) => f.loc.startLine)).toEqual([13, 17]);
    expect(new Set(flows.map((f) => f.id)).size).toBe(flows.length);
  });
});

describe('ElastiCache global datastore', () => {
  test('the primary group replicates to each member group', () => {
    const flows = flowsOf([
      resource('aws_elasticache_replication_group', 'primary', {}, { region: 'us-east-1' }),
      resource('aws_elasticache_global_replication_group', 'g', { primary_replication_group_id: ref('aws_elasticache_replication_group.primary', 'id') }, { region: 'us-east-1' }),
      resource('aws_elasticache_replication_group', 'secondary', { global_replication_group_id: ref('aws_elasticache_global_replication_group.g', 'global_replication_group_id') }, { region: 'ap-east-1' }),
    ]);
    expect(flows.map((f) => [f.flowKind, ...regions(f)])).toEqual([['elasticache-global', 'us-east-1', 'ap-east-1']]);
  });
});

describe('Alibaba Cloud', () => {
  test('OSS replication: the destination location names the region, with or without the oss- prefix', () => {
    const flows = flowsOf([
      resource('alicloud_oss_bucket', 'src', { bucket: 'src' }, { region: 'cn-hangzhou' }),
      resource('alicloud_oss_bucket', 'dst', { bucket: 'dst' }, { region: 'eu-central-1' }),
      resource('alicloud_oss_bucket_replication', 'literal', { bucket: ref('alicloud_oss_bucket.src', 'id'), destination: [{ bucket: 'dst', location: at(9, 'oss-cn-hongkong') }] }),
      resource('alicloud_oss_bucket_replication', 'by_ref', { bucket: 'src', destination: [{ bucket: ref('alicloud_oss_bucket.dst', 'id'), location: ref('alicloud_oss_bucket.dst', 'location') }] }),
    ]);
    expect(flows.map((f) => [f.flowKind, ...regions(f)])).toEqual([
      ['oss-replication', 'cn-hangzhou', 'cn-hongkong'],
      ['oss-replication', 'cn-hangzhou', 'eu-central-1'],
    ]);
    expect(flows[0]!.loc.startLine).toBe(9);
  });

  test('RDS cross-region backup policy', () => {
    const flows = flowsOf([
      resource('alicloud_db_instance', 'db', {}, { region: 'cn-shanghai' }),
      resource('alicloud_rds_instance_cross_backup_policy', 'p', { instance_id: ref('alicloud_db_instance.db', 'id'), cross_backup_region: at(4, 'ap-southeast-1') }),
    ]);
    expect(flows.map((f) => [f.flowKind, ...regions(f)])).toEqual([['alicloud-rds-backup', 'cn-shanghai', 'ap-southeast-1']]);
  });
});

describe('ARN helpers', () => {
  test('region and bucket name from ARNs', () => {
    expect(regionOfArn('arn:aws:rds:eu-west-1:111122223333:db:x')).toBe('eu-west-1');
    expect(regionOfArn('arn:aws:s3:::bucket')).toBeUndefined();
    expect(regionOfArn('not-an-arn')).toBeUndefined();
    expect(bucketNameOfArn('arn:aws:s3:::bucket/prefix')).toBe('bucket');
  });
});
