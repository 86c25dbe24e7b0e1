import { describe, expect, test } from '@jest/globals';
import type * as Sarif from 'sarif';
import { buildSarifLog, FINGERPRINT_KEY, NOT_ASSESSED_ID, relativeUri, renderSarif, SRCROOT } from '../../src/reporters/sarif.js';
import { finding, HOSTILE, NOT_ASSESSED, report, RULES, sampleReport, sampleWithNotAssessed } from './sample-report.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();

describe('SARIF reporter', () => {
  const log = buildSarifLog(sampleReport(), { rules: RULES, srcRoot: '/work/repo' });
  const run = log.runs[0]!;
  const results = run.results!;

  test('validates against the published SARIF 2.1.0 schema', () => {
    expect(validate(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
  });

  test('the validator rejects a broken log (so the check above can fail)', () => {
    const broken = JSON.parse(JSON.stringify(log)) as Sarif.Log;
    (broken.runs[0]!.results![0] as unknown as Record<string, unknown>).level = 'catastrophic';
    expect(validate(broken).length).toBeGreaterThan(0);
  });

  test('describes every rule that ran, with GitHub security-severity, tags, help and name', () => {
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(['LP-DB-001', 'LP-FW-002', 'LP-ST-001']);
    const db = rules[0]!;
    expect(db.name).toBe('DatastoreReachableFromInternet');
    expect(db.shortDescription!.text).toBe('Datastore reachable from the internet');
    expect(db.fullDescription!.text).toContain('open a connection');
    expect(db.helpUri).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(db.properties!['security-severity']).toBe('9.5');
    expect(db.properties!.tags).toEqual(['security', 'public-datastore', 'CIS-AWS-2.3.3']);
    for (const r of rules) expect(Number(r.properties!['security-severity'])).toBeGreaterThanOrEqual(0);
  });

  test("a rule's security-severity is its own default, whatever this run found (GitHub reads severity from the rule)", () => {
    const raised = buildSarifLog(report([finding({ ruleId: 'LP-FW-002', severity: 'critical' })]), { rules: RULES });
    const fw = raised.runs[0]!.tool.driver.rules!.find((r) => r.id === 'LP-FW-002')!;
    expect(fw.properties!['security-severity']).toBe('8.0');
    expect(fw.defaultConfiguration!.level).toBe('error');
    const quiet = buildSarifLog(report([]), { rules: RULES }).runs[0]!.tool.driver.rules!.find((r) => r.id === 'LP-FW-002')!;
    expect(quiet).toEqual(fw);
    // The result still says how severe this finding is.
    expect(raised.runs[0]!.results![0]!.properties!['security-severity']).toBe('9.5');
  });

  test('results carry rule, level, relative location under %SRCROOT%, region and a partial fingerprint', () => {
    const es = results.find((r) => r.ruleId === 'LP-DB-001')!;
    expect(es.level).toBe('error');
    expect(run.tool.driver.rules![es.ruleIndex!]!.id).toBe('LP-DB-001');
    const loc = es.locations![0]!.physicalLocation!;
    expect(loc.artifactLocation).toEqual({ uri: 'examples/incident-2019/search.tf', uriBaseId: SRCROOT });
    expect(loc.region).toEqual({ startLine: 3, endLine: 20 });
    expect(es.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: '0123456789abcdef0123456789abcdef' });
    expect(run.originalUriBaseIds![SRCROOT]!.uri).toBe('file:///work/repo/');
  });

  test('paths are percent-encoded relative URIs', () => {
    expect(relativeUri('a dir/b#c.tf')).toBe('a%20dir/b%23c.tf');
    expect(relativeUri('..\\mod\\x.tf')).toBe('../mod/x.tf');
    // The spaced path belongs to a suppressed finding, which is kept only on request.
    const kept = buildSarifLog(sampleReport(), { rules: RULES, srcRoot: '/work/repo', includeSuppressed: true }).runs[0]!.results!;
    const st = kept.find((r) => r.ruleId === 'LP-ST-001' && r.locations![0]!.physicalLocation)!;
    expect(st.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('examples/incident-2019/dir%20with%20space/storage.tf');
  });

  test('the reachability path is a code flow, hop by hop', () => {
    const es = results.find((r) => r.ruleId === 'LP-DB-001')!;
    const hops = es.codeFlows![0]!.threadFlows[0]!.locations;
    expect(hops).toHaveLength(3);
    expect(hops[0]!.location!.message!.text).toBe('internet internet: 0.0.0.0/0');
    expect(hops[0]!.location!.physicalLocation).toBeUndefined();
    expect(hops[1]!.location!.physicalLocation!.artifactLocation!.uri).toBe('examples/incident-2019/network.tf');
  });

  test('the fix snippet is carried in properties and markdown, not as a SARIF fix', () => {
    const es = results.find((r) => r.ruleId === 'LP-DB-001')!;
    expect(es.fixes).toBeUndefined();
    expect(es.properties!.fix).toEqual({ language: 'hcl', code: 'vpc_options {\n  subnet_ids = [aws_subnet.private.id]\n}\n' });
    expect(es.message.markdown).toContain('```hcl\nvpc_options {');
  });

  test('suppressed findings are left out by default (GitHub ignores SARIF suppressions), counted in the run and a note', () => {
    expect(results.find((r) => r.partialFingerprints![FINGERPRINT_KEY] === 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee')).toBeUndefined();
    expect(results).toHaveLength(3);
    expect(run.properties).toEqual({ suppressedOmitted: 1 });
    expect(run.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text)).toContain(
      '1 suppressed finding is left out (baseline, waivers, suppression comments): GitHub code scanning does not honour SARIF suppressions; --sarif-include-suppressed keeps them',
    );
    // The rule of a suppressed finding is still described.
    expect(run.tool.driver.rules!.map((r) => r.id)).toContain('LP-ST-001');
  });

  test('with includeSuppressed they stay in the log, with a suppression carrying the reason', () => {
    const kept = buildSarifLog(sampleReport(), { rules: RULES, srcRoot: '/work/repo', includeSuppressed: true }).runs[0]!;
    expect(kept.properties).toBeUndefined();
    const waived = kept.results!.find((r) => r.partialFingerprints![FINGERPRINT_KEY] === 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee')!;
    expect(waived.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'public website assets, reviewed', properties: { leakproofKind: 'waiver', expires: '2099-01-01' } },
    ]);
    const inline = buildSarifLog(report([finding({ suppressed: { kind: 'inline', reason: 'test fixture' } })]), { includeSuppressed: true });
    expect(inline.runs[0]!.results![0]!.suppressions![0]!.kind).toBe('inSource');
    expect(results.find((r) => r.ruleId === 'LP-DB-001')!.suppressions).toBeUndefined();
  });

  test('live findings keep the ARN as a logical location; without an inventory they have no file', () => {
    const live = results.find((r) => r.partialFingerprints![FINGERPRINT_KEY] === 'dddddddddddddddddddddddddddddddd')!;
    expect(live.locations![0]!.physicalLocation).toBeUndefined();
    expect(live.locations![0]!.logicalLocations).toEqual([{ name: 'arn:aws:s3:::photos', fullyQualifiedName: 'arn:aws:s3:::photos', kind: 'resource' }]);
  });

  test("with the saved inventory, a live finding points at its record's line (GitHub rejects results without a file)", () => {
    const lines = new Map([['arn:aws:s3:::photos', 42]]);
    const inv = buildSarifLog(sampleReport(), { rules: RULES, srcRoot: '/work/repo', cwd: '/work/repo/audits', liveLocations: { file: 'aws.sarif.inventory.json', lines } });
    expect(validate(inv)).toEqual([]);
    const live = inv.runs[0]!.results!.find((r) => r.partialFingerprints![FINGERPRINT_KEY] === 'dddddddddddddddddddddddddddddddd')!;
    expect(live.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'audits/aws.sarif.inventory.json', uriBaseId: SRCROOT }, region: { startLine: 42, endLine: 42 } });
    expect(live.locations![0]!.logicalLocations![0]!.fullyQualifiedName).toBe('arn:aws:s3:::photos');
    for (const r of inv.runs[0]!.results!) expect(r.locations![0]!.physicalLocation).toBeDefined();
  });

  test('input errors and notes become tool notifications', () => {
    const withError = buildSarifLog(report([], { errors: [{ file: 'broken.tf', line: 3, column: 7, message: "expected '='" }] }));
    const inv = withError.runs[0]!.invocations![0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications![0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 3, endLine: 3, startColumn: 7 });
    expect(validate(withError)).toEqual([]);
    expect(run.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text)[0]).toBe('module.vpc (registry source) was not evaluated');
  });

  test('an empty scan is still a valid log describing the rules', () => {
    const empty = buildSarifLog(report([]), { rules: RULES });
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toHaveLength(3);
    expect(validate(empty)).toEqual([]);
  });

  describe('parts of a live account that were not assessed', () => {
    const gapLog = buildSarifLog(sampleWithNotAssessed(), { rules: RULES, srcRoot: '/work/repo' });
    const inv = gapLog.runs[0]!.invocations![0]!;
    const warnings = inv.toolExecutionNotifications!.filter((n) => n.descriptor?.id === NOT_ASSESSED_ID);

    test('the log still validates against the SARIF 2.1.0 schema', () => {
      expect(validate(gapLog)).toEqual([]);
      const emptyWithGaps = buildSarifLog({ ...report([]), notAssessed: NOT_ASSESSED }, { rules: RULES });
      expect(validate(emptyWithGaps)).toEqual([]);
      expect(emptyWithGaps.runs[0]!.invocations![0]!.toolExecutionNotifications).toHaveLength(2);
      // The schema does reach the notifications: a bad level there is rejected.
      const broken = JSON.parse(JSON.stringify(gapLog)) as Sarif.Log;
      (broken.runs[0]!.invocations![0]!.toolExecutionNotifications![1] as unknown as Record<string, unknown>).level = 'alarm';
      expect(validate(broken).length).toBeGreaterThan(0);
    });

    test('each part is a warning notification naming provider, account, region, service, what and why', () => {
      expect(warnings).toHaveLength(2);
      for (const w of warnings) expect(w.level).toBe('warning');
      expect(warnings[0]!.message.text).toBe(
        'Not assessed: aws account 123456789012, region eu-central-2, ec2: security groups (ec2:DescribeSecurityGroups) — AccessDenied: not authorized to perform ec2:DescribeSecurityGroups',
      );
      expect(warnings[0]!.properties).toEqual({ ...NOT_ASSESSED[0] });
      // Hostile text is carried as data: JSON escaping keeps it intact, and it is never markdown.
      expect(warnings[1]!.message.text).toContain(`bucket ${HOSTILE}: policy`);
      expect(warnings[1]!.message.text).toContain('account 210987654321, region global, s3:');
      expect(warnings[1]!.message.markdown).toBeUndefined();
      expect(warnings[1]!.properties!.apiCall).toBeUndefined();
      const parsed = JSON.parse(renderSarif(sampleWithNotAssessed())) as Sarif.Log;
      expect(parsed.runs[0]!.invocations![0]!.toolExecutionNotifications![2]!.properties!.scope).toBe(`bucket ${HOSTILE}: policy`);
    });

    test('the notification descriptor is described by the driver and referenced by index', () => {
      const described = gapLog.runs[0]!.tool.driver.notifications!;
      expect(described.map((d) => d.id)).toEqual([NOT_ASSESSED_ID]);
      expect(described[0]!.defaultConfiguration!.level).toBe('warning');
      for (const w of warnings) expect(w.descriptor).toEqual({ id: NOT_ASSESSED_ID, index: 0 });
    });

    test('the run still succeeded; the invocation counts the parts; notes and results are unchanged', () => {
      expect(inv.executionSuccessful).toBe(true);
      expect(inv.properties).toEqual({ notAssessed: 2 });
      expect(inv.toolExecutionNotifications![0]!.message.text).toBe('module.vpc (registry source) was not evaluated');
      expect(gapLog.runs[0]!.results).toEqual(results);
      expect(inv.toolExecutionNotifications!.at(-1)!.message.text).toMatch(/^1 suppressed finding is left out/);
    });

    test('without parts (absent or empty) nothing is added', () => {
      expect(run.tool.driver.notifications).toBeUndefined();
      expect(run.invocations![0]!.properties).toBeUndefined();
      expect(buildSarifLog({ ...sampleReport(), notAssessed: [] }, { rules: RULES, srcRoot: '/work/repo' })).toEqual(log);
    });
  });
});
