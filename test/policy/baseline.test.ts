import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { baselineOf, readBaseline, writeBaseline } from '../../src/policy/baseline.js';
import { finding } from '../reporters/sample-report.js';

describe('baseline file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-baseline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('round-trips, sorted and without timestamps, so an unchanged scan rewrites it identically', () => {
    const file = path.join(dir, 'b.json');
    const findings = [finding({ ruleId: 'LP-ST-001', fingerprint: 'b' }), finding({ fingerprint: 'a' }), finding({ fingerprint: 'a' })];
    writeBaseline(file, baselineOf(findings, 'leakproof 0.1.0'));
    const first = readFileSync(file, 'utf8');
    const { baseline, errors } = readBaseline(file);
    expect(errors).toEqual([]);
    expect(baseline!.findings.map((e) => [e.ruleId, e.fingerprint])).toEqual([
      ['LP-DB-001', 'a'],
      ['LP-ST-001', 'b'],
    ]);
    writeBaseline(file, baselineOf([...findings].reverse(), 'leakproof 0.1.0'));
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  test('a missing or malformed baseline is an error, never an empty baseline', () => {
    expect(readBaseline(path.join(dir, 'missing.json')).errors[0]!.message).toMatch(/baseline file not found/);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"version":1,"tool":"x","findings":[{"fingerprint":"a"}]}');
    expect(readBaseline(bad).errors[0]!.message).toBe("findings[0] has no 'ruleId' string");
    writeFileSync(bad, '[1,2]');
    expect(readBaseline(bad).errors[0]!.message).toMatch(/not a baseline file/);
    writeFileSync(bad, '{"version":2,"findings":[]}');
    expect(readBaseline(bad).errors[0]!.message).toMatch(/version 2 is not supported/);
  });
});
