/**
 * What GitHub code scanning needs from a SARIF file beyond the schema:
 * paths from the repository root wherever the scan ran, a stable category and
 * rule severity, one-line messages, its upload limits, and policy changes
 * made visible.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import type { Finding } from '../../src/findings/finding.js';
import type { PolicyChange } from '../../src/findings/report.js';
import { repositoryRoot, rootRelative } from '../../src/reporters/repo-root.js';
import {
  auditAutomationId,
  buildSarifLog,
  POLICY_CHANGE_ID,
  renderSarif,
  scanAutomationId,
  SRCROOT,
  TOOL_INFORMATION_URI,
} from '../../src/reporters/sarif.js';
import { finding, report, RULES, sampleReport } from './sample-report.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();
const tmp = mkdtempSync(path.join(tmpdir(), 'leakproof-sarif-github-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const uriOf = (r: Sarif.Result) => r.locations![0]!.physicalLocation!.artifactLocation!;

describe('paths from the repository root', () => {
  test('the root is the nearest folder with .git (folder or file), else the start folder', () => {
    const repo = path.join(tmp, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'infra', 'prod'), { recursive: true });
    expect(repositoryRoot(path.join(repo, 'infra', 'prod'))).toBe(repo);
    const worktree = path.join(tmp, 'worktree');
    mkdirSync(path.join(worktree, 'sub'), { recursive: true });
    writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere\n');
    expect(repositoryRoot(path.join(worktree, 'sub'))).toBe(worktree);
    const loose = path.join(tmp, 'loose', 'a');
    mkdirSync(loose, { recursive: true });
    // tmpdir itself may sit inside a repository on a developer machine; only assert when it does not.
    if (repositoryRoot(tmpdir()) === tmpdir()) expect(repositoryRoot(loose)).toBe(loose);
  });

  test('a scan started in a subfolder gives the same URIs as one from the root', () => {
    const fromRoot = buildSarifLog(report([finding({ location: { file: 'infra/prod/search.tf', startLine: 3, endLine: 20 } })]), { srcRoot: '/r', cwd: '/r' });
    const fromSub = buildSarifLog(report([finding({ location: { file: 'search.tf', startLine: 3, endLine: 20 } })]), { srcRoot: '/r', cwd: '/r/infra/prod' });
    const fromSibling = buildSarifLog(report([finding({ location: { file: '../prod/search.tf', startLine: 3, endLine: 20 } })]), { srcRoot: '/r', cwd: '/r/infra/dev' });
    for (const log of [fromRoot, fromSub, fromSibling]) {
      expect(uriOf(log.runs[0]!.results![0]!)).toEqual({ uri: 'infra/prod/search.tf', uriBaseId: SRCROOT });
      expect(log.runs[0]!.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: 'file:///r/' } });
      expect(validate(log)).toEqual([]);
    }
  });

  test('a file outside the repository is an absolute file URI, never ../ under %SRCROOT%', () => {
    const log = buildSarifLog(report([finding({ location: { file: '../../outside/x.tf', startLine: 1, endLine: 1 } })]), { srcRoot: '/r', cwd: '/r/infra' });
    expect(uriOf(log.runs[0]!.results![0]!)).toEqual({ uri: 'file:///outside/x.tf' });
    expect(rootRelative('../../outside/x.tf', '/r/infra', '/r')).toBeUndefined();
  });
});

describe('stable category and severity', () => {
  test('automationDetails.id is the scope: sorted root-relative paths, or provider and accounts; the same from any cwd', () => {
    expect(scanAutomationId(['infra/', 'modules'], '/r', '/r')).toBe('leakproof/scan/infra,modules/');
    expect(scanAutomationId(['.'], '/r/infra', '/r')).toBe('leakproof/scan/infra/');
    expect(scanAutomationId([], '/r', '/r')).toBe('leakproof/scan/./');
    expect(scanAutomationId(['modules', '../infra'], '/r/x', '/r')).toBe(scanAutomationId(['x/modules', 'infra'], '/r', '/r'));
    expect(auditAutomationId('aws', ['222222222222', '111111111111'])).toBe('leakproof/audit/aws/111111111111,222222222222/');
    const log = buildSarifLog(sampleReport(), { rules: RULES, automationId: 'leakproof/scan/infra/' });
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'leakproof/scan/infra/' });
    expect(validate(log)).toEqual([]);
  });

  test('the driver names where to learn about the tool', () => {
    expect(buildSarifLog(report([])).runs[0]!.tool.driver.informationUri).toBe(TOOL_INFORMATION_URI);
    expect(buildSarifLog(report([]), { informationUri: 'https://example.org/lp' }).runs[0]!.tool.driver.informationUri).toBe('https://example.org/lp');
    // Rules without a reference of their own point there too (GitHub shows helpUri).
    expect(buildSarifLog(report([]), { rules: RULES }).runs[0]!.tool.driver.rules!.find((r) => r.id === 'LP-FW-002')!.helpUri).toBe(TOOL_INFORMATION_URI);
  });

  test('a rule keeps at most 10 tags (GitHub shows 10); every framework stays in properties', () => {
    const many = { ...RULES[0]!, frameworks: Array.from({ length: 15 }, (_, i) => `FW-${i}`) };
    const d = buildSarifLog(report([]), { rules: [many] }).runs[0]!.tool.driver.rules![0]!;
    expect(d.properties!.tags).toHaveLength(10);
    expect(d.properties!.frameworks).toHaveLength(15);
  });
});

describe('messages', () => {
  test('message.text is one line: the finding and its fix (the only text GitHub shows per alert)', () => {
    const f = finding({ message: 'bucket x is public.\nEveryone can read it', remediation: { text: 'Block public access\n on the bucket.' } });
    const r = buildSarifLog(report([f])).runs[0]!.results![0]!;
    expect(r.message.text).toBe('bucket x is public. Everyone can read it. Fix: Block public access on the bucket.');
    expect(r.message.markdown).toContain('**Fix:** Block public access');
  });
});

describe("GitHub's upload limits", () => {
  const many = (n: number): Finding[] =>
    Array.from({ length: n }, (_, i) =>
      finding({
        severity: i % 3 === 0 ? 'critical' : i % 3 === 1 ? 'medium' : 'low',
        fingerprint: i.toString(16).padStart(32, '0'),
        message: `finding ${i} ${'x'.repeat(200)}`,
        location: { file: `f${i}.tf`, startLine: 1, endLine: 1 },
      }),
    );

  test('over the result limit: the most severe are kept, the cut is noted in the run and reported once', () => {
    const warnings: string[] = [];
    const log = buildSarifLog(report(many(30)), { rules: RULES, limits: { maxResults: 12 }, onWarning: (m) => warnings.push(m) });
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(12);
    expect(run.results!.filter((r) => r.properties!.severity === 'critical')).toHaveLength(10);
    expect(run.results!.filter((r) => r.properties!.severity === 'medium')).toHaveLength(2);
    expect(run.properties!.resultsTruncated).toMatchObject({ total: 30, kept: 12 });
    expect(run.invocations![0]!.toolExecutionNotifications!.some((n) => n.level === 'warning' && /18 of 30 results left out/.test(n.message.text ?? ''))).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/limit of 12 results a run/);
    expect(validate(log)).toEqual([]);
  });

  test('over the upload size (gzipped, base64): results are dropped until it fits', () => {
    const warnings: string[] = [];
    const full = renderSarif(report(many(400)), { rules: RULES });
    const size = (t: string) => Math.ceil(gzipSync(t).length / 3) * 4;
    const limit = Math.floor(size(full) / 3);
    const text = renderSarif(report(many(400)), { rules: RULES, limits: { maxUploadBytes: limit }, onWarning: (m) => warnings.push(m) });
    expect(size(text)).toBeLessThanOrEqual(limit);
    const run = (JSON.parse(gunzipSync(gzipSync(text)).toString('utf8')) as Sarif.Log).runs[0]!;
    expect(run.results!.length).toBeGreaterThan(0);
    expect(run.results!.length).toBeLessThan(400);
    expect(run.properties!.resultsTruncated).toMatchObject({ total: 400, kept: run.results!.length });
    expect(warnings[0]).toMatch(/upload limit/);
  });

  test('within the limits nothing is cut or said', () => {
    const warnings: string[] = [];
    const run = buildSarifLog(report(many(20)), { onWarning: (m) => warnings.push(m) }).runs[0]!;
    expect(run.results).toHaveLength(20);
    expect(run.properties).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});

describe('policy changes', () => {
  const changes: PolicyChange[] = [
    { kind: 'rule-disabled', description: 'rules LP-FW-* disabled', source: { file: 'infra/.leakproof.yaml', line: 4 }, origin: 'discovered', findings: 3 },
    { kind: 'baseline', description: 'findings in the baseline are suppressed', source: { file: '.leakproof-baseline.json' }, origin: 'command-line', findings: 1 },
  ];
  const log = buildSarifLog({ ...sampleReport(), policyChanges: changes }, { rules: RULES, srcRoot: '/r', cwd: '/r' });
  const inv = log.runs[0]!.invocations![0]!;

  test('each is a configuration notification at the file and line it is written, warning when found in the scanned tree', () => {
    expect(validate(log)).toEqual([]);
    const notes = inv.toolConfigurationNotifications!;
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({
      level: 'warning',
      descriptor: { id: POLICY_CHANGE_ID },
      message: { text: 'Policy change (found in the scanned tree): rules LP-FW-* disabled — 3 findings affected' },
      properties: { kind: 'rule-disabled', origin: 'discovered', findings: 3 },
    });
    expect(notes[0]!.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'infra/.leakproof.yaml', uriBaseId: SRCROOT }, region: { startLine: 4, endLine: 4 } });
    expect(notes[1]!.level).toBe('note');
    expect(notes[1]!.locations![0]!.physicalLocation!.region).toBeUndefined();
    const descriptors = log.runs[0]!.tool.driver.notifications!;
    expect(descriptors[notes[0]!.descriptor!.index!]!.id).toBe(POLICY_CHANGE_ID);
    expect(inv.properties).toEqual({ policyChanges: 2 });
  });

  test('without policy changes there is no configuration notification', () => {
    expect(buildSarifLog(sampleReport()).runs[0]!.invocations![0]!.toolConfigurationNotifications).toBeUndefined();
  });
});
