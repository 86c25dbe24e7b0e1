import { beforeEach, describe, expect, test } from '@jest/globals';
import type { Compute, Datastore, ModelResource } from '../../src/model/resources.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { createNormalizeContext } from '../../src/sources/terraform/normalize/common.js';
import { normalizeDatastores } from '../../src/sources/terraform/normalize/datastores.js';
import { ref, res, resetLines, unknownValue } from './source-builder.js';

function model(resources: SourceResource[]): Map<string, ModelResource> {
  return new Map(normalizeDatastores(createNormalizeContext(resources)).map((r) => [r.id, r]));
}
const ds = (m: Map<string, ModelResource>, id: string) => m.get(id) as Datastore;

beforeEach(() => resetLines());

describe('AWS databases', () => {
  test('an RDS instance: flag default false, port from the engine, subnet group found by its name', () => {
    const m = model([
      res('aws_db_subnet_group.g', { name: 'main', subnet_ids: [ref('aws_subnet.a.id'), ref('aws_subnet.b.id')] }),
      res('aws_subnet.a', { vpc_id: 'vpc-1', cidr_block: '10.0.1.0/24' }),
      res('aws_subnet.b', { vpc_id: 'vpc-1', cidr_block: '10.0.2.0/24' }),
      res('aws_security_group.db', { vpc_id: 'vpc-1' }),
      res('aws_db_instance.db', { engine: 'postgres', db_subnet_group_name: 'main', vpc_security_group_ids: [ref('aws_security_group.db.id')] }),
    ]);
    const d = ds(m, 'aws_db_instance.db');
    expect(d.publiclyAccessible).toMatchObject({ known: true, value: false });
    expect(d.ports).toEqual([5432]);
    expect(d.subnets).toEqual([expect.objectContaining({ id: 'aws_subnet.a' }), expect.objectContaining({ id: 'aws_subnet.b' })]);
    expect(d.securityGroups).toEqual([expect.objectContaining({ kind: 'resource', id: 'aws_security_group.db' })]);
    expect(d.defaultVpc).toBeUndefined();
  });

  test('no subnet group: the default VPC; a named group outside the scan: unknown subnets', () => {
    const m = model([
      res('aws_db_instance.a', { engine: 'mysql', publicly_accessible: true }),
      res('aws_db_instance.b', { engine: 'mysql', db_subnet_group_name: 'elsewhere', publicly_accessible: unknownValue('var.public has no value') }),
    ]);
    expect(ds(m, 'aws_db_instance.a').defaultVpc).toBe(true);
    expect(ds(m, 'aws_db_instance.b').subnets).toEqual({ unknown: 'subnet group elsewhere is not in the scanned files' });
    expect(ds(m, 'aws_db_instance.b').publiclyAccessible).toMatchObject({ known: false, reason: 'var.public has no value' });
  });

  test('a group known only by a separate rule resolves to the record that holds its rules; other literal ids are external', () => {
    const m = model([
      res('aws_security_group_rule.r', { type: 'ingress', security_group_id: ref('aws_security_group.shared.id'), from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }),
      res('aws_db_instance.db', { engine: 'postgres', vpc_security_group_ids: [ref('aws_security_group.shared.id'), 'sg-0123'] }),
    ]);
    expect(ds(m, 'aws_db_instance.db').securityGroups).toEqual([expect.objectContaining({ kind: 'resource', id: 'aws_security_group.shared' }), expect.objectContaining({ kind: 'external', value: 'sg-0123' })]);
  });

  test('a cluster takes the flag of its instances; an instance whose cluster is elsewhere keeps its own', () => {
    const m = model([
      res('aws_rds_cluster.c', { engine: 'aurora-postgresql', cluster_identifier: 'c' }),
      res('aws_rds_cluster_instance.i0', { cluster_identifier: ref('aws_rds_cluster.c.id'), publicly_accessible: false }),
      res('aws_rds_cluster_instance.i1', { cluster_identifier: ref('aws_rds_cluster.c.id'), publicly_accessible: true }),
      res('aws_neptune_cluster_instance.n[0]', { cluster_identifier: 'graph', publicly_accessible: true }),
    ]);
    const c = ds(m, 'aws_rds_cluster.c');
    expect(c.publiclyAccessible).toMatchObject({ known: true, value: true });
    expect(c.members).toEqual(['aws_rds_cluster_instance.i0', 'aws_rds_cluster_instance.i1']);
    expect(c.ports).toEqual([5432]);
    const n = ds(m, 'aws_neptune_cluster_instance.n[0]');
    expect(n.service).toBe('neptune');
    expect(n.publiclyAccessible).toMatchObject({ known: true, value: true });
    expect(Array.isArray(n.subnets)).toBe(false);
  });

  test('DocumentDB and ElastiCache never have a public flag', () => {
    const m = model([res('aws_docdb_cluster.d', { cluster_identifier: 'd' }), res('aws_elasticache_replication_group.r', { replication_group_id: 'r' })]);
    expect(ds(m, 'aws_docdb_cluster.d').publiclyAccessible).toMatchObject({ known: true, value: false });
    expect(ds(m, 'aws_elasticache_replication_group.r').ports).toEqual([6379]);
  });

  test('Redshift without the flag follows the current provider default (false)', () => {
    expect(ds(model([res('aws_redshift_cluster.r', { cluster_identifier: 'r' })]), 'aws_redshift_cluster.r').publiclyAccessible).toMatchObject({ known: true, value: false });
  });

  test('terraform-aws-modules/rds: the flag and placement from the call', () => {
    const call: SourceResource = { ...res('module.db.x', { source: 'terraform-aws-modules/rds/aws', engine: 'mysql', publicly_accessible: true, subnet_ids: ['subnet-1'], create_db_subnet_group: true }), address: 'module.db', type: 'module' };
    const d = ds(model([call]), 'module.db.module.db_instance.aws_db_instance.this[0]');
    expect(d.publiclyAccessible).toMatchObject({ known: true, value: true });
    expect(d.subnets).toEqual([expect.objectContaining({ kind: 'external', value: 'subnet-1' })]);
    expect(d.ports).toEqual([3306]);
  });
});

describe('OpenSearch / Elasticsearch', () => {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'es:*' }] });

  test('vpc_options decides the placement; a separate domain policy replaces the inline one', () => {
    const m = model([
      res('aws_opensearch_domain.in_vpc', { domain_name: 'a', vpc_options: [{ subnet_ids: ['subnet-1'], security_group_ids: ['sg-1'] }] }),
      res('aws_elasticsearch_domain.public', { domain_name: 'b', access_policies: '{"Statement": []}' }),
      res('aws_elasticsearch_domain_policy.b', { domain_name: 'b', access_policies: policy }),
    ]);
    expect(ds(m, 'aws_opensearch_domain.in_vpc').inNetwork).toMatchObject({ known: true, value: true });
    const pub = ds(m, 'aws_elasticsearch_domain.public');
    expect(pub.inNetwork).toMatchObject({ known: true, value: false });
    expect(pub.accessPolicy).toMatchObject({ known: true, value: { address: 'aws_elasticsearch_domain_policy.b' } });
    expect(pub.accessPolicy?.known && pub.accessPolicy.value.statements).toHaveLength(1);
    expect(pub.engine).toMatchObject({ value: 'Elasticsearch' });
  });

  test('fine-grained access control is read from advanced_security_options', () => {
    const d = ds(model([res('aws_opensearch_domain.d', { domain_name: 'd', advanced_security_options: [{ enabled: true }] })]), 'aws_opensearch_domain.d');
    expect(d.requiresCredentials).toMatchObject({ known: true, value: true });
  });
});

describe('Alibaba Cloud databases', () => {
  test('RDS: security_ips, IP arrays and pg_hba addresses are allowlists; a db_connection is a public endpoint', () => {
    const m = model([
      res('alicloud_db_instance.db', {
        engine: 'PostgreSQL',
        security_ips: ['10.0.0.0/8', '0.0.0.0/0'],
        db_instance_ip_array: [{ db_instance_ip_array_name: 'ops', security_ips: ['203.0.113.0/24'] }],
        pg_hba_conf: [{ type: 'host', user: 'all', address: '0.0.0.0/0', database: 'all', method: 'md5', priority_id: 1 }],
      }),
      res('alicloud_db_connection.pub', { instance_id: ref('alicloud_db_instance.db.id'), connection_prefix: 'db', port: '3433' }),
    ]);
    const d = ds(m, 'alicloud_db_instance.db');
    expect(d.allowlists.map((l) => [l.name, l.entries.known && l.entries.value])).toEqual([
      ['security_ips', ['10.0.0.0/8', '0.0.0.0/0']],
      ['db_instance_ip_array ops', ['203.0.113.0/24']],
      ['pg_hba_conf[0].address', ['0.0.0.0/0']],
    ]);
    expect(d.publicEndpoints).toEqual([expect.objectContaining({ name: 'public connection', address: 'alicloud_db_connection.pub', ports: [3433], enabled: expect.objectContaining({ known: true, value: true }) })]);
    expect(d.ports).toEqual([5432]);
  });

  test('comma-separated allowlists are split; unknown ones stay unknown', () => {
    const m = model([
      res('alicloud_kvstore_instance.r', { security_ips: ['10.0.0.1,0.0.0.0/0'] }),
      res('alicloud_mongodb_instance.m', { security_ip_list: unknownValue('var.ips has no value') }),
    ]);
    expect(ds(m, 'alicloud_kvstore_instance.r').allowlists[0]!.entries).toMatchObject({ known: true, value: ['10.0.0.1', '0.0.0.0/0'] });
    expect(ds(m, 'alicloud_mongodb_instance.m').allowlists[0]!.entries).toMatchObject({ known: false, reason: 'var.ips has no value' });
  });

  test('Elasticsearch: the Kibana endpoint is on by default, the public endpoint off; whitelists are tied to their endpoint', () => {
    const d = ds(model([res('alicloud_elasticsearch_instance.es', { kibana_whitelist: ['0.0.0.0/0'], public_whitelist: ['1.2.3.4'], private_whitelist: ['0.0.0.0/0'] })]), 'alicloud_elasticsearch_instance.es');
    expect(d.publicEndpoints.map((e) => [e.name, e.enabled.known && e.enabled.value, e.ports])).toEqual([
      ['public endpoint', false, [9200]],
      ['Kibana public endpoint', true, [5601]],
    ]);
    expect(d.allowlists.map((l) => [l.name, l.appliesTo, l.endpoint])).toEqual([
      ['public_whitelist', 'public', 'public endpoint'],
      ['kibana_whitelist', 'public', 'Kibana public endpoint'],
      ['private_whitelist', 'private', undefined],
    ]);
  });
});

describe('compute', () => {
  test('EC2: an Elastic IP, an explicit flag, or a default-VPC launch gives a public address', () => {
    const m = model([
      res('aws_subnet.private', { vpc_id: 'vpc-1', cidr_block: '10.0.0.0/24' }),
      res('aws_instance.eip', { subnet_id: ref('aws_subnet.private.id') }),
      res('aws_eip_association.a', { instance_id: ref('aws_instance.eip.id'), allocation_id: 'eipalloc-1' }),
      res('aws_instance.flag', { subnet_id: ref('aws_subnet.private.id'), associate_public_ip_address: true }),
      res('aws_instance.default_vpc', {}),
      res('aws_instance.private', { subnet_id: ref('aws_subnet.private.id') }),
      res('aws_instance.elsewhere', { subnet_id: 'subnet-0abc' }),
    ]);
    const c = (id: string) => m.get(id) as Compute;
    expect(c('aws_instance.eip').publicIp).toMatchObject({ known: true, value: true });
    expect(c('aws_instance.eip').publicIpDetail).toContain('aws_eip_association.a');
    expect(c('aws_instance.flag').publicIp).toMatchObject({ known: true, value: true });
    expect(c('aws_instance.default_vpc')).toMatchObject({ defaultVpc: true, publicIp: { known: true, value: true } });
    expect(c('aws_instance.private').publicIp).toMatchObject({ known: true, value: false });
    expect(c('aws_instance.elsewhere').publicIp.known).toBe(false);
  });

  test('ECS: outbound bandwidth or an EIP association gives a public address', () => {
    const m = model([
      res('alicloud_instance.a', { internet_max_bandwidth_out: 5, security_groups: ['sg-1'] }),
      res('alicloud_instance.b', { internet_max_bandwidth_out: 0 }),
      res('alicloud_instance.c', {}),
      res('alicloud_eip_association.c', { instance_id: ref('alicloud_instance.c.id'), allocation_id: 'eip-1' }),
    ]);
    expect((m.get('alicloud_instance.a') as Compute).publicIp).toMatchObject({ known: true, value: true });
    expect((m.get('alicloud_instance.b') as Compute).publicIp).toMatchObject({ known: true, value: false });
    expect((m.get('alicloud_instance.c') as Compute).publicIp).toMatchObject({ known: true, value: true });
  });
});
