/**
 * Rule fixtures in CloudFormation, ROS and plan form (test/fixtures/rules-templates/<RULE-ID>/),
 * checked the way test/rules/fixtures.test.ts checks the Terraform ones: every
 * expected finding appears at its line, and no other finding of the folder's
 * rule (or of a rule the file expects) does. YAML fixtures carry
 * `# expect: <RULE-ID>` comments (the comment's line when it trails a value,
 * else the next line that is not a comment); JSON fixtures, which cannot carry
 * comments, list `RULE-ID LINE` pairs in a sidecar `<fixture>.expect`.
 *
 * The files go through their own source, normalizer, the shared analyses and
 * the built-in rules (the scan pipeline's steps) so that they run before the
 * pipeline reads these formats; once it does, they belong in
 * test/fixtures/rules/ beside the Terraform ones.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { buildRuleContext } from '../../src/analysis/context.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { SourceResource, SourceResult } from '../../src/model/source-resource.js';
import { loadCloudFormation } from '../../src/sources/cloudformation/load.js';
import { normalizeCloudFormation } from '../../src/sources/cloudformation/normalize/index.js';
import { detectFormat } from '../../src/sources/detect.js';
import { loadTerraformPlan } from '../../src/sources/terraform-plan/load.js';
import { normalizeTerraform } from '../../src/sources/terraform/normalize/index.js';

const ROOT = nodePath.join('test', 'fixtures', 'rules-templates');
const EXPECT = /#\s*expect:\s*([A-Z][A-Z0-9-]+)/g;
const COMMENT_ONLY = /^\s*#/;

function commentExpectations(source: string): string[] {
  const lines = source.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((text, i) => {
    for (const m of text.matchAll(EXPECT)) {
      let line = i + 1;
      if (COMMENT_ONLY.test(text)) {
        let j = i + 1;
        while (j < lines.length && (COMMENT_ONLY.test(lines[j]!) || lines[j]!.trim() === '')) j++;
        line = j + 1;
      }
      out.push(`${m[1]}@${line}`);
    }
  });
  return out;
}

function sidecarExpectations(file: string): string[] {
  const sidecar = `${file}.expect`;
  if (!existsSync(sidecar)) return [];
  return readFileSync(sidecar, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [ruleId, line] = l.split(/\s+/);
      return `${ruleId}@${Number(line)}`;
    });
}

function fixtures(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!existsSync(ROOT)) return out;
  for (const ruleDir of readdirSync(ROOT).sort()) {
    const dir = nodePath.join(ROOT, ruleDir);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(json|ya?ml|template)$/.test(f)) out.push([nodePath.join(dir, f), ruleDir]);
  }
  return out;
}

function load(file: string): { result: SourceResult; normalize: (r: SourceResource[]) => ReturnType<typeof normalizeCloudFormation> } {
  const format = detectFormat(file, readFileSync(file, 'utf8'));
  if (format === 'terraform-plan') return { result: loadTerraformPlan(file), normalize: normalizeTerraform };
  if (format === 'cloudformation' || format === 'ros') return { result: loadCloudFormation([file]), normalize: normalizeCloudFormation };
  throw new Error(`${file} is not a template or a plan`);
}

const cases = fixtures();

describe('rule fixtures in template and plan form', () => {
  test('there are fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases)('%s', async (file, ruleDir) => {
    const wanted = [...commentExpectations(readFileSync(file, 'utf8')), ...sidecarExpectations(file)].sort();
    const { result, normalize } = load(file);
    expect(result.errors).toEqual([]);
    const ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
    const ctx = buildRuleContext(normalize(result.resources));
    const { findings, errors } = runRules({ ruleSet, ctx, sources: result.resources });
    expect(errors).toEqual([]);
    const checked = new Set([ruleDir, ...wanted.map((w) => w.split('@')[0]!)]);
    const actual = findings
      .filter((f) => checked.has(f.ruleId) && f.location.file === file)
      .map((f) => `${f.ruleId}@${f.location.startLine}`)
      .sort();
    expect(actual).toEqual(wanted);
  });
});
