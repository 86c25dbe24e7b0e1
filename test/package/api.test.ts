/**
 * The library API (src/index.ts) as a program uses it: scan folders and
 * in-memory files, load extra rules, apply a config and a baseline, format
 * reports. The installed package is proven separately by .ci/install-proofs.sh.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  applyPolicy,
  failsGate,
  formatReport,
  LeakproofError,
  loadConfig,
  loadRules,
  REPORT_FORMATS,
  scan,
  scanFiles,
  version,
  type InMemoryFile,
} from '../../src/index.js';

const OPEN_SSH = `resource "aws_security_group" "admin" {
  name = "admin"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const scratch = mkdtempSync(path.join(tmpdir(), 'leakproof-api-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const stagingFolders = () => readdirSync(tmpdir()).filter((n) => n.startsWith('leakproof-files-'));

describe('scan', () => {
  test('scans a folder on disk with the built-in rules; locations are relative to the working directory', async () => {
    const report = await scan(['examples/incident-2019']);
    expect(report.tool).toEqual({ name: 'leakproof', version });
    expect(report.errors).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.location.file).toMatch(/^examples\/incident-2019\/[a-z]+\.tf$/);
    expect(report.findings.map((f) => f.ruleId)).toContain('LP-DB-001');
    expect(failsGate(report.findings, 'high')).toBe(true);
  });

  test('an unknown jurisdiction is a LeakproofError before anything is read', async () => {
    await expect(scan(['examples/incident-2019'], { allowedJurisdictions: ['NOWHERE'] })).rejects.toThrow(LeakproofError);
  });
});

describe('scanFiles', () => {
  test('in-memory files come out under the given paths, and the staging folder is gone afterwards', async () => {
    const before = stagingFolders();
    const cwd = process.cwd();
    const files: InMemoryFile[] = [{ path: 'infra/network/sg.tf', content: OPEN_SSH }];
    const report = await scanFiles(files);
    expect(process.cwd()).toBe(cwd);
    expect(stagingFolders()).toEqual(before);
    const ssh = report.findings.find((f) => f.ruleId === 'LP-FW-002');
    expect(ssh).toBeDefined();
    expect(ssh!.location.file).toBe('infra/network/sg.tf');
    // The finding points at the open ingress block, line 4 of the given text.
    expect(ssh!.location.startLine).toBe(4);
    expect(ssh!.resource.address).toBe('aws_security_group.admin');
    expect(report.summary.filesScanned).toBe(1);
  });

  test('the same files give the same findings and fingerprints as scanning them from disk', async () => {
    const dir = mkdtempSync(path.join(scratch, 'disk-'));
    writeFileSync(path.join(dir, 'sg.tf'), OPEN_SSH);
    const fromMemory = await scanFiles([{ path: 'sg.tf', content: Buffer.from(OPEN_SSH) }]);
    const cwd = process.cwd();
    process.chdir(dir);
    let fromDisk;
    try {
      fromDisk = await scan(['.']);
    } finally {
      process.chdir(cwd);
    }
    expect(fromMemory.findings).toEqual(fromDisk.findings);
  });

  test('inline suppression comments in in-memory files apply with the policy option', async () => {
    const commented = `# leakproof:ignore LP-FW-002 bastion host, keys only\n${OPEN_SSH}`;
    const report = await scanFiles([{ path: 'sg.tf', content: commented }], { policy: {} });
    const ssh = report.findings.find((f) => f.ruleId === 'LP-FW-002');
    expect(ssh?.suppressed).toEqual({ kind: 'inline', reason: 'bastion host, keys only' });
    expect(failsGate(report.findings.filter((f) => f.ruleId === 'LP-FW-002'), 'high')).toBe(false);
  });

  test('exclude globs pass files over, as --exclude does', async () => {
    const files = [{ path: 'infra/sg.tf', content: OPEN_SSH }, { path: 'vendor/mod/sg.tf', content: OPEN_SSH }];
    const all = await scanFiles(files);
    const kept = await scanFiles(files, { exclude: ['vendor/**'] });
    expect(new Set(all.findings.map((f) => f.location.file))).toEqual(new Set(['infra/sg.tf', 'vendor/mod/sg.tf']));
    expect(new Set(kept.findings.map((f) => f.location.file))).toEqual(new Set(['infra/sg.tf']));
  });

  test.each([
    ['/etc/passwd.tf', 'relative'],
    ['../outside.tf', 'relative'],
    ['a/../../outside.tf', 'relative'],
    ['C:/x.tf', 'relative'],
    ['', 'no path'],
  ])('rejects the path %p', async (bad, message) => {
    await expect(scanFiles([{ path: bad, content: OPEN_SSH }])).rejects.toThrow(message);
  });

  test('rejects a path given twice (after normalising) and content that is not text or bytes', async () => {
    await expect(scanFiles([{ path: 'a.tf', content: '' }, { path: './a.tf', content: '' }])).rejects.toThrow('given twice');
    await expect(scanFiles([{ path: 'a.tf', content: 42 as unknown as string }])).rejects.toThrow(LeakproofError);
  });
});

describe('rules', () => {
  test('extra rules from a folder run beside the built-in ones', async () => {
    const rules = await loadRules({ extra: ['examples/custom-rules'] });
    const ids = [...rules.rules, ...rules.declarative].map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['LP-DB-001', 'ACME-DB-001', 'ACME-DB-002']));
    const report = await scan(['examples/incident-2019'], { rules });
    expect(report.findings.some((f) => f.ruleId.startsWith('ACME-'))).toBe(true);
  });

  test('a rule source that does not exist is a LeakproofError naming it', async () => {
    const error = await loadRules({ extra: ['./no-such-rules'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeakproofError);
    expect((error as LeakproofError).problems).toEqual([{ file: './no-such-rules', message: expect.stringContaining('no such rules folder') }]);
  });
});

describe('policy', () => {
  test('a config waiver and a baseline suppress findings, and the summary is recounted', async () => {
    const configFile = path.join(scratch, 'leakproof.yaml');
    writeFileSync(
      configFile,
      ['waivers:', '  - rule: LP-FW-002', '    resource: aws_security_group.admin', '    reason: bastion, reviewed in SEC-12', ''].join('\n'),
    );
    const config = loadConfig(configFile);
    const report = await scanFiles([{ path: 'sg.tf', content: OPEN_SSH }]);
    const outcome = applyPolicy(report, { config, today: '2026-01-01' });
    const ssh = outcome.report.findings.find((f) => f.ruleId === 'LP-FW-002');
    expect(ssh?.suppressed?.kind).toBe('waiver');
    expect(outcome.report.summary.suppressed).toBeGreaterThanOrEqual(1);

    const baseline = { version: 1, tool: 'leakproof', findings: report.findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, resource: f.resource.address, file: f.location.file })) };
    const baselined = applyPolicy(report, { baseline });
    expect(baselined.report.findings.every((f) => f.suppressed?.kind === 'baseline')).toBe(true);
    expect(baselined.baseline).toEqual({ file: 'baseline', matched: new Set(report.findings.map((f) => f.fingerprint)).size, gone: 0 });
  });

  test('a broken config is a LeakproofError with file:line', () => {
    const configFile = path.join(scratch, 'broken.yaml');
    writeFileSync(configFile, 'fail-on: sometimes\n');
    const error = (() => {
      try {
        loadConfig(configFile);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LeakproofError);
    expect((error as LeakproofError).problems[0]).toMatchObject({ line: 1 });
  });
});

describe('formatReport and version', () => {
  test('every format renders; SARIF lists the rules that ran', async () => {
    const rules = await loadRules();
    const report = await scanFiles([{ path: 'sg.tf', content: OPEN_SSH }], { rules });
    for (const format of REPORT_FORMATS) expect(formatReport(report, format, { rules }).length).toBeGreaterThan(0);
    const sarif = JSON.parse(formatReport(report, 'sarif', { rules })) as { version: string; runs: Array<{ tool: { driver: { rules: unknown[] } } }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.rules.length).toBe(rules.rules.length);
    expect(() => formatReport(report, 'pdf' as never)).toThrow("unknown report format 'pdf'");
  });

  test('version is the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
  });
});
