import { beforeEach, describe, expect, test } from '@jest/globals';
import { networkAclExposures, securityGroupExposures } from '../../src/analysis/firewall-exposure.js';
import type { NetworkAcl, SecurityGroup } from '../../src/model/resources.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { createNormalizeContext } from '../../src/sources/terraform/normalize/common.js';
import { normalizeNetwork } from '../../src/sources/terraform/normalize/network.js';
import { ref, res, resetLines } from '../normalize/source-builder.js';

function record<T>(resources: SourceResource[], id: string): T {
  const r = normalizeNetwork(createNormalizeContext(resources)).find((x) => x.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r as T;
}

beforeEach(() => resetLines());

const aliRule = (name: string, attrs: Record<string, unknown>) =>
  res(`alicloud_security_group_rule.${name}`, { type: 'ingress', ip_protocol: 'tcp', cidr_ip: '0.0.0.0/0', security_group_id: ref('alicloud_security_group.sg.id'), ...attrs });

describe('security group exposures', () => {
  test('one exposure per declaration, classed by the most serious port it opens', () => {
    const g = record<SecurityGroup>(
      [
        res('aws_security_group.sg', {
          ingress: [
            { from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0', '::/0'] },
            { from_port: 20, to_port: 3400, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
            { from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
            { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
            { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['203.0.113.0/24'] },
            { from_port: -1, to_port: -1, protocol: 'icmp', cidr_blocks: ['0.0.0.0/0'] },
            { from_port: 3389, to_port: 3389, protocol: 'udp', cidr_blocks: ['0.0.0.0/0'] },
          ],
        }),
      ],
      'aws_security_group.sg',
    );
    const exposures = securityGroupExposures(g);
    expect(exposures.map((e) => [e.key.replace('aws_security_group.sg.', ''), e.class])).toEqual([
      ['ingress[0]', 'all'],
      ['ingress[1]', 'admin'],
      ['ingress[2]', 'database'],
      ['ingress[3]', 'other'],
      // RDP over UDP opens no shell on its own: another port.
      ['ingress[6]', 'other'],
    ]);
    expect(exposures[0]!.sources).toEqual(['0.0.0.0/0', '::/0']);
    expect(exposures[1]!.adminPorts.map((p) => p.name)).toEqual(['SSH', 'Telnet', 'RDP']);
    expect(exposures[1]!.databasePorts.map((p) => p.range.from)).toContain(3306);
  });

  test('Alibaba: a drop at higher or equal priority shadows the accept; a lower-priority drop does not', () => {
    const base = [res('alicloud_security_group.sg', { vpc_id: 'vpc-1' })];
    const shadowedTie = record<SecurityGroup>([...base, aliRule('a', { port_range: '22/22', policy: 'accept', priority: 5 }), aliRule('d', { port_range: '1/1024', policy: 'drop', priority: 5 })], 'alicloud_security_group.sg');
    expect(securityGroupExposures(shadowedTie)).toEqual([]);
    resetLines();
    const notShadowed = record<SecurityGroup>([...base, aliRule('a', { port_range: '22/22', policy: 'accept', priority: 5 }), aliRule('d', { port_range: '1/1024', policy: 'drop', priority: 6 })], 'alicloud_security_group.sg');
    expect(securityGroupExposures(notShadowed).map((e) => e.class)).toEqual(['admin']);
  });

  test('a partial drop leaves the rest of the range, named as shadowed', () => {
    const g = record<SecurityGroup>(
      [res('alicloud_security_group.sg', { vpc_id: 'vpc-1' }), aliRule('a', { port_range: '1/65535', priority: 10 }), aliRule('d', { port_range: '22/22', policy: 'drop', priority: 1 })],
      'alicloud_security_group.sg',
    );
    const [e] = securityGroupExposures(g);
    expect(e!.ports).toEqual([{ from: 1, to: 21 }, { from: 23, to: 65535 }]);
    expect(e!.shadowed).toEqual([{ from: 22, to: 22 }]);
    expect(e!.class).toBe('admin'); // RDP 3389 is still open
  });

  test('a drop from a narrow range, or of another IP version, shadows nothing', () => {
    const g = record<SecurityGroup>(
      [
        res('alicloud_security_group.sg', { vpc_id: 'vpc-1' }),
        aliRule('a', { port_range: '6379/6379', priority: 10 }),
        aliRule('d1', { port_range: '6379/6379', policy: 'drop', priority: 1, cidr_ip: '198.51.100.0/24' }),
        aliRule('d2', { port_range: '6379/6379', policy: 'drop', priority: 1, cidr_ip: undefined, ipv6_cidr_ip: '::/0' }),
      ],
      'alicloud_security_group.sg',
    );
    expect(securityGroupExposures(g).map((e) => e.class)).toEqual(['database']);
  });
});

describe('network ACL exposures', () => {
  const acl = (ingress: Array<Record<string, unknown>>) => record<NetworkAcl>([res('aws_network_acl.a', { vpc_id: 'vpc-1', ingress })], 'aws_network_acl.a');
  const entry = (rule_no: number, action: string, from_port: number, to_port: number, cidr_block = '0.0.0.0/0', protocol = 'tcp') => ({ rule_no, action, from_port, to_port, cidr_block, protocol });

  test('a lower-numbered deny shadows the allow; a higher-numbered one does not', () => {
    expect(networkAclExposures(acl([entry(100, 'allow', 22, 22), entry(50, 'deny', 0, 1000)]))).toEqual([]);
    resetLines();
    expect(networkAclExposures(acl([entry(100, 'allow', 22, 22), entry(200, 'deny', 0, 1000)])).map((e) => e.class)).toEqual(['admin']);
  });

  test('web ports and the return-traffic range are not reported; allow-all is', () => {
    expect(networkAclExposures(acl([entry(100, 'allow', 443, 443), entry(110, 'allow', 1024, 65535)]))).toEqual([]);
    resetLines();
    expect(networkAclExposures(acl([entry(100, 'allow', 0, 0, '0.0.0.0/0', '-1')])).map((e) => e.class)).toEqual(['all']);
  });
});

describe('where an exposure points', () => {
  test('at the caller when the world-wide range was written in another file (a module argument, a variable default)', () => {
    const inModule = { file: 'modules/sg/main.tf', startLine: 10, endLine: 20 };
    const atCaller = { file: 'main.tf', startLine: 7, endLine: 7 };
    const group: SecurityGroup = {
      id: 'module.sg.aws_security_group.this',
      kind: 'security-group',
      provider: 'aws',
      sourceKind: 'terraform',
      sourceType: 'aws_security_group',
      region: { known: true, value: 'us-east-1' },
      loc: inModule,
      tags: {},
      network: { kind: 'unknown', reason: 'test' },
      isDefault: false,
      rules: [
        {
          direction: 'ingress',
          protocol: { known: true, value: 'tcp' },
          ports: { known: true, value: { from: 22, to: 22 } },
          policy: { known: true, value: 'accept' },
          source: { kind: 'cidr', cidr: '0.0.0.0/0', loc: atCaller },
          loc: inModule,
          key: 'module.sg.aws_security_group_rule.ssh',
          address: 'module.sg.aws_security_group_rule.ssh',
        },
      ],
    };
    expect(securityGroupExposures(group)[0]!.loc).toEqual(atCaller);
    group.rules[0]!.source = { kind: 'cidr', cidr: '0.0.0.0/0', loc: { ...inModule, startLine: 12, endLine: 12 } };
    expect(securityGroupExposures(group)[0]!.loc).toEqual(inModule);
  });
});
