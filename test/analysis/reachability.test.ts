/**
 * The internet-reachability verdict on hand-built resources: the same database
 * in a public subnet with an open group (reachable, with its path), in a
 * private subnet, behind a NACL deny, behind a group limited to private ranges
 * (not reachable), and with facts left unknown (possibly, naming them).
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { createReachabilityAnalyzer } from '../../src/analysis/reachability.js';
import { buildModelIndex, type ModelResource } from '../../src/model/resources.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { createNormalizeContext } from '../../src/sources/terraform/normalize/common.js';
import { normalizeDatastores } from '../../src/sources/terraform/normalize/datastores.js';
import { normalizeNetwork } from '../../src/sources/terraform/normalize/network.js';
import { ref, res, resetLines, unknownValue } from '../normalize/source-builder.js';

function verdict(resources: SourceResource[], id: string) {
  const ctx = createNormalizeContext(resources);
  const model = buildModelIndex([...normalizeNetwork(ctx), ...normalizeDatastores(ctx)] as ModelResource[]);
  const target = model.byId.get(id);
  if (!target) throw new Error(`no model record ${id}`);
  return createReachabilityAnalyzer(model)(target);
}

const openIngress = (port: number, cidr = '0.0.0.0/0') => [{ from_port: port, to_port: port, protocol: 'tcp', cidr_blocks: [cidr] }];

/** A VPC with an internet gateway, a public and a private subnet, and a database in the subnet group given. */
function network(opts: { dbSubnet?: 'public' | 'private'; sgCidr?: string; acl?: Array<Record<string, unknown>>; aclEgress?: Array<Record<string, unknown>>; publiclyAccessible?: unknown } = {}): SourceResource[] {
  const out = [
    res('aws_vpc.main', { cidr_block: '10.0.0.0/16' }),
    res('aws_internet_gateway.gw', { vpc_id: ref('aws_vpc.main.id') }),
    res('aws_subnet.public', { vpc_id: ref('aws_vpc.main.id'), cidr_block: '10.0.1.0/24' }),
    res('aws_subnet.private', { vpc_id: ref('aws_vpc.main.id'), cidr_block: '10.0.2.0/24' }),
    res('aws_route_table.public', { vpc_id: ref('aws_vpc.main.id'), route: [{ cidr_block: '0.0.0.0/0', gateway_id: ref('aws_internet_gateway.gw.id') }] }),
    res('aws_route_table_association.public', { subnet_id: ref('aws_subnet.public.id'), route_table_id: ref('aws_route_table.public.id') }),
    res('aws_security_group.db', { vpc_id: ref('aws_vpc.main.id'), ingress: openIngress(5432, opts.sgCidr ?? '0.0.0.0/0') }),
    res('aws_db_subnet_group.db', { name: 'db', subnet_ids: [ref(`aws_subnet.${opts.dbSubnet ?? 'public'}.id`)] }),
    res('aws_db_instance.db', {
      engine: 'postgres',
      db_subnet_group_name: 'db',
      vpc_security_group_ids: [ref('aws_security_group.db.id')],
      publicly_accessible: opts.publiclyAccessible ?? true,
    }),
  ];
  if (opts.acl || opts.aclEgress)
    out.push(res('aws_network_acl.main', { vpc_id: ref('aws_vpc.main.id'), subnet_ids: [ref('aws_subnet.public.id')], ingress: opts.acl ?? [], egress: opts.aclEgress ?? [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }] }));
  return out;
}

beforeEach(() => resetLines());

describe('AWS database placement', () => {
  test('public subnet + open group + publicly_accessible: reachable, with every hop of the path', () => {
    const v = verdict(network(), 'aws_db_instance.db');
    expect(v.verdict).toBe('reachable');
    expect(v.ports).toEqual([{ from: 5432, to: 5432 }]);
    expect(v.path.map((h) => h.kind)).toEqual(['internet', 'internet-gateway', 'route', 'subnet', 'network-acl', 'security-group', 'public-flag', 'resource']);
    const byKind = Object.fromEntries(v.path.map((h) => [h.kind, h]));
    expect(byKind['internet-gateway']!.address).toBe('aws_internet_gateway.gw');
    expect(byKind.route!.address).toBe('aws_route_table.public');
    expect(byKind.subnet!.address).toBe('aws_subnet.public');
    expect(byKind['security-group']!.address).toBe('aws_security_group.db.ingress[0]');
    expect(byKind['security-group']!.loc?.file).toBe('main.tf');
    expect(v.missing).toEqual([]);
  });

  test('the same database in a private subnet (no internet-gateway route) is not reachable', () => {
    const v = verdict(network({ dbSubnet: 'private' }), 'aws_db_instance.db');
    expect(v.verdict).toBe('not-reachable');
    expect(v.blockedBy?.kind).toBe('route');
  });

  test('behind a NACL deny that comes first, it is not reachable', () => {
    const acl = [
      { rule_no: 50, action: 'deny', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 5432, to_port: 5432 },
      { rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 },
    ];
    const v = verdict(network({ acl }), 'aws_db_instance.db');
    expect(v.verdict).toBe('not-reachable');
    expect(v.blockedBy?.kind).toBe('network-acl');
    expect(v.blockedBy?.detail).toContain('rule 50 denies');
  });

  test('a deny numbered after the allow does not shadow it', () => {
    const acl = [
      { rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 },
      { rule_no: 200, action: 'deny', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 5432, to_port: 5432 },
    ];
    expect(verdict(network({ acl }), 'aws_db_instance.db').verdict).toBe('reachable');
  });

  test('a deny of a narrow range does not stop an attacker, who comes from elsewhere', () => {
    const acl = [
      { rule_no: 50, action: 'deny', protocol: 'tcp', cidr_block: '198.51.100.0/24', from_port: 5432, to_port: 5432 },
      { rule_no: 100, action: 'allow', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 5432, to_port: 5432 },
    ];
    expect(verdict(network({ acl }), 'aws_db_instance.db').verdict).toBe('reachable');
  });

  test('a NACL whose egress lets no return traffic out blocks the connection', () => {
    const acl = [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }];
    const v = verdict(network({ acl, aclEgress: [] }), 'aws_db_instance.db');
    expect(v.verdict).toBe('not-reachable');
    expect(v.blockedBy?.kind).toBe('network-acl');
  });

  test('a group limited to private ranges keeps it unreachable', () => {
    const v = verdict(network({ sgCidr: '10.0.0.0/8' }), 'aws_db_instance.db');
    expect(v.verdict).toBe('not-reachable');
    expect(v.blockedBy?.kind).toBe('security-group');
  });

  test('publicly_accessible = false closes it whatever the network', () => {
    const v = verdict(network({ publiclyAccessible: false }), 'aws_db_instance.db');
    expect(v.verdict).toBe('not-reachable');
    expect(v.blockedBy?.kind).toBe('public-flag');
  });

  test('an unknown flag gives "possibly", naming the missing fact', () => {
    const v = verdict(network({ publiclyAccessible: unknownValue('var.public has no value') }), 'aws_db_instance.db');
    expect(v.verdict).toBe('possibly');
    expect(v.missing.join(' ')).toContain('var.public has no value');
  });

  test('a subnet group outside the scan gives "possibly", not a pass and not an alarm', () => {
    const resources = [
      res('aws_security_group.db', { ingress: openIngress(3306) }),
      res('aws_db_instance.db', { engine: 'mysql', publicly_accessible: true, db_subnet_group_name: 'shared-subnets', vpc_security_group_ids: [ref('aws_security_group.db.id')] }),
    ];
    const v = verdict(resources, 'aws_db_instance.db');
    expect(v.verdict).toBe('possibly');
    expect(v.missing.join(' ')).toContain('shared-subnets');
    expect(v.ports).toEqual([{ from: 3306, to: 3306 }]);
  });

  test('no subnet group: the default VPC, public by AWS default, behind the named group', () => {
    const resources = [
      res('aws_security_group.db', { ingress: openIngress(3306) }),
      res('aws_db_instance.db', { engine: 'mysql', publicly_accessible: true, vpc_security_group_ids: [ref('aws_security_group.db.id')] }),
    ];
    const v = verdict(resources, 'aws_db_instance.db');
    expect(v.verdict).toBe('reachable');
    expect(v.path.some((h) => h.detail.includes('default VPC'))).toBe(true);
  });

  test('no group named: the VPC default group admits only its members', () => {
    const resources = [res('aws_db_instance.db', { engine: 'mysql', publicly_accessible: true })];
    const v = verdict(resources, 'aws_db_instance.db');
    expect(v.verdict).toBe('not-reachable');
    expect(v.blockedBy?.kind).toBe('security-group');
  });

  test('a group known only through a separate open rule is enough to open the port', () => {
    const resources = [
      ...network().filter((r) => r.address !== 'aws_security_group.db'),
      res('aws_security_group_rule.pg', { type: 'ingress', security_group_id: ref('aws_security_group.db.id'), from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }),
    ];
    const v = verdict(resources, 'aws_db_instance.db');
    expect(v.verdict).toBe('reachable');
    expect(v.path.find((h) => h.kind === 'security-group')?.address).toBe('aws_security_group_rule.pg');
  });

  test('ElastiCache is never internet-reachable, whatever its group says', () => {
    const resources = [...network(), res('aws_elasticache_cluster.cache', { engine: 'redis', security_group_ids: [ref('aws_security_group.db.id')] })];
    const v = verdict(resources, 'aws_elasticache_cluster.cache');
    expect(v.verdict).toBe('not-reachable');
  });
});

describe('OpenSearch outside a VPC', () => {
  const policy = (condition?: object) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: '*', ...(condition ? { Condition: condition } : {}) }] });

  test('an access policy open to * is a public way in', () => {
    const v = verdict([res('aws_elasticsearch_domain.logs', { domain_name: 'logs', access_policies: policy() })], 'aws_elasticsearch_domain.logs');
    expect(v.verdict).toBe('reachable');
    expect(v.path.map((h) => h.kind)).toEqual(['internet', 'public-endpoint', 'policy', 'resource']);
  });

  test('a source-IP condition restricts it', () => {
    const v = verdict([res('aws_elasticsearch_domain.logs', { domain_name: 'logs', access_policies: policy({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }) })], 'aws_elasticsearch_domain.logs');
    expect(v.verdict).toBe('not-reachable');
  });

  test('a separate domain policy is found by domain name', () => {
    const resources = [
      res('aws_elasticsearch_domain.logs', { domain_name: 'logs' }),
      res('aws_elasticsearch_domain_policy.logs', { domain_name: 'logs', access_policies: policy() }),
    ];
    const v = verdict(resources, 'aws_elasticsearch_domain.logs');
    expect(v.verdict).toBe('reachable');
    expect(v.path.find((h) => h.kind === 'policy')?.address).toBe('aws_elasticsearch_domain_policy.logs');
  });

  test('inside a VPC the endpoint is private', () => {
    const v = verdict([res('aws_opensearch_domain.logs', { domain_name: 'logs', access_policies: policy(), vpc_options: [{ subnet_ids: ['subnet-1'] }] })], 'aws_opensearch_domain.logs');
    expect(v.verdict).toBe('not-reachable');
  });
});

describe('Alibaba Cloud', () => {
  test('an RDS instance with a public connection and 0.0.0.0/0 in its allowlist is reachable', () => {
    const resources = [
      res('alicloud_db_instance.db', { engine: 'MySQL', security_ips: ['0.0.0.0/0'] }),
      res('alicloud_db_connection.public', { instance_id: ref('alicloud_db_instance.db.id'), connection_prefix: 'db' }),
    ];
    const v = verdict(resources, 'alicloud_db_instance.db');
    expect(v.verdict).toBe('reachable');
    expect(v.path.map((h) => h.kind)).toEqual(['internet', 'public-endpoint', 'allowlist', 'resource']);
  });

  test('without a public connection the open allowlist reaches only the VPC', () => {
    const v = verdict([res('alicloud_db_instance.db', { engine: 'MySQL', security_ips: ['0.0.0.0/0'] })], 'alicloud_db_instance.db');
    expect(v.verdict).toBe('not-reachable');
  });

  test('an allowlist from a variable with a public connection is "possibly"', () => {
    const resources = [
      res('alicloud_db_instance.db', { engine: 'MySQL', security_ips: unknownValue('var.ips has no value') }),
      res('alicloud_db_connection.public', { instance_id: ref('alicloud_db_instance.db.id') }),
    ];
    const v = verdict(resources, 'alicloud_db_instance.db');
    expect(v.verdict).toBe('possibly');
    expect(v.missing.join(' ')).toContain('var.ips');
  });

  test('Kibana is public by default: an open kibana_whitelist makes it reachable on 5601', () => {
    const v = verdict([res('alicloud_elasticsearch_instance.es', { version: '7.10', kibana_whitelist: ['0.0.0.0/0'], private_whitelist: ['0.0.0.0/0'] })], 'alicloud_elasticsearch_instance.es');
    expect(v.verdict).toBe('reachable');
    expect(v.ports).toEqual([{ from: 5601, to: 5601 }]);
  });

  const ecs = (rules: Array<Record<string, unknown>>) => [
    res('alicloud_security_group.sg', { vpc_id: 'vpc-1' }),
    ...rules.map((r, i) => res(`alicloud_security_group_rule.r${i}`, { type: 'ingress', ip_protocol: 'tcp', security_group_id: ref('alicloud_security_group.sg.id'), cidr_ip: '0.0.0.0/0', ...r })),
    res('alicloud_instance.vm', { security_groups: [ref('alicloud_security_group.sg.id')], vswitch_id: 'vsw-1', internet_max_bandwidth_out: 10 }),
  ];

  test('ECS with a public IP and an accept rule is reachable on that port', () => {
    const v = verdict(ecs([{ port_range: '6379/6379', policy: 'accept', priority: 1 }]), 'alicloud_instance.vm');
    expect(v.verdict).toBe('reachable');
    expect(v.ports).toEqual([{ from: 6379, to: 6379 }]);
  });

  test('at equal priority a drop beats an accept', () => {
    const v = verdict(ecs([{ port_range: '6379/6379', policy: 'accept', priority: 5 }, { port_range: '1/65535', policy: 'drop', priority: 5 }]), 'alicloud_instance.vm');
    expect(v.verdict).toBe('not-reachable');
  });

  test('a higher-priority accept wins over a lower-priority drop', () => {
    const v = verdict(ecs([{ port_range: '6379/6379', policy: 'accept', priority: 1 }, { port_range: '1/65535', policy: 'drop', priority: 10 }]), 'alicloud_instance.vm');
    expect(v.verdict).toBe('reachable');
  });

  test('no bandwidth out and no EIP: no public address', () => {
    const resources = ecs([{ port_range: '22/22' }]);
    resources[resources.length - 1] = res('alicloud_instance.vm', { security_groups: [ref('alicloud_security_group.sg.id')] });
    expect(verdict(resources, 'alicloud_instance.vm').verdict).toBe('not-reachable');
  });
});

describe('AWS compute', () => {
  test('an instance with a public IP in a public subnet is reachable on the ports its group opens', () => {
    const resources = [
      ...network(),
      res('aws_security_group.mongo', { vpc_id: ref('aws_vpc.main.id'), ingress: openIngress(27017) }),
      res('aws_instance.mongo', { subnet_id: ref('aws_subnet.public.id'), associate_public_ip_address: true, vpc_security_group_ids: [ref('aws_security_group.mongo.id')] }),
    ];
    const v = verdict(resources, 'aws_instance.mongo');
    expect(v.verdict).toBe('reachable');
    expect(v.ports).toEqual([{ from: 27017, to: 27017 }]);
    expect(v.path.map((h) => h.kind)).toContain('public-ip');
  });

  test('an Elastic IP gives the public address', () => {
    const resources = [
      ...network(),
      res('aws_instance.web', { subnet_id: ref('aws_subnet.public.id'), vpc_security_group_ids: [ref('aws_security_group.db.id')] }),
      res('aws_eip.web', { instance: ref('aws_instance.web.id') }),
    ];
    const v = verdict(resources, 'aws_instance.web');
    expect(v.verdict).toBe('reachable');
    expect(v.path.find((h) => h.kind === 'public-ip')?.detail).toContain('aws_eip.web');
  });
});
