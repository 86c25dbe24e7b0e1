/**
 * Trust levels of configuration, through the real CLI in temp folders: a
 * .leakproof.yaml found in the scanned tree may re-rate and waive (and every
 * such change is listed in the report) but never runs code; a config named
 * with --config, or --trust-config, may. The command line wins over the config.
 */
import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/program.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import type { PolicyChange, ScanReport } from '../../src/findings/report.js';

const SG = (name: string, port: number, extra = '') => `
resource "aws_security_group" "${name}" {${extra}
  name = "${name}"
  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;
const PROVIDER = 'provider "aws" {\n  region = "us-west-2"\n}\n';

/** A JavaScript rule that leaves a marker file beside itself the moment it is imported. */
const EVIL_RULE = (id: string) => `import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./executed.marker', import.meta.url), 'ran');
export default {
  id: '${id}',
  title: 'Every security group is reported',
  severity: 'low',
  category: 'open-firewall',
  resourceKinds: ['security-group'],
  description: 'Test rule.',
  remediation: 'None.',
  check: (r) => [{ message: r.id + ' seen' }],
};
`;

const YAML_RULE = `id: TEAM-SG-002
title: Security groups must have a name
severity: low
category: open-firewall
description: Test rule.
remediation: Name it.
sourceTypes: [aws_security_group]
message: "{address} has a name"
when:
  attribute: name
  exists: true
`;

/** The attack: code, every rule off, and a gate that never fails. */
const ATTACK = ['extra-rules: [./team-rules.mjs]', 'rules:', '  disable: ["LP-*"]', 'fail-on: none', ''].join('\n');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: () => ScanReport;
}

describe('configuration trust levels', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'leakproof-trust-'));
  const cwd = process.cwd();
  let dir: string;
  let n = 0;

  beforeEach(() => {
    dir = path.join(root, `case${n++}`, 'repo');
    mkdirSync(path.join(dir, '.git'), { recursive: true }); // bounds config discovery
    process.chdir(dir);
  });
  afterEach(() => process.chdir(cwd));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function leakproof(...args: string[]): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => ((stdout += String(chunk)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((stderr += String(chunk)), true));
    try {
      const code = await main(['node', 'leakproof', ...args]);
      return { code, stdout, stderr, json: () => JSON.parse(stdout) as ScanReport };
    } finally {
      out.mockRestore();
      err.mockRestore();
      process.exitCode = 0;
    }
  }

  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const changes = (r: ScanReport, kind: PolicyChange['kind']) => (r.policyChanges ?? []).filter((c) => c.kind === kind);

  test('the attack: a discovered config runs no code, and every rule it disables and the fail-on it lowers are listed', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22) + SG('db', 5432));
    write('team-rules.mjs', EVIL_RULE('TEAM-SG-001'));
    write('.leakproof.yaml', ATTACK);
    const builtinLp = (await loadBuiltinRules()).filter((r) => r.id.startsWith('LP-')).length;

    const run = await leakproof('scan', '.', '--format', 'json');
    expect(existsSync(path.join(dir, 'executed.marker'))).toBe(false);
    expect(run.code).toBe(0); // the config's word: allowed, but not silent
    const report = run.json();
    expect(report.findings).toEqual([]);
    expect(changes(report, 'code-refused')).toEqual([
      expect.objectContaining({ source: { file: '.leakproof.yaml', line: 1 }, origin: 'discovered', findings: 0, description: expect.stringContaining('team-rules.mjs') }),
    ]);
    expect(changes(report, 'rule-disabled')).toEqual([
      expect.objectContaining({ source: { file: '.leakproof.yaml', line: 3 }, origin: 'discovered', findings: 2, description: expect.stringContaining(`rules LP-* (${builtinLp}:`) }),
    ]);
    expect(changes(report, 'fail-on-changed')).toEqual([
      expect.objectContaining({ source: { file: '.leakproof.yaml', line: 4 }, origin: 'discovered', description: 'fail-on lowered from high to none (no finding fails the run)' }),
    ]);
    expect(run.stderr).toContain(
      'leakproof: warning: .leakproof.yaml:1: extra-rules team-rules.mjs not loaded: a config found in the scanned tree may not run code (pass --trust-config to allow it, or name the config with --config)',
    );
    expect(run.stderr).toContain(
      `leakproof: .leakproof.yaml (found in the scanned tree) refused to load 1 code rule source, disabled ${builtinLp} rules (2 findings hidden), lowered fail-on to none; see the report`,
    );

    // The command line wins: its fail-on and its --rule beat the config's.
    const pinned = await leakproof('scan', '.', '--format', 'json', '--fail-on', 'high', '--rule', 'LP-FW-*');
    expect(pinned.code).toBe(1);
    expect(pinned.json().findings.map((f) => f.ruleId).sort()).toEqual(['LP-FW-002', 'LP-FW-003']);
    expect(changes(pinned.json(), 'fail-on-changed')).toEqual([]);
    expect(changes(pinned.json(), 'rule-disabled')).toEqual([]); // LP-* minus what --rule asked for: nothing selected was turned off
    expect(existsSync(path.join(dir, 'executed.marker'))).toBe(false);

    // --no-config ignores it all.
    expect((await leakproof('scan', '.', '--no-config')).code).toBe(1);
  });

  test('--trust-config lets the discovered config load its JavaScript rule', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22));
    write('team-rules.mjs', EVIL_RULE('TEAM-SG-001'));
    write('.leakproof.yaml', ATTACK);
    const run = await leakproof('scan', '.', '--format', 'json', '--trust-config');
    expect(existsSync(path.join(dir, 'executed.marker'))).toBe(true);
    expect(run.json().findings.map((f) => f.ruleId)).toEqual(['TEAM-SG-001']);
    expect(changes(run.json(), 'code-refused')).toEqual([]);
    expect(run.stderr).not.toContain('not loaded');
  });

  test('a config named with --config from outside the tree is the user\'s own: its code loads', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22));
    const outside = path.join(path.dirname(dir), 'policy');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'team-rules.mjs'), EVIL_RULE('TEAM-SG-003'));
    writeFileSync(path.join(outside, '.leakproof.yaml'), ATTACK);
    const run = await leakproof('scan', '.', '--format', 'json', '--config', path.join(outside, '.leakproof.yaml'));
    expect(existsSync(path.join(outside, 'executed.marker'))).toBe(true);
    expect(run.json().findings.map((f) => f.ruleId)).toEqual(['TEAM-SG-003']);
    // Still listed, as the user's own policy; no "found in the scanned tree" line.
    expect(changes(run.json(), 'rule-disabled')).toEqual([expect.objectContaining({ origin: 'command-line', findings: 1 })]);
    expect(changes(run.json(), 'fail-on-changed')).toEqual([expect.objectContaining({ origin: 'command-line', source: { file: path.relative(dir, path.join(outside, '.leakproof.yaml')), line: 4 } })]);
    expect(run.stderr).not.toContain('found in the scanned tree');
  });

  test('declarative YAML rules load from a discovered config; code in the same folder and npm packages are refused', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22));
    write('team/name.yaml', YAML_RULE);
    write('team/evil.mjs', EVIL_RULE('TEAM-SG-004'));
    write('.leakproof.yaml', 'fail-on: critical\nextra-rules:\n  - ./team\n  - some-rules-package\n');
    const run = await leakproof('scan', '.', '--format', 'json');
    expect(existsSync(path.join(dir, 'team', 'executed.marker'))).toBe(false);
    const report = run.json();
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['LP-FW-002', 'TEAM-SG-002']);
    expect(changes(report, 'code-refused').map((c) => [c.source.line, c.description.split(' not loaded')[0]])).toEqual([
      [3, `extra-rules ${path.join('team', 'evil.mjs')}`],
      [4, 'extra-rules npm package some-rules-package'],
    ]);
    // fail-on critical lets the high LP-FW-002 finding through: one finding counted.
    expect(changes(report, 'fail-on-changed')).toEqual([expect.objectContaining({ description: 'fail-on lowered from high to critical', findings: 1, source: { file: '.leakproof.yaml', line: 1 } })]);
    expect(run.code).toBe(0);
    expect((await leakproof('scan', '.', '--fail-on', 'high')).code).toBe(1);
  });

  test('a discovered config reads no rule file or baseline outside its own tree, symbolic links included', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22));
    const outside = path.join(path.dirname(dir), 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'name.yaml'), YAML_RULE);
    expect((await leakproof('baseline', '-o', path.join(outside, 'base.json'), '.')).code).toBe(0);
    symlinkSync(path.join(outside, 'name.yaml'), path.join(dir, 'linked.yaml'));
    // nope.yaml does not exist: refused all the same, so a config cannot probe what exists outside.
    write('.leakproof.yaml', 'extra-rules: [../outside/name.yaml, ./linked.yaml, ../outside/nope.yaml]\nbaseline: ../outside/base.json\n');
    const run = await leakproof('scan', '.', '--format', 'json');
    const report = run.json();
    expect(report.findings.map((f) => [f.ruleId, f.suppressed?.kind])).toEqual([['LP-FW-002', undefined]]);
    expect(changes(report, 'code-refused').map((c) => [c.source.line, c.description])).toEqual([
      [1, `extra-rules ${path.join('..', 'outside', 'name.yaml')} not read: it lies outside the tree the config was found in`],
      [1, 'extra-rules linked.yaml not read: it lies outside the tree the config was found in'],
      [1, `extra-rules ${path.join('..', 'outside', 'nope.yaml')} not read: it lies outside the tree the config was found in`],
      [2, `baseline ${path.join('..', 'outside', 'base.json')} not read: it lies outside the tree the config was found in`],
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('leakproof: .leakproof.yaml (found in the scanned tree) refused to read 4 files outside its tree; see the report');
    // Named on the command line, a config is the user's: what it names outside is read.
    write('.leakproof.yaml', 'extra-rules: [../outside/name.yaml]\nbaseline: ../outside/base.json\n');
    const own = await leakproof('scan', '.', '--format', 'json', '--config', '.leakproof.yaml');
    expect(own.json().findings.map((f) => [f.ruleId, f.suppressed?.kind]).sort()).toEqual([['LP-FW-002', 'baseline'], ['TEAM-SG-002', undefined]]);
    expect(changes(own.json(), 'code-refused')).toEqual([]);
  });

  test('waivers, suppression comments and lowered severities are listed with accurate counts and file:line', async () => {
    write(
      'main.tf',
      PROVIDER + SG('bastion', 22) + SG('db', 5432) + SG('db2', 5432, '\n  # leakproof:ignore LP-FW-003 internal replica, reviewed') + SG('db3', 5432),
    );
    write(
      '.leakproof.yaml',
      [
        'severity:',
        '  LP-FW-002: low',
        '  LP-FW-001: critical', // raising is stricter: not listed
        'waivers:',
        '  - rule: LP-FW-003',
        '    resource: aws_security_group.db*',
        '    reason: migration window',
        '  - rule: LP-FW-001',
        '    resource: aws_security_group.none',
        '    reason: matches nothing',
        '',
      ].join('\n'),
    );
    const run = await leakproof('scan', '.', '--format', 'json');
    const report = run.json();
    expect(run.code).toBe(0);
    expect(report.summary).toMatchObject({ findings: 1, suppressed: 3 });
    expect(changes(report, 'severity-changed')).toEqual([
      { kind: 'severity-changed', description: 'LP-FW-002 severity lowered from high to low', source: { file: '.leakproof.yaml', line: 2 }, origin: 'discovered', findings: 1 },
    ]);
    // db2 is suppressed by its comment first, so the waiver counts db and db3 only.
    expect(changes(report, 'waiver')).toEqual([
      expect.objectContaining({ source: { file: '.leakproof.yaml', line: 5 }, origin: 'discovered', findings: 2 }),
    ]);
    expect(changes(report, 'inline-suppression')).toEqual([
      expect.objectContaining({ source: { file: 'main.tf', line: expect.any(Number) }, origin: 'discovered', findings: 1 }),
    ]);
    expect(run.stderr).toContain('leakproof: .leakproof.yaml (found in the scanned tree) lowered 1 severity override (1 finding), waived 2 findings; see the report');
    expect(run.stderr).toContain('leakproof: 1 suppression comment in the scanned files suppressed 1 finding; see the report');
  });

  test('a baseline is listed with the origin of whoever named it', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22) + SG('db', 5432));
    expect((await leakproof('baseline', '-o', 'base.json', '.')).code).toBe(0);
    write('.leakproof.yaml', 'baseline: base.json\n');
    const fromConfig = (await leakproof('scan', '.', '--format', 'json')).json();
    expect(changes(fromConfig, 'baseline')).toEqual([
      { kind: 'baseline', description: '2 findings recorded in baseline base.json suppressed', source: { file: 'base.json' }, origin: 'discovered', findings: 2 },
    ]);
    const fromFlag = (await leakproof('scan', '.', '--format', 'json', '--baseline', 'base.json')).json();
    expect(changes(fromFlag, 'baseline')).toEqual([expect.objectContaining({ origin: 'command-line', findings: 2 })]);
  });

  test('nothing changed, nothing listed', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22));
    write('.leakproof.yaml', 'fail-on: medium\nseverity:\n  LP-FW-002: critical\n');
    const run = await leakproof('scan', '.', '--format', 'json');
    expect(run.json().policyChanges).toBeUndefined();
    expect(run.stderr).not.toContain('found in the scanned tree');
  });

  test('--rule and --skip-rule that match no rule are usage errors naming the id', async () => {
    write('main.tf', PROVIDER + SG('bastion', 22));
    const rule = await leakproof('scan', '.', '--rule', 'LP-FW-999');
    expect(rule.code).toBe(2);
    expect(rule.stdout).toBe('');
    expect(rule.stderr).toBe("leakproof: --rule 'LP-FW-999' matches no known rule (run `leakproof rules` to list them)\n");
    const skip = await leakproof('scan', '.', '--skip-rule', 'LP-FW-002,NOPE-*,XX-1');
    expect(skip.code).toBe(2);
    expect(skip.stderr).toBe("leakproof: --skip-rule 'NOPE-*', 'XX-1' match no known rule (run `leakproof rules` to list them)\n");
    expect((await leakproof('baseline', '-o', 'b.json', '--rule', 'LP-NOPE', '.')).code).toBe(2);
    expect(existsSync(path.join(dir, 'b.json'))).toBe(false);
    // A glob that matches is fine.
    expect((await leakproof('scan', '.', '--rule', 'LP-FW-*')).code).toBe(1);
  });
});
