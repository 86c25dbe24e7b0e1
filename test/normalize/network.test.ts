import { beforeEach, describe, expect, test } from '@jest/globals';
import type { ModelResource, NetworkAcl, RouteTable, SecurityGroup, Subnet } from '../../src/model/resources.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { createNormalizeContext } from '../../src/sources/terraform/normalize/common.js';
import { normalizeNetwork } from '../../src/sources/terraform/normalize/network.js';
import { ref, res, resetLines, unknownValue } from './source-builder.js';

function model(resources: SourceResource[]): Map<string, ModelResource> {
  return new Map(normalizeNetwork(createNormalizeContext(resources)).map((r) => [r.id, r]));
}

function moduleCall(address: string, attrs: Record<string, unknown>): SourceResource {
  return { ...res(`${address}.x`, attrs), address, type: 'module' };
}

beforeEach(() => resetLines());

describe('security groups', () => {
  test('inline rules: one FirewallRule per source, sharing the block key and location', () => {
    const g = model([
      res('aws_security_group.web', {
        vpc_id: ref('aws_vpc.main.id'),
        ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'], ipv6_cidr_blocks: ['::/0'] }],
        egress: [{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }],
      }),
    ]).get('aws_security_group.web') as SecurityGroup;
    const ingress = g.rules.filter((r) => r.direction === 'ingress');
    expect(ingress.map((r) => (r.source.kind === 'cidr' ? r.source.cidr : r.source.kind))).toEqual(['10.0.0.0/8', '0.0.0.0/0', '::/0']);
    expect(new Set(ingress.map((r) => r.key))).toEqual(new Set(['aws_security_group.web.ingress[0]']));
    expect(ingress[0]!.ports).toMatchObject({ known: true, value: { from: 22, to: 22 } });
    expect(ingress[0]!.loc?.startLine).toBeGreaterThan(g.loc.startLine);
    const egress = g.rules.find((r) => r.direction === 'egress')!;
    expect(egress.protocol).toMatchObject({ known: true, value: 'all' });
    expect(egress.ports).toMatchObject({ known: true, value: { from: 0, to: 65535 } });
  });

  test('separate rule resources fold into their group with their own address; self and group sources are kept', () => {
    const m = model([
      res('aws_security_group.db', { vpc_id: 'vpc-1' }),
      res('aws_security_group.app', { vpc_id: 'vpc-1' }),
      res('aws_security_group_rule.pg', { type: 'ingress', from_port: 5432, to_port: 5432, protocol: 'tcp', source_security_group_id: ref('aws_security_group.app.id'), security_group_id: ref('aws_security_group.db.id') }),
      res('aws_security_group_rule.self', { type: 'ingress', from_port: 0, to_port: 0, protocol: '-1', self: true, security_group_id: ref('aws_security_group.db.id') }),
      res('aws_vpc_security_group_ingress_rule.https', { security_group_id: ref('aws_security_group.db.id'), ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0' }),
    ]);
    const db = m.get('aws_security_group.db') as SecurityGroup;
    expect(db.rules.map((r) => r.address)).toEqual(['aws_security_group_rule.pg', 'aws_security_group_rule.self', 'aws_vpc_security_group_ingress_rule.https']);
    expect(db.rules[0]!.source).toEqual({ kind: 'group', link: expect.objectContaining({ kind: 'resource', id: 'aws_security_group.app' }) });
    expect(db.rules[1]!.source).toEqual({ kind: 'group', link: { kind: 'resource', id: 'aws_security_group.db' } });
    expect(db.rules[2]!.source).toMatchObject({ kind: 'cidr', cidr: '0.0.0.0/0' });
    expect(db.relatedLocs).toHaveLength(3);
  });

  test('a rule for a group outside the scan gets a record of its own that says so', () => {
    const m = model([res('aws_security_group_rule.ssh', { type: 'ingress', from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], security_group_id: ref('aws_security_group.default.id') })]);
    const g = m.get('aws_security_group.default') as SecurityGroup;
    expect(g.declared).toBe(false);
    expect(g.rules[0]!.address).toBe('aws_security_group_rule.ssh');
  });

  test('a rule whose group id is unknown and unlinked is still kept', () => {
    const m = model([res('aws_security_group_rule.ssh', { type: 'ingress', from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], security_group_id: unknownValue('reference to an undeclared resource') })]);
    const g = m.get('aws_security_group_rule.ssh') as SecurityGroup;
    expect(g.declared).toBe(false);
    expect(g.rules).toHaveLength(1);
  });

  test('unknown CIDRs stay unknown sources, never a guess', () => {
    const g = model([res('aws_security_group.x', { ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: unknownValue('var.cidrs has no value') }] })]).get('aws_security_group.x') as SecurityGroup;
    expect(g.rules[0]!.source).toEqual({ kind: 'unknown', reason: 'cidr_blocks: var.cidrs has no value' });
  });

  test('Alibaba rules: policy and priority (defaults accept and 1), port_range, nic_type', () => {
    const m = model([
      res('alicloud_security_group.sg', { vpc_id: 'vpc-1' }),
      res('alicloud_security_group_rule.a', { type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '0.0.0.0/0', nic_type: 'internet', security_group_id: ref('alicloud_security_group.sg.id') }),
      res('alicloud_security_group_rule.d', { type: 'ingress', ip_protocol: 'all', port_range: '-1/-1', policy: 'drop', priority: 100, cidr_ip: '0.0.0.0/0', security_group_id: ref('alicloud_security_group.sg.id') }),
    ]);
    const [a, d] = (m.get('alicloud_security_group.sg') as SecurityGroup).rules;
    expect(a).toMatchObject({ policy: { known: true, value: 'accept' }, priority: { known: true, value: 1 }, nicType: 'internet', ports: { value: { from: 22, to: 22 } } });
    expect(d).toMatchObject({ policy: { value: 'drop' }, priority: { value: 100 }, protocol: { value: 'all' }, ports: { value: { from: 0, to: 65535 } } });
  });

  test('aws_db_security_group is a database-scoped group', () => {
    const g = model([res('aws_db_security_group.legacy', { name: 'legacy', ingress: [{ cidr: '0.0.0.0/0' }] })]).get('aws_db_security_group.legacy') as SecurityGroup;
    expect(g.scope).toBe('database');
    expect(g.rules[0]!.source).toEqual({ kind: 'cidr', cidr: '0.0.0.0/0' });
  });

  test('terraform-aws-modules/security-group: named rules with the module-wide CIDRs, maps with their own', () => {
    const g = model([
      moduleCall('module.sg', {
        source: 'terraform-aws-modules/security-group/aws',
        ingress_cidr_blocks: ['0.0.0.0/0'],
        ingress_rules: ['ssh-tcp', 'https-443-tcp'],
        ingress_with_cidr_blocks: [{ rule: 'postgresql-tcp', cidr_blocks: '10.0.0.0/16' }],
      }),
    ]).get('module.sg.aws_security_group.this[0]') as SecurityGroup;
    expect(g.rules.map((r) => [r.key, r.ports.known ? r.ports.value.from : '?', r.source.kind === 'cidr' ? r.source.cidr : '?'])).toEqual([
      ['module.sg.ingress_rules[0]', 22, '0.0.0.0/0'],
      ['module.sg.ingress_rules[1]', 443, '0.0.0.0/0'],
      ['module.sg.ingress_with_cidr_blocks[0]', 5432, '10.0.0.0/16'],
    ]);
  });

  test('a security-group submodule adds its own rules; the root module without rules opens nothing', () => {
    const m = model([
      moduleCall('module.ssh', { source: 'terraform-aws-modules/security-group/aws//modules/ssh', ingress_cidr_blocks: ['0.0.0.0/0'] }),
      moduleCall('module.none', { source: 'terraform-aws-modules/security-group/aws', ingress_cidr_blocks: ['0.0.0.0/0'] }),
    ]);
    expect((m.get('module.ssh.aws_security_group.this[0]') as SecurityGroup).rules.map((r) => r.ports.known && r.ports.value.from)).toEqual([22]);
    expect((m.get('module.none.aws_security_group.this[0]') as SecurityGroup).rules).toEqual([]);
  });
});

describe('routes, subnets and ACLs', () => {
  test('inline routes, associations and the subnet link back', () => {
    const m = model([
      res('aws_vpc.main', { cidr_block: '10.0.0.0/16' }),
      res('aws_internet_gateway.gw', { vpc_id: ref('aws_vpc.main.id') }),
      res('aws_subnet.a', { vpc_id: ref('aws_vpc.main.id'), cidr_block: '10.0.1.0/24' }),
      res('aws_route_table.public', { vpc_id: ref('aws_vpc.main.id'), route: [{ cidr_block: '0.0.0.0/0', gateway_id: ref('aws_internet_gateway.gw.id') }, { cidr_block: '10.1.0.0/16', nat_gateway_id: 'nat-1' }] }),
      res('aws_route_table_association.a', { subnet_id: ref('aws_subnet.a.id'), route_table_id: ref('aws_route_table.public.id') }),
    ]);
    const rt = m.get('aws_route_table.public') as RouteTable;
    expect(rt.routes.map((r) => r.target.kind)).toEqual(['internet-gateway', 'nat-gateway']);
    expect(rt.subnets.map((s) => s.kind === 'resource' && s.id)).toEqual(['aws_subnet.a']);
    expect((m.get('aws_subnet.a') as Subnet).routeTable).toMatchObject({ kind: 'resource', id: 'aws_route_table.public' });
  });

  test('a route added to a VPC main table through main_route_table_id makes an implicit main table', () => {
    const m = model([
      res('aws_vpc.main', { cidr_block: '10.0.0.0/16' }),
      res('aws_route.default', { route_table_id: ref('aws_vpc.main.main_route_table_id'), destination_cidr_block: '0.0.0.0/0', gateway_id: 'igw-123' }),
    ]);
    const rt = m.get('aws_vpc.main#main_route_table') as RouteTable;
    expect(rt.isMain).toMatchObject({ known: true, value: true });
    expect(rt.routes[0]).toMatchObject({ address: 'aws_route.default', target: { kind: 'internet-gateway' } });
  });

  test('gateway_id that is not an internet gateway is not taken for one', () => {
    const rt = model([
      res('aws_vpn_gateway.vpn', { vpc_id: 'vpc-1' }),
      res('aws_route_table.r', { vpc_id: 'vpc-1', route: [{ cidr_block: '0.0.0.0/0', gateway_id: ref('aws_vpn_gateway.vpn.id') }, { cidr_block: '10.0.0.0/8', gateway_id: 'local' }] }),
    ]).get('aws_route_table.r') as RouteTable;
    expect(rt.routes.map((r) => r.target.kind)).toEqual(['other', 'local']);
  });

  test('default subnets hand out public addresses; other subnets only when asked', () => {
    const m = model([res('aws_default_subnet.a', { availability_zone: 'us-east-1a' }), res('aws_subnet.b', { vpc_id: 'vpc-1', cidr_block: '10.0.0.0/24' })]);
    expect((m.get('aws_default_subnet.a') as Subnet).mapPublicIp).toMatchObject({ known: true, value: true });
    expect((m.get('aws_subnet.b') as Subnet).mapPublicIp).toMatchObject({ known: true, value: false });
  });

  test('NACL inline entries, separate rules and associations', () => {
    const m = model([
      res('aws_vpc.main', { cidr_block: '10.0.0.0/16' }),
      res('aws_subnet.a', { vpc_id: ref('aws_vpc.main.id'), cidr_block: '10.0.1.0/24' }),
      res('aws_network_acl.acl', { vpc_id: ref('aws_vpc.main.id'), ingress: [{ rule_no: 100, action: 'allow', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22 }] }),
      res('aws_network_acl_rule.deny', { network_acl_id: ref('aws_network_acl.acl.id'), rule_number: 50, egress: false, protocol: '-1', rule_action: 'deny', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }),
      res('aws_network_acl_association.a', { network_acl_id: ref('aws_network_acl.acl.id'), subnet_id: ref('aws_subnet.a.id') }),
    ]);
    const acl = m.get('aws_network_acl.acl') as NetworkAcl;
    expect(acl.entries.map((e) => [e.ruleNumber.known && e.ruleNumber.value, e.action.known && e.action.value, e.key])).toEqual([
      [100, 'allow', 'aws_network_acl.acl.ingress[0]'],
      [50, 'deny', 'aws_network_acl_rule.deny'],
    ]);
    expect((m.get('aws_subnet.a') as Subnet).networkAcl).toMatchObject({ kind: 'resource', id: 'aws_network_acl.acl' });
  });

  test("a rule added to a VPC's untouched default ACL sits beside AWS's allow-all entries", () => {
    const acl = model([
      res('aws_vpc.main', { cidr_block: '10.0.0.0/16' }),
      res('aws_network_acl_rule.deny_ssh', { network_acl_id: ref('aws_vpc.main.default_network_acl_id'), rule_number: 10, protocol: 'tcp', rule_action: 'deny', cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22 }),
    ]).get('aws_vpc.main#default_network_acl') as NetworkAcl;
    expect(acl.isDefault).toBe(true);
    expect(acl.entries.filter((e) => !e.egress).map((e) => e.ruleNumber.known && e.ruleNumber.value)).toEqual([100, 101, 10]);
  });

  test('terraform-aws-modules/vpc: the default ACL from v5 on, none from v3 unless asked', () => {
    const m = model([
      moduleCall('module.v5', { source: 'terraform-aws-modules/vpc/aws', version: '~> 5.0' }),
      moduleCall('module.v3', { source: 'terraform-aws-modules/vpc/aws', version: '3.7.0' }),
      moduleCall('module.v3managed', { source: 'terraform-aws-modules/vpc/aws', version: '3.7.0', manage_default_network_acl: true, default_network_acl_ingress: [{ rule_no: 10, action: 'allow', protocol: 'tcp', from_port: 22, to_port: 22, cidr_block: '0.0.0.0/0' }] }),
    ]);
    expect((m.get('module.v5.aws_default_network_acl.this[0]') as NetworkAcl).entries.map((e) => e.cidr.known && e.cidr.value)).toEqual(['0.0.0.0/0', '::/0']);
    expect(m.has('module.v3.aws_default_network_acl.this[0]')).toBe(false);
    expect((m.get('module.v3managed.aws_default_network_acl.this[0]') as NetworkAcl).entries[0]).toMatchObject({ ports: { value: { from: 22, to: 22 } }, ruleNumber: { value: 10 } });
  });
});
