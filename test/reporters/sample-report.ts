/**
 * Hand-built findings for reporter tests: every optional field used, plus
 * hostile strings of the kind a scanned file can put into a resource name, tag
 * or policy (markup, formula prefixes, quotes, newlines, @mentions).
 */
import type { Finding } from '../../src/findings/finding.js';
import { summarize, type NotAssessed, type PolicyChange, type ScanReport, type SkippedEntry } from '../../src/findings/report.js';
import type { RuleInfo } from '../../src/reporters/rule-info.js';

export const HOSTILE = `<img src="http://evil.example/x.png" onerror="window.__pwned=1"></script><script>window.__pwned=2</script> @octocat | =cmd|'/c calc'!A0`;

export const RULES: RuleInfo[] = [
  {
    id: 'LP-DB-001',
    slug: 'datastore-reachable-from-internet',
    title: 'Datastore reachable from the internet',
    severity: 'critical',
    category: 'public-datastore',
    description: 'The internet can open a connection to this datastore.',
    remediation: 'Move it to private subnets and close the security group.',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html'],
    frameworks: ['CIS-AWS-2.3.3'],
  },
  {
    id: 'LP-FW-002',
    slug: 'admin-port-open-to-world',
    title: 'Admin port open to the world',
    severity: 'high',
    category: 'open-firewall',
    description: 'SSH or RDP is open to 0.0.0.0/0.',
    remediation: 'Restrict the ingress CIDR.',
    references: [],
    frameworks: [],
  },
  {
    id: 'LP-ST-001',
    slug: 'bucket-public-acl',
    title: 'Bucket with a public ACL',
    severity: 'high',
    category: 'public-storage',
    description: 'The bucket ACL grants access to everyone.',
    remediation: 'Use a private ACL.',
    references: [],
    frameworks: [],
  },
];

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'LP-DB-001',
    title: 'Datastore reachable from the internet',
    category: 'public-datastore',
    severity: 'critical',
    message: 'aws_elasticsearch_domain.logs is reachable from the internet on tcp 9200',
    resource: { address: 'aws_elasticsearch_domain.logs', type: 'aws_elasticsearch_domain', provider: 'aws', region: 'us-west-2', sourceKind: 'terraform' },
    location: { file: 'examples/incident-2019/search.tf', startLine: 3, endLine: 20 },
    remediation: { text: 'Put the domain in a VPC.', snippet: { language: 'hcl', code: 'vpc_options {\n  subnet_ids = [aws_subnet.private.id]\n}\n' } },
    evidence: {
      path: [
        { kind: 'internet', address: 'internet', detail: '0.0.0.0/0' },
        { kind: 'internet-gateway', address: 'aws_internet_gateway.main', detail: 'attached to aws_vpc.main', loc: { file: 'examples/incident-2019/network.tf', startLine: 6, endLine: 8 } },
        { kind: 'resource', address: 'aws_elasticsearch_domain.logs', detail: 'tcp 9200', loc: { file: 'examples/incident-2019/search.tf', startLine: 3, endLine: 20 } },
      ],
      missing: ['the route table of subnet-1'],
      details: { jurisdiction: 'US' },
    },
    references: ['https://example.org/es'],
    frameworks: ['CIS-AWS-2.3.3'],
    fingerprint: '0123456789abcdef0123456789abcdef',
    ...overrides,
  };
}

export function report(findings: Finding[], extra: Partial<ScanReport> = {}): ScanReport {
  const errors = extra.errors ?? [];
  return {
    tool: { name: 'leakproof', version: '0.1.0' },
    findings,
    errors,
    notes: extra.notes ?? [],
    summary: summarize(findings, errors, 5, 12),
  };
}

/** A varied report: several rules, a hostile resource name, a suppressed finding, a live finding. */
export function sampleReport(): ScanReport {
  return report(
    [
      finding(),
      finding({
        ruleId: 'LP-FW-002',
        title: 'Admin port open to the world',
        category: 'open-firewall',
        severity: 'high',
        message: `security group ${HOSTILE} allows tcp 22 from 0.0.0.0/0`,
        resource: { address: `aws_security_group.${'x'}["${HOSTILE}"]`, type: 'aws_security_group', provider: 'aws', sourceKind: 'terraform' },
        location: { file: 'examples/incident-2019/network.tf', startLine: 40, endLine: 40 },
        remediation: { text: 'Restrict the CIDR.' },
        evidence: undefined,
        fingerprint: 'ffffffffffffffffffffffffffffffff',
      }),
      finding({
        ruleId: 'LP-ST-001',
        title: 'Bucket with a public ACL',
        category: 'public-storage',
        severity: 'high',
        message: 'aws_s3_bucket.exports is public-read',
        resource: { address: 'aws_s3_bucket.exports', type: 'aws_s3_bucket', provider: 'aws', sourceKind: 'terraform' },
        location: { file: 'examples/incident-2019/dir with space/storage.tf', startLine: 12, endLine: 14 },
        remediation: { text: 'Use a private ACL.' },
        evidence: undefined,
        fingerprint: 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
        suppressed: { kind: 'waiver', reason: 'public website assets, reviewed', expires: '2099-01-01' },
      }),
      finding({
        ruleId: 'LP-ST-001',
        title: 'Bucket with a public ACL',
        category: 'public-storage',
        severity: 'medium',
        message: 'bucket photos is public-read',
        resource: { address: 'arn:aws:s3:::photos', type: 'AWS::S3::Bucket', provider: 'aws', account: '123456789012', sourceKind: 'aws-live' },
        location: { file: 'arn:aws:s3:::photos', startLine: 0, endLine: 0 },
        remediation: { text: 'Use a private ACL.', snippet: { language: 'shell', code: 'aws s3api put-bucket-acl --bucket photos --acl private' } },
        evidence: undefined,
        fingerprint: 'dddddddddddddddddddddddddddddddd',
      }),
    ],
    { notes: ['module.vpc (registry source) was not evaluated'] },
  );
}

/**
 * Two parts of a live account that were not assessed: one plain with the failed
 * call, one with hostile text (markup, `|`, an @mention, a formula prefix) and no call.
 */
export const NOT_ASSESSED: NotAssessed[] = [
  {
    provider: 'aws',
    account: '123456789012',
    region: 'eu-central-2',
    service: 'ec2',
    scope: 'security groups',
    apiCall: 'ec2:DescribeSecurityGroups',
    reason: 'AccessDenied: not authorized to perform ec2:DescribeSecurityGroups',
  },
  {
    provider: 'aws',
    account: '210987654321',
    region: 'global',
    service: 's3',
    scope: `bucket ${HOSTILE}: policy`,
    reason: '=HYPERLINK("http://evil.example") timed out after 5 attempts',
  },
];

/** The sample report with the two not-assessed parts. */
export function sampleWithNotAssessed(): ScanReport {
  return { ...sampleReport(), notAssessed: NOT_ASSESSED };
}

/**
 * Policy changes as the policy stage reports them: two written by the scanned
 * tree itself (one with hostile text), one named on the command line.
 */
export const POLICY_CHANGES: PolicyChange[] = [
  { kind: 'rule-disabled', description: 'rules LP-FW-* disabled', source: { file: 'infra/.leakproof.yaml', line: 3 }, origin: 'discovered', findings: 2 },
  { kind: 'fail-on-changed', description: `fail-on lowered from high to none ${HOSTILE}`, source: { file: 'infra/.leakproof.yaml', line: 7 }, origin: 'discovered', findings: 1 },
  { kind: 'baseline', description: 'findings in the baseline are suppressed', source: { file: 'baseline.json' }, origin: 'command-line', findings: 4 },
];

/** Entries the walker passed over, one of each kind, one with hostile text. */
export const SKIPPED: SkippedEntry[] = [
  { path: 'infra/link-to-etc', kind: 'symlink', reason: 'a symlink pointing outside the scanned tree' },
  { path: 'infra/pipe', kind: 'special', reason: 'a FIFO' },
  { path: `infra/${HOSTILE}.tf`, kind: 'oversize', reason: 'larger than the limit of 5242880 bytes' },
  { path: 'infra/vendor', kind: 'excluded', reason: 'matches exclude vendor/**' },
];

/**
 * Control characters of every kind a file name or a quoted value can carry:
 * a terminal escape, a CRLF that forges a `leakproof:` error line, C1 (NEL),
 * NUL, a line separator, and bidi overrides and isolates.
 */
export const CONTROL = 'evil\u001b[31mRED\u001b[0m\r\nleakproof: forged.tf:1: fake error\u202egnp.exe\u2028\u0085\u0000\u2066end';
