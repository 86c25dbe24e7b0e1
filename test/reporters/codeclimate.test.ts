/** GitLab Code Quality (Code Climate issues): the fields GitLab reads, unique fingerprints, root-relative paths. */
import { describe, expect, test } from '@jest/globals';
import { buildCodeClimate, renderCodeClimate } from '../../src/reporters/codeclimate.js';
import { finding, report, sampleReport } from './sample-report.js';

type Issue = { type: string; check_name: string; description: string; severity: string; fingerprint: string; categories: string[]; content: { body: string }; location: { path: string; lines: { begin: number; end: number } } };

describe('Code Quality report', () => {
  const issues = buildCodeClimate(sampleReport(), { srcRoot: '/r', cwd: '/r' }) as Issue[];

  test('an array of issues with every field GitLab needs, unsuppressed findings only', () => {
    expect(issues).toHaveLength(3);
    for (const i of issues) {
      expect(i.type).toBe('issue');
      expect(i.check_name).toMatch(/^LP-/);
      expect(i.description.length).toBeGreaterThan(0);
      expect(i.description).not.toContain('\n');
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(typeof i.location.path).toBe('string');
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(i.categories).toEqual(['Security']);
    }
    expect(issues.map((i) => i.severity)).toEqual(['blocker', 'critical', 'major']);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    expect(Array.isArray(JSON.parse(renderCodeClimate(report([]))))).toBe(true);
  });

  test('the location is the file and first line, from the repository root wherever the scan ran', () => {
    expect(issues[0]!.location).toEqual({ path: 'examples/incident-2019/search.tf', lines: { begin: 3, end: 20 } });
    const fromSub = buildCodeClimate(report([finding({ location: { file: 'search.tf', startLine: 3, endLine: 20 } })]), { srcRoot: '/r', cwd: '/r/infra' }) as Issue[];
    expect(fromSub[0]!.location.path).toBe('infra/search.tf');
  });

  test('the body carries the fix and its snippet', () => {
    expect(issues[0]!.content.body).toContain('Fix: Put the domain in a VPC.');
    expect(issues[0]!.content.body).toContain('```hcl\nvpc_options {');
  });

  test('live findings point at the inventory record when known, else the ARN', () => {
    expect(issues[2]!.location).toEqual({ path: 'arn:aws:s3:::photos', lines: { begin: 1, end: 1 } });
    const located = buildCodeClimate(sampleReport(), { srcRoot: '/r', cwd: '/r', liveLocations: { file: 'inv.json', lines: new Map([['arn:aws:s3:::photos', 12]]) } }) as Issue[];
    expect(located[2]!.location).toEqual({ path: 'inv.json', lines: { begin: 12, end: 12 } });
  });

  test('two findings with one fingerprint still get two fingerprints (GitLab drops duplicates)', () => {
    const twice = buildCodeClimate(report([finding(), finding({ location: { file: 'other.tf', startLine: 1, endLine: 1 } })])) as Issue[];
    expect(twice).toHaveLength(2);
    expect(twice[0]!.fingerprint).not.toBe(twice[1]!.fingerprint);
  });
});
