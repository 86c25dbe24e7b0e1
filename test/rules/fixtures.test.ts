/**
 * The table-driven rule test. Every file under test/fixtures/rules/<RULE-ID>/
 * (Terraform, CloudFormation / ROS YAML or JSON, plan JSON) is scanned on its
 * own. An `expect: <RULE-ID>` comment marks the line a finding must start at:
 * the comment's own line when it trails code, else the next line that is not a
 * comment. JSON, which has no comments, lists `RULE-ID LINE` pairs in a sidecar
 * `<fixture>.expect`. Each expected finding must appear, and no other finding
 * of the folder's rule, or of any rule the file expects, may appear.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { scanPaths } from '../../src/scan.js';

const FIXTURE_ROOT = path.join('test', 'fixtures', 'rules');
const EXPECT = /(?:#|\/\/)\s*expect:\s*([A-Z][A-Z0-9-]+)/g;
const COMMENT_ONLY = /^\s*(#|\/\/)/;

interface Expectation {
  ruleId: string;
  line: number;
}

function expectationsOf(source: string): Expectation[] {
  const lines = source.split(/\r?\n/);
  const out: Expectation[] = [];
  lines.forEach((text, i) => {
    for (const m of text.matchAll(EXPECT)) {
      let line = i + 1;
      if (COMMENT_ONLY.test(text)) {
        let j = i + 1;
        while (j < lines.length && (COMMENT_ONLY.test(lines[j]!) || lines[j]!.trim() === '')) j++;
        line = j + 1;
      }
      out.push({ ruleId: m[1]!, line });
    }
  });
  return out;
}

function sidecarExpectations(file: string): Expectation[] {
  const sidecar = `${file}.expect`;
  if (!existsSync(sidecar)) return [];
  return readFileSync(sidecar, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [ruleId, line] = l.split(/\s+/);
      return { ruleId: ruleId!, line: Number(line) };
    });
}

function fixtureFiles(): Array<{ ruleDir: string; file: string }> {
  const out: Array<{ ruleDir: string; file: string }> = [];
  for (const ruleDir of readdirSync(FIXTURE_ROOT).sort()) {
    const dir = path.join(FIXTURE_ROOT, ruleDir);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(tf|tofu|json|ya?ml|template)$/.test(f)) out.push({ ruleDir, file: path.join(dir, f) });
  }
  return out;
}

const cases = fixtureFiles();

describe('rule fixtures', () => {
  test('there are fixtures for every built-in rule folder', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map((c) => [c.file, c.ruleDir] as const))('%s', async (file, ruleDir) => {
    const expectations = [...expectationsOf(readFileSync(file, 'utf8')), ...sidecarExpectations(file)];
    const report = await scanPaths([file]);
    expect(report.errors).toEqual([]);
    const checkedRules = new Set([ruleDir, ...expectations.map((e) => e.ruleId)]);
    const actual = report.findings
      .filter((f) => checkedRules.has(f.ruleId))
      .map((f) => `${f.ruleId}@${f.location.startLine}`)
      .sort();
    const wanted = expectations.map((e) => `${e.ruleId}@${e.line}`).sort();
    expect(actual).toEqual(wanted);
  });
});
