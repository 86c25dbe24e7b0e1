import { describe, expect, test } from '@jest/globals';
import { assessFramework, countStatuses, type RunCoverage } from '../../src/compliance/control-status.js';
import { parseFramework } from '../../src/compliance/load.js';
import type { Finding } from '../../src/findings/finding.js';
import { finding } from '../reporters/sample-report.js';

const FRAMEWORK = parseFramework(
  `framework: { id: t, name: Test, version: '1', provider: aws }
controls:
  - { id: ssh-v4, title: SSH from 0.0.0.0/0, rules: [{ id: LP-FW-002, ports: [22], sources: ipv4 }] }
  - { id: ssh-v6, title: SSH from ::/0, rules: [{ id: LP-FW-002, ports: [22], sources: ipv6 }] }
  - { id: rdp, title: RDP, rules: [{ id: LP-FW-002, ports: [3389] }] }
  - { id: rds, title: RDS not public, rules: [{ id: LP-DB-001, resource_types: [aws_db_instance, '*rds*'] }] }
  - { id: buckets, title: Buckets, rules: [LP-ST-001] }
  - { id: manual, title: A process, not_covered: people decide, informs: [LP-DB-001] }
`,
  'compliance/t.yaml',
).framework!;

const fw = (over: Partial<Finding> & { details?: Record<string, string> }): Finding => {
  const { details, ...rest } = over;
  return finding({
    ruleId: 'LP-FW-002',
    category: 'open-firewall',
    severity: 'high',
    resource: { address: 'aws_security_group.admin', type: 'aws_security_group', provider: 'aws', sourceKind: 'terraform' },
    evidence: { details: details ?? { sources: '0.0.0.0/0', ports: '22-22', protocol: 'tcp' } },
    suppressed: undefined,
    ...rest,
  });
};

const coverage = (over: Partial<RunCoverage> = {}): RunCoverage => ({
  rules: [
    { id: 'LP-FW-002', category: 'open-firewall' },
    { id: 'LP-DB-001', category: 'public-datastore' },
    { id: 'LP-ST-001', category: 'public-storage' },
  ],
  notAssessed: [],
  inputErrors: 0,
  providers: new Set(['aws']),
  ...over,
});

const statuses = (findings: Finding[], cov = coverage()) =>
  Object.fromEntries(assessFramework(FRAMEWORK, findings, cov).map((r) => [r.control.id, r.status]));

describe('control status', () => {
  test('nothing found: pass, except what no rule can test', () => {
    expect(statuses([])).toEqual({ 'ssh-v4': 'pass', 'ssh-v6': 'pass', rdp: 'pass', rds: 'pass', buckets: 'pass', manual: 'not covered' });
  });

  test('a finding fails only the controls its port, address family and resource type speak to', () => {
    const sshV4 = fw({});
    const rdsOpen = finding({ resource: { address: 'aws_db_instance.main', type: 'aws_db_instance', provider: 'aws', sourceKind: 'terraform' }, suppressed: undefined });
    const searchOpen = finding({ suppressed: undefined }); // an Elasticsearch domain: not an RDS instance
    expect(statuses([sshV4, searchOpen])).toMatchObject({ 'ssh-v4': 'fail', 'ssh-v6': 'pass', rdp: 'pass', rds: 'pass' });
    expect(statuses([rdsOpen])).toMatchObject({ rds: 'fail' });
    // A range that spans 3389 fails RDP; IPv4 and IPv6 together fail both families.
    expect(statuses([fw({ details: { sources: '0.0.0.0/0, ::/0', ports: '0-4000' } })])).toMatchObject({ 'ssh-v4': 'fail', 'ssh-v6': 'fail', rdp: 'fail' });
  });

  test('the failing findings and the informing ones are listed', () => {
    const results = assessFramework(FRAMEWORK, [fw({}), finding({ suppressed: undefined })], coverage());
    expect(results.find((r) => r.control.id === 'ssh-v4')!.failing.map((f) => f.resource.address)).toEqual(['aws_security_group.admin']);
    const manual = results.find((r) => r.control.id === 'manual')!;
    expect(manual.status).toBe('not covered');
    expect(manual.reason).toBe('people decide');
    expect(manual.evidence.map((f) => f.ruleId)).toEqual(['LP-DB-001']);
  });

  test('only suppressed findings: waived, with the reason', () => {
    const r = assessFramework(FRAMEWORK, [fw({ suppressed: { kind: 'waiver', reason: 'bastion (owner: ops)', expires: '2099-01-01' } })], coverage());
    const ssh = r.find((x) => x.control.id === 'ssh-v4')!;
    expect(ssh.status).toBe('waived');
    expect(ssh.reason).toContain('waiver: bastion (owner: ops)');
  });

  test('gaps are never a pass', () => {
    // The rule did not run.
    expect(statuses([], coverage({ rules: [{ id: 'LP-DB-001', category: 'public-datastore' }] }))).toMatchObject({ 'ssh-v4': 'not assessed', rds: 'pass' });
    // No AWS resource in the input at all.
    expect(statuses([], coverage({ providers: new Set(['alicloud']) }))).toMatchObject({ 'ssh-v4': 'not assessed', buckets: 'not assessed' });
    // An input error.
    expect(statuses([], coverage({ inputErrors: 1 }))).toMatchObject({ buckets: 'not assessed' });
    // A not-assessed S3 part leaves the firewall controls alone, but not the bucket control; a failure still fails.
    const s3Denied = [{ provider: 'aws', account: '111122223333', region: 'global', service: 's3', scope: 'bucket listing', reason: 'AccessDenied' }];
    expect(statuses([fw({})], coverage({ notAssessed: s3Denied }))).toMatchObject({ 'ssh-v4': 'fail', 'ssh-v6': 'pass', buckets: 'not assessed' });
    // An unknown service, or a whole region, may have held anything.
    const regionDown = [{ provider: 'aws', account: '111122223333', region: 'ap-east-1', service: '*', scope: 'every service', reason: 'opt-in' }];
    expect(statuses([], coverage({ notAssessed: regionDown }))).toMatchObject({ 'ssh-v4': 'not assessed', rds: 'not assessed', buckets: 'not assessed' });
    // Another cloud's gap does not count against an AWS framework.
    const aliGap = [{ provider: 'alicloud', account: '1', region: 'cn-hangzhou', service: '*', scope: 'x', reason: 'y' }];
    expect(statuses([], coverage({ notAssessed: aliGap }))).toMatchObject({ 'ssh-v4': 'pass' });
  });

  test('another cloud\'s findings do not fail a single-cloud framework', () => {
    const ali = fw({ resource: { address: 'alicloud_security_group.a', type: 'alicloud_security_group', provider: 'alicloud', sourceKind: 'terraform' } });
    expect(statuses([ali])).toMatchObject({ 'ssh-v4': 'pass' });
  });

  test('counts by status', () => {
    expect(countStatuses(assessFramework(FRAMEWORK, [fw({})], coverage()))).toEqual({ fail: 1, 'not assessed': 0, waived: 0, pass: 4, 'not covered': 1 });
  });
});
