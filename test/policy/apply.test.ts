import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/findings/finding.js';
import { failsGate } from '../../src/findings/report.js';
import { applyPolicy, evaluatePolicy } from '../../src/policy/apply.js';
import { baselineOf } from '../../src/policy/baseline.js';
import { parseConfig } from '../../src/policy/config.js';
import type { FindingFilters } from '../../src/policy/rule-selection.js';
import { finding, report } from '../reporters/sample-report.js';

const MAIN_TF = `resource "aws_db_instance" "accounts" { # leakproof:ignore LP-DB-002 migration window, see TICKET-42
  engine              = "postgres"
  publicly_accessible = true
}

# leakproof:ignore LP-FW-002 bastion for the on-call team exp:2099-01-01
resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"] # leakproof:ignore LP-FW-001 only the bastion
  }
}

resource "aws_security_group" "old" {
  # leakproof:ignore LP-FW-002 legacy exp:2020-01-01
  ingress {
    from_port = 3389
  }
}

# leakproof:ignore LP-ST-001
resource "aws_s3_bucket" "logs" {
}

# leakproof:ignore LP-ST-002 nothing here triggers this
resource "aws_s3_bucket" "quiet" {
}
`;

const TODAY = '2025-06-01';

function at(ruleId: string, address: string, startLine: number, endLine = startLine, extra: Partial<Finding> = {}): Finding {
  return finding({
    ruleId,
    severity: 'high',
    resource: { address, type: address.split('.').slice(-2)[0]!, provider: 'aws', sourceKind: 'terraform' },
    location: { file: 'main.tf', startLine, endLine },
    fingerprint: `${ruleId}:${address}:${startLine}`,
    ...extra,
  });
}

describe('policy', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'leakproof-policy-'));
    writeFileSync(path.join(dir, 'main.tf'), MAIN_TF);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (findings: Finding[], extra: Parameters<typeof evaluatePolicy>[1] = {}) => evaluatePolicy(report(findings), { cwd: dir, today: TODAY, ...extra });
  const byRule = (fs: Finding[], ruleId: string) => fs.find((f) => f.ruleId === ruleId)!;

  describe('inline suppression comments', () => {
    test('on the resource first line, suppressing a finding that points at an attribute', () => {
      const out = run([at('LP-DB-002', 'aws_db_instance.accounts', 3)]);
      expect(out.report.findings[0]!.suppressed).toEqual({ kind: 'inline', reason: 'migration window, see TICKET-42' });
      expect(failsGate(out.report.findings, 'high')).toBe(false);
      expect(out.report.summary).toMatchObject({ findings: 0, suppressed: 1 });
    });

    test('on the line above the resource, with an expiry in the future', () => {
      const out = run([at('LP-FW-002', 'aws_security_group.bastion', 7, 13)]);
      expect(out.report.findings[0]!.suppressed).toEqual({ kind: 'inline', reason: 'bastion for the on-call team', expires: '2099-01-01' });
    });

    test("on the attribute's line", () => {
      const out = run([at('LP-FW-001', 'aws_security_group.bastion', 11)]);
      expect(out.report.findings[0]!.suppressed?.reason).toBe('only the bastion');
    });

    test('only for the rule it names', () => {
      const out = run([at('LP-DB-001', 'aws_db_instance.accounts', 1, 4)]);
      expect(out.report.findings[0]!.suppressed).toBeUndefined();
      expect(failsGate(out.report.findings, 'high')).toBe(true);
    });

    test('an expired comment stops suppressing and is named in a warning', () => {
      const out = run([at('LP-FW-002', 'aws_security_group.old', 15, 20)]);
      expect(out.report.findings[0]!.suppressed).toBeUndefined();
      expect(out.warnings).toContain('main.tf:16 leakproof:ignore LP-FW-002 expired on 2020-01-01; it no longer suppresses');
      expect(out.report.notes).toContain('warning: main.tf:16 leakproof:ignore LP-FW-002 expired on 2020-01-01; it no longer suppresses');
    });

    test('a comment without a reason suppresses nothing and says so', () => {
      const out = run([at('LP-ST-001', 'aws_s3_bucket.logs', 23, 24)]);
      expect(out.report.findings[0]!.suppressed).toBeUndefined();
      expect(out.warnings).toContain('main.tf:22: leakproof:ignore LP-ST-001 has no reason, so it suppresses nothing; say why the finding is accepted');
    });

    test('unused comments are reported, including ones in files without findings', () => {
      const out = run([at('LP-DB-002', 'aws_db_instance.accounts', 3)]);
      expect(out.unused.map((u) => u.where)).toEqual(['main.tf:6', 'main.tf:11', 'main.tf:16', 'main.tf:26']);
      writeFileSync(path.join(dir, 'other.tf'), '# leakproof:ignore LP-DB-001 stale\nresource "aws_db_instance" "gone" {}\n');
      const withFiles = run([], { commentFiles: ['other.tf'] });
      expect(withFiles.unused).toEqual([{ kind: 'inline', where: 'other.tf:1', description: 'other.tf:1 leakproof:ignore LP-DB-001 matches no finding' }]);
    });

    test('sources hand over their own suppressions (CloudFormation Metadata) by resource', () => {
      const f = at('LP-DB-001', 'Database', 30, 40, { location: { file: 'template.yaml', startLine: 30, endLine: 40 } });
      const out = run([f], {
        sourceSuppressions: [
          { ruleIds: ['LP-DB-001'], reason: 'internal only', origin: { file: 'template.yaml', line: 33 }, target: { kind: 'resource', resource: 'Database' } },
          { ruleIds: ['LP-DB-001'], reason: 'stale', origin: { file: 'template.yaml', line: 80 }, target: { kind: 'resource', resource: 'Removed' } },
        ],
      });
      expect(out.report.findings[0]!.suppressed).toEqual({ kind: 'inline', reason: 'internal only' });
      expect(out.unused.map((u) => u.where)).toEqual(['template.yaml:80']);
    });

    test('every directive that suppressed something is a policy change from the scanned tree, with its count', () => {
      const out = run([at('LP-DB-001', 'Database', 30, 40, { location: { file: 'template.yaml', startLine: 30, endLine: 40 } }), at('LP-DB-001', 'Database', 50, 50, { location: { file: 'template.yaml', startLine: 50, endLine: 50 }, fingerprint: 'second' }), at('LP-DB-002', 'aws_db_instance.accounts', 2, 2)], {
        sourceSuppressions: [{ ruleIds: ['LP-DB-001'], reason: 'internal only', origin: { file: 'template.yaml', line: 33 }, target: { kind: 'resource', resource: 'Database' } }],
      });
      expect(out.report.policyChanges).toEqual([
        { kind: 'inline-suppression', description: 'leakproof:ignore LP-DB-002: migration window, see TICKET-42', source: { file: 'main.tf', line: 1 }, origin: 'discovered', findings: 1 },
        { kind: 'inline-suppression', description: 'leakproof:ignore LP-DB-001 on Database: internal only', source: { file: 'template.yaml', line: 33 }, origin: 'discovered', findings: 2 },
      ]);
      expect(out.discoveredSummary).toEqual(['2 suppression comments in the scanned files suppressed 3 findings; see the report']);
    });
  });

  describe('config waivers', () => {
    const config = parseConfig(
      [
        'waivers:',
        '  - rule: LP-ST-*',
        '    resource: aws_s3_bucket.website_*',
        '    reason: static website, reviewed',
        '    owner: web-team',
        '    expires: 2099-12-31',
        '  - rule: LP-DB-001',
        '    resource: module.legacy.*',
        '    reason: being decommissioned',
        '    owner: dba',
        '    expires: 2025-01-31',
        '  - rule: LP-FW-003',
        '    resource: "*"',
        '    reason: never matches',
      ].join('\n'),
      path.join('/repo', '.leakproof.yaml'),
    ).config;

    test('a waiver suppresses matching findings with its reason and owner', () => {
      const out = run([at('LP-ST-001', 'aws_s3_bucket.website_assets', 1), at('LP-ST-001', 'aws_s3_bucket.private', 2)], { config });
      const [site, priv] = [out.report.findings.find((f) => f.resource.address.endsWith('assets'))!, out.report.findings.find((f) => f.resource.address.endsWith('private'))!];
      expect(site.suppressed).toEqual({ kind: 'waiver', reason: 'static website, reviewed (owner: web-team)', expires: '2099-12-31' });
      expect(priv.suppressed).toBeUndefined();
    });

    test('an expired waiver stops suppressing, and a warning names it', () => {
      const out = run([at('LP-DB-001', 'module.legacy.aws_db_instance.this[0]', 1)], { config });
      expect(out.report.findings[0]!.suppressed).toBeUndefined();
      expect(failsGate(out.report.findings, 'high')).toBe(true);
      expect(out.warnings).toContain('waiver .leakproof.yaml:7 (LP-DB-001 on module.legacy.*, owner dba) expired on 2025-01-31; it no longer suppresses (1 finding count again)'.replace('.leakproof.yaml', path.relative(process.cwd(), '/repo/.leakproof.yaml')));
    });

    test('a waiver is valid through its expiry day', () => {
      const out = run([at('LP-ST-001', 'aws_s3_bucket.website_a', 1)], { config, today: '2099-12-31' });
      expect(out.report.findings[0]!.suppressed?.kind).toBe('waiver');
      expect(run([at('LP-ST-001', 'aws_s3_bucket.website_a', 1)], { config, today: '2100-01-01' }).report.findings[0]!.suppressed).toBeUndefined();
    });

    test('waivers that match nothing are reported as unused', () => {
      const out = run([at('LP-ST-001', 'aws_s3_bucket.website_assets', 1)], { config });
      expect(out.unused.filter((u) => u.kind === 'waiver').map((u) => u.description)).toEqual([expect.stringContaining('(LP-FW-003 on *) matches no finding')]);
    });
  });

  describe('baseline', () => {
    test('baselined findings are suppressed; only new ones fail; gone ones are counted', () => {
      const old = [at('LP-DB-001', 'aws_db_instance.a', 1), at('LP-FW-001', 'aws_security_group.b', 5), at('LP-ST-001', 'aws_s3_bucket.c', 9)];
      const baseline = baselineOf(old, 'leakproof 0.1.0');
      expect(baseline.findings).toHaveLength(3);
      // Next run: a is still there (moved down a line, same fingerprint), c was fixed, d is new.
      const now = [{ ...old[0]!, location: { file: 'main.tf', startLine: 2, endLine: 2 } }, old[1]!, at('LP-DB-001', 'aws_db_instance.d', 12)];
      const out = run(now, { baseline: { file: '.leakproof-baseline.json', baseline } });
      const suppressedKinds = out.report.findings.map((f) => [f.resource.address, f.suppressed?.kind]);
      expect(suppressedKinds).toEqual(
        expect.arrayContaining([
          ['aws_db_instance.a', 'baseline'],
          ['aws_security_group.b', 'baseline'],
          ['aws_db_instance.d', undefined],
        ]),
      );
      expect(out.baseline).toEqual({ file: '.leakproof-baseline.json', matched: 2, gone: 1 });
      expect(out.report.notes).toContain('baseline .leakproof-baseline.json: 2 baselined findings still present, 1 gone (fixed)');
      expect(failsGate(out.report.findings, 'high')).toBe(true);
      expect(failsGate(out.report.findings.filter((f) => f.resource.address !== 'aws_db_instance.d'), 'high')).toBe(false);
    });

    test('a baseline records only findings that still count', () => {
      const b = baselineOf([at('LP-DB-001', 'x.a', 1), at('LP-DB-001', 'x.b', 1, 1, { suppressed: { kind: 'waiver', reason: 'r' } })], 't');
      expect(b.findings.map((e) => e.resource)).toEqual(['x.a']);
    });
  });

  describe('rules, severities and filters', () => {
    const config = parseConfig('rules:\n  disable: [LP-RES-*]\n  enable: [LP-RES-002]\nseverity:\n  LP-FW-001: low\n', '/repo/.leakproof.yaml').config;
    const findings = [
      at('LP-RES-001', 'aws_s3_bucket.r', 1, 1, { category: 'data-residency' }),
      at('LP-RES-002', 'aws_s3_bucket.s', 2, 2, { category: 'data-residency' }),
      at('LP-FW-001', 'aws_security_group.t', 3, 3, { category: 'open-firewall' }),
      at('LP-DB-001', 'aws_db_instance.u', 4, 4, { severity: 'critical' }),
    ];

    test('disabled rules drop out (enable wins over a disable glob) and severity overrides apply', () => {
      const out = run(findings, { config });
      expect(out.report.findings.map((f) => f.ruleId).sort()).toEqual(['LP-DB-001', 'LP-FW-001', 'LP-RES-002']);
      const fw = byRule(out.report.findings, 'LP-FW-001');
      expect(fw.severity).toBe('low');
      expect(fw.evidence!.details!.severityOverride).toMatch(/^high → low \(/);
      expect(out.report.summary.bySeverity).toMatchObject({ critical: 1, high: 1, low: 1 });
    });

    test('disabled rules and lowered severities are listed per config entry, with what they hid; --rule wins over disable', () => {
      const known = ['LP-RES-001', 'LP-RES-002', 'LP-RES-003', 'LP-FW-001', 'LP-DB-001'];
      const severities = { 'LP-RES-001': 'high', 'LP-RES-002': 'high', 'LP-RES-003': 'medium', 'LP-FW-001': 'critical', 'LP-DB-001': 'critical' } as const;
      const out = run(findings, { config, knownRuleIds: known, ruleSeverities: severities });
      expect(out.report.policyChanges).toEqual([
        { kind: 'rule-disabled', description: 'rules LP-RES-* (2: LP-RES-001, LP-RES-003) disabled', source: { file: path.join('/repo', '.leakproof.yaml'), line: 2 }, origin: 'command-line', findings: 1 },
        { kind: 'severity-changed', description: 'LP-FW-001 severity lowered from critical to low', source: { file: path.join('/repo', '.leakproof.yaml'), line: 5 }, origin: 'command-line', findings: 1 },
      ].map((c) => ({ ...c, source: { ...c.source, file: path.relative(dir, c.source.file) } })));
      // Not discovered (parsed directly, so the caller's own): no stderr summary.
      expect(out.discoveredSummary).toEqual([]);
      const asked = run(findings, { config, knownRuleIds: known, ruleSeverities: severities, filters: { rules: ['LP-RES-001', 'LP-FW-001'] } });
      expect(asked.report.findings.map((f) => f.ruleId).sort()).toEqual(['LP-FW-001', 'LP-RES-001']);
      expect(asked.report.policyChanges?.map((c) => c.kind)).toEqual(['severity-changed']);
    });

    test('--severity, --category, --rule and --skip-rule filter what is reported', () => {
      const ids = (filters: FindingFilters) => applyPolicy(report(findings), { cwd: dir, filters }).findings.map((f) => f.ruleId).sort();
      expect(ids({ severities: ['critical'] })).toEqual(['LP-DB-001']);
      expect(ids({ categories: ['data-residency'] })).toEqual(['LP-RES-001', 'LP-RES-002']);
      expect(ids({ rules: ['LP-RES-*'] })).toEqual(['LP-RES-001', 'LP-RES-002']);
      expect(ids({ skipRules: ['LP-RES-*', 'LP-DB-001'] })).toEqual(['LP-FW-001']);
    });

    test('config entries naming no rule are warned about', () => {
      const out = run([], { config, knownRuleIds: ['LP-DB-001', 'LP-FW-001', 'LP-RES-002'] });
      expect(out.warnings).toEqual([]);
      const typo = parseConfig('severity:\n  LP-FW-01: low\n', '/repo/.leakproof.yaml').config;
      expect(run([], { config: typo, knownRuleIds: ['LP-FW-001'] }).warnings).toEqual(["the config names 'LP-FW-01', which matches no rule"]);
    });
  });
});
