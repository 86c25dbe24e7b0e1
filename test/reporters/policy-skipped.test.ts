/**
 * What policy turned off or down (`policyChanges`) and what the walker passed
 * over (`skipped`) show in every human and CI format: the scanned tree's own
 * policy first and prominently, the command line's apart; skipped entries
 * counted, and listed in the text report with --verbose. Reports without
 * either are unchanged (the golden files in unchanged.test.ts pin that).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScanReport } from '../../src/findings/report.js';
import { POLICY_CHANGE_RULE_ID, renderCsv, SKIPPED_RULE_ID } from '../../src/reporters/csv.js';
import { renderHtml } from '../../src/reporters/html.js';
import { renderReport } from '../../src/reporters/index.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderText } from '../../src/reporters/text.js';
import { HOSTILE, POLICY_CHANGES, RULES, sampleReport, SKIPPED } from './sample-report.js';
import { checkXml, type XmlElement } from './xml-check.js';
import { runCli } from '../support/run-cli.js';

const full = (): ScanReport => ({ ...sampleReport(), policyChanges: POLICY_CHANGES, skipped: SKIPPED });
const commandLineOnly = (): ScanReport => ({ ...sampleReport(), policyChanges: POLICY_CHANGES.filter((p) => p.origin === 'command-line') });

describe('text', () => {
  const out = renderText(full(), { color: false });
  const lines = out.split('\n');

  test('a section after the findings, the scanned tree first, each change with where and how many findings', () => {
    const discovered = lines.indexOf('Policy changes found in the scanned tree (review them: the scanned files turned these off or down):');
    const named = lines.indexOf('Policy changes from the command line:');
    const lastFinding = lines.findIndex((l) => l.includes('arn:aws:s3:::photos') && l.includes('LP-ST-001'));
    expect(discovered).toBeGreaterThan(lastFinding);
    expect(named).toBeGreaterThan(discovered);
    expect(lines[discovered + 1]).toBe('  infra/.leakproof.yaml:3  rule-disabled: rules LP-FW-* disabled (2 findings affected)');
    expect(lines[discovered + 2]).toBe(`  infra/.leakproof.yaml:7  fail-on-changed: fail-on lowered from high to none ${HOSTILE} (1 finding affected)`);
    expect(lines[named + 1]).toBe('  baseline.json  baseline: findings in the baseline are suppressed (4 findings affected)');
  });

  test('the summary counts the scanned tree\'s changes and the skipped entries, and says how to list them', () => {
    const summary = lines.find((l) => l.startsWith('Summary:'))!;
    expect(summary).toContain('; 2 policy changes from the scanned tree');
    expect(summary).toMatch(/; 4 skipped \(--verbose lists them\)$/);
    expect(out).not.toContain('Skipped (not scanned):');
  });

  test('with verbose the skipped entries are listed, with their kind and reason', () => {
    const verbose = renderText(full(), { color: false, verbose: true });
    const at = verbose.split('\n').indexOf('Skipped (not scanned):');
    expect(at).toBeGreaterThan(0);
    expect(verbose.split('\n').slice(at + 1, at + 5)).toEqual([
      '  infra/link-to-etc  symlink: a symlink pointing outside the scanned tree',
      '  infra/pipe  special: a FIFO',
      `  infra/${HOSTILE}.tf  oversize: larger than the limit of 5242880 bytes`,
      '  infra/vendor  excluded: matches exclude vendor/**',
    ]);
    expect(verbose.split('\n').find((l) => l.startsWith('Summary:'))).toMatch(/; 4 skipped$/);
  });

  test('renderReport passes verbose through to the text report', () => {
    expect(renderReport('text', full(), { verbose: true })).toContain('Skipped (not scanned):');
    expect(renderReport('text', full())).not.toContain('Skipped (not scanned):');
  });

  test('in colour the scanned tree\'s heading is red and bold', () => {
    expect(renderText(full(), { color: true })).toContain('\u001b[31m\u001b[1mPolicy changes found in the scanned tree');
  });

  test('command-line policy alone is listed but not counted in the summary as the scanned tree\'s', () => {
    const text = renderText(commandLineOnly(), { color: false });
    expect(text).toContain('Policy changes from the command line:');
    expect(text).not.toContain('scanned tree');
  });

  test('without either, the report has neither', () => {
    const plain = renderText(sampleReport(), { color: false, verbose: true });
    expect(renderText({ ...sampleReport(), policyChanges: [], skipped: [] }, { color: false, verbose: true })).toBe(plain);
    expect(plain).not.toMatch(/Policy changes|skipped/i);
  });
});

/** RFC 4180 rows of a report without multi-line cells besides the fix (which the tested rows leave empty). */
function rowsOf(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  const rows = rowsOf(renderCsv(full()));
  const col = (name: string) => rows[0]!.indexOf(name);

  test('one row per change after the findings, the scanned tree first, in the existing columns', () => {
    const changes = rows.filter((r) => r[col('rule_id')] === POLICY_CHANGE_RULE_ID);
    expect(changes).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    expect(rows[0]).toEqual(rowsOf(renderCsv(sampleReport()))[0]);
    const [first, second, third] = changes;
    expect(first![col('title')]).toBe('Policy change found in the scanned tree');
    expect(first![col('resource_type')]).toBe('rule-disabled');
    expect(first![col('file')]).toBe('infra/.leakproof.yaml');
    expect(first![col('start_line')]).toBe('3');
    expect(first![col('message')]).toBe('the scanned tree: rules LP-FW-* disabled (2 findings affected)');
    expect(first![col('severity')]).toBe('');
    expect(second![col('message')]).toBe(`the scanned tree: fail-on lowered from high to none ${HOSTILE} (1 finding affected)`);
    expect(third![col('title')]).toBe('Policy change from the command line');
    expect(third![col('file')]).toBe('baseline.json');
    expect(third![col('start_line')]).toBe('');
  });

  test('skipped entries come last, one row each, with path, kind and reason', () => {
    const skipped = rows.filter((r) => r[col('rule_id')] === SKIPPED_RULE_ID);
    expect(skipped.map((r) => [r[col('file')], r[col('resource_type')], r[col('message')]])).toEqual(SKIPPED.map((e) => [e.path, e.kind, e.reason]));
    expect(rows.slice(-4)).toEqual(skipped);
  });

  test('without either the CSV is unchanged', () => {
    expect(renderCsv({ ...sampleReport(), policyChanges: [], skipped: [] })).toBe(renderCsv(sampleReport()));
  });
});

describe('Markdown', () => {
  const md = renderMarkdown(full());
  const lines = md.split('\n');

  test('the counts line names the scanned tree\'s changes; its section comes before the findings', () => {
    expect(md).toContain('**2 policy changes from the scanned tree** (listed below)');
    const at = lines.indexOf('### ⚠️ Policy changes found in the scanned tree');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(lines.indexOf('### Top findings'));
    const rows = lines.slice(at).filter((l) => l.startsWith('| rule-disabled') || l.startsWith('| fail-on-changed'));
    expect(rows[0]).toBe('| rule-disabled | rules LP-FW-\\* disabled | <code>infra/.leakproof.yaml:3</code> | 2 |');
    expect(rows).toHaveLength(2);
    // The hostile description cannot add a cell, markup or a mention.
    expect(rows[1]!.replace(/\\\|/g, '').split('|').length - 2).toBe(4);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@octocat');
  });

  test('command-line policy is collapsed; skipped entries are counted and listed collapsed', () => {
    expect(md).toContain('<details><summary>Policy from the command line (1 change)</summary>');
    expect(md).toContain('| baseline | findings in the baseline are suppressed | <code>baseline.json</code> | 4 |');
    expect(md).toContain(' · 4 skipped');
    expect(md).toContain('<details><summary>Skipped, not scanned (4 entries)</summary>');
    expect(md).toContain('- <code>infra/link-to-etc</code> symlink: a symlink pointing outside the scanned tree');
  });

  test('command-line policy alone does not claim the scanned tree changed anything', () => {
    expect(renderMarkdown(commandLineOnly())).not.toContain('scanned tree');
  });

  test('without either the comment is unchanged', () => {
    expect(renderMarkdown({ ...sampleReport(), policyChanges: [], skipped: [] })).toBe(renderMarkdown(sampleReport()));
  });
});

describe('HTML', () => {
  const html = renderHtml(full());

  test('the header line counts them; the scanned tree\'s section follows the summary, before the findings', () => {
    expect(html).toMatch(/<p class="meta">[^<]* · 2 policy changes from the scanned tree · 4 skipped<\/p>/);
    const at = html.indexOf('<section id="policy-discovered-section"><h2 class="sev-high">Policy changes found in the scanned tree (2)</h2>');
    expect(at).toBeGreaterThan(html.indexOf('id="category-summary"'));
    expect(at).toBeLessThan(html.indexOf('<table id="findings">'));
    const section = html.slice(at, html.indexOf('</section>', at));
    expect(section).toContain('<tr><td>rule-disabled</td><td>rules LP-FW-* disabled</td><td><code>infra/.leakproof.yaml:3</code></td><td>2</td></tr>');
    expect(section).toContain('fail-on lowered from high to none &lt;img src=&quot;http://evil.example/x.png&quot;');
    expect(html).not.toContain('<img src="http://evil');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test('command-line policy and skipped entries are listed collapsed', () => {
    expect(html).toContain('<section id="policy-command-line-section"><details><summary>Policy from the command line (1 change)</summary>');
    expect(html).toContain('<summary>Skipped, not scanned (4 entries)</summary><ul id="skipped"><li><code>infra/link-to-etc</code> symlink: a symlink pointing outside the scanned tree</li>');
  });

  test('without either the page is unchanged', () => {
    expect(renderHtml({ ...sampleReport(), policyChanges: [], skipped: [] })).toBe(renderHtml(sampleReport()));
  });
});

describe('JUnit', () => {
  const xml = renderJunit(full(), { rules: RULES });
  const { problems, root } = checkXml(xml);
  const suites = root!.children;
  const byName = (name: string) => suites.find((s) => s.attrs.name === name)!;

  test('well-formed with the hostile text', () => {
    expect(problems).toEqual([]);
  });

  test('one skipped case per change, the scanned tree first, saying whose policy it is', () => {
    const suite = byName('leakproof policy changes');
    expect(suite.attrs).toMatchObject({ tests: '3', skipped: '3', failures: '0', errors: '0' });
    const [first, second, third] = suite.children as [XmlElement, XmlElement, XmlElement];
    expect(first.attrs).toMatchObject({ classname: 'leakproof.policy.discovered', name: 'rule-disabled: rules LP-FW-* disabled', file: 'infra/.leakproof.yaml', line: '3' });
    expect(first.children[0]!.name).toBe('skipped');
    expect(first.children[0]!.attrs.message).toBe('policy found in the scanned tree, infra/.leakproof.yaml:3: rules LP-FW-* disabled (2 findings affected)');
    expect(second.children[0]!.attrs.message).toContain(HOSTILE);
    expect(third.attrs.classname).toBe('leakproof.policy.command-line');
    expect(third.children[0]!.attrs.message).toBe('policy from the command line, baseline.json: findings in the baseline are suppressed (4 findings affected)');
  });

  test('skipped entries: one skipped case per kind, the entries in system-out', () => {
    const suite = byName('leakproof skipped entries');
    expect(suite.children.map((c) => c.attrs.name)).toEqual([
      '1 excluded entry not scanned',
      '1 oversize entry not scanned',
      '1 special entry not scanned',
      '1 symlink entry not scanned',
    ]);
    const oversize = suite.children[1]!;
    expect(oversize.children.map((c) => c.name)).toEqual(['skipped', 'system-out']);
    expect(oversize.children[1]!.text).toBe(`infra/${HOSTILE}.tf: larger than the limit of 5242880 bytes`);
    // The sample's 4 cases plus 3 changes and 4 kinds, none of them counted as passed.
    expect(root!.attrs).toMatchObject({ tests: '11', failures: '3', skipped: '8', errors: '0' });
  });

  test('without either there are no such suites', () => {
    expect(renderJunit({ ...sampleReport(), policyChanges: [], skipped: [] }, { rules: RULES })).toBe(renderJunit(sampleReport(), { rules: RULES }));
  });
});

describe('through the CLI: a scanned tree whose own config turns rules off, with entries the walker skips', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'leakproof-policy-skipped-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const tree = path.join(tmp, 'pr');
  mkdirSync(tree);
  writeFileSync(
    path.join(tree, 'main.tf'),
    'resource "aws_security_group" "admin" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
  );
  writeFileSync(path.join(tree, '.leakproof.yaml'), 'rules:\n  disable:\n    - LP-FW-*\nfail-on: none\n');
  writeFileSync(path.join(tmp, 'outside.tf'), '');
  symlinkSync(path.join(tmp, 'outside.tf'), path.join(tree, 'outside.tf'));
  execFileSync('mkfifo', [path.join(tree, 'pipe.tf')]);

  test('text: the section and the counts; --verbose lists the skipped entries', async () => {
    const run = await runCli(['scan', tree, '--no-history'], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Policy changes found in the scanned tree');
    expect(run.stdout).toMatch(/\.leakproof\.yaml:3 {2}rule-disabled: .*LP-FW-.* disabled \([1-9]\d* findings? affected\)/);
    expect(run.stdout).toMatch(/\.leakproof\.yaml:4 {2}fail-on-changed: fail-on lowered from high to none/);
    const summary = run.stdout.split('\n').find((l) => l.startsWith('Summary:'))!;
    expect(summary).toMatch(/; 2 policy changes from the scanned tree; 2 skipped \(--verbose lists them\)$/);

    const verbose = await runCli(['scan', tree, '--no-history', '--verbose'], { NO_COLOR: '1' });
    expect(verbose.stdout).toContain('Skipped (not scanned):');
    expect(verbose.stdout).toMatch(/outside\.tf {2}symlink: /);
    expect(verbose.stdout).toMatch(/pipe\.tf {2}special: /);
  });

  test('Markdown, HTML, CSV and JUnit written in one run all show them', async () => {
    const out = path.join(tmp, 'reports');
    const run = await runCli(['scan', tree, '--no-history', '--format', 'markdown,html,csv,junit', '-o', out]);
    expect(run.code).toBe(0);
    const read = (ext: string) => readFileSync(path.join(out, `leakproof.${ext}`), 'utf8');
    expect(read('md')).toContain('### ⚠️ Policy changes found in the scanned tree');
    expect(read('md')).toContain('<details><summary>Skipped, not scanned (2 entries)</summary>');
    expect(read('html')).toContain('<section id="policy-discovered-section">');
    expect(read('html')).toContain('<ul id="skipped">');
    expect(read('csv').split('\r\n').filter((r) => r.startsWith(`,${POLICY_CHANGE_RULE_ID},`))).toHaveLength(2);
    expect(read('csv').split('\r\n').filter((r) => r.startsWith(`,${SKIPPED_RULE_ID},`))).toHaveLength(2);
    const junit = checkXml(read('junit.xml'));
    expect(junit.problems).toEqual([]);
    const suites = junit.root!.children.map((s) => s.attrs.name);
    expect(suites).toEqual(expect.arrayContaining(['leakproof policy changes', 'leakproof skipped entries']));
  });
});
