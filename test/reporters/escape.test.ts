/**
 * Scanned text is data: control characters, line/paragraph separators and
 * bidi overrides in file names, addresses, messages, notes, errors, evidence,
 * policy changes and skipped entries reach no report raw. They are shown as
 * escapes (`\x1b`, `\n`, `\u202e`) in text, CSV, Markdown, HTML and JUnit, and
 * the reporters' own colours and line breaks are left alone.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScanReport } from '../../src/findings/report.js';
import { renderCsv } from '../../src/reporters/csv.js';
import { csvCell, csvMultilineCell, escapeControl, escapeControlKeepLines, escapeHtml, escapeMarkdown, escapeXml, markdownCodeBlock } from '../../src/reporters/escape.js';
import { renderHtml } from '../../src/reporters/html.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderText } from '../../src/reporters/text.js';
import { runCli } from '../support/run-cli.js';
import { CONTROL, finding, report, RULES } from './sample-report.js';
import { checkXml, type XmlElement } from './xml-check.js';

/** What must never appear raw: everything escapeControl escapes. LF is checked apart (it is the reports' own line break). */
const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const SHOWN = escapeControl(CONTROL);

/**
 * A snippet's line breaks are the rule's own, so a line break quoted into it stays one
 * (it can only ever be an indented or fenced line of the snippet); the rest is escaped.
 */
const ONE_LINE = CONTROL.replace(/[\r\n]/g, '');
const SHOWN_ONE_LINE = escapeControl(ONE_LINE);

/** A report with the control string in every place a scanned string can be. */
function hostileReport(): ScanReport {
  const file = `infra/${CONTROL}.tf`;
  const f = finding({
    message: `bucket ${CONTROL} is public`,
    resource: { ...finding().resource, address: `aws_s3_bucket.x["${CONTROL}"]` },
    location: { file, startLine: 4, endLine: 9 },
    remediation: { text: `fix ${CONTROL}`, snippet: { language: 'hcl', code: `resource "aws_s3_bucket" "${ONE_LINE}" {\r\n  acl = "private"\n}\n` } },
    evidence: {
      path: [{ kind: 'internet', address: `sg ${CONTROL}`, detail: `detail ${CONTROL}`, loc: { file, startLine: 2, endLine: 2 } }],
      missing: [`missing ${CONTROL}`],
      details: { [`key ${CONTROL}`]: `value ${CONTROL}` },
    },
  });
  const waived = finding({ fingerprint: 'w', suppressed: { kind: 'waiver', reason: `reason ${CONTROL}` } });
  return {
    ...report([f, waived], { errors: [{ file, line: 2, column: 3, message: `unexpected ${CONTROL}` }], notes: [`note ${CONTROL}`] }),
    notAssessed: [{ provider: 'aws', account: '1', region: 'eu-west-1', service: 's3', scope: `bucket ${CONTROL}`, reason: `denied ${CONTROL}` }],
    policyChanges: [
      { kind: 'waiver', description: `waiver ${CONTROL}`, source: { file: `${CONTROL}/.leakproof.yaml`, line: 5 }, origin: 'discovered', findings: 1 },
      { kind: 'baseline', description: `baseline ${CONTROL}`, source: { file: 'b.json' }, origin: 'command-line', findings: 0 },
    ],
    skipped: [{ path: `infra/${CONTROL}`, kind: 'special', reason: `fifo ${CONTROL}` }],
  };
}

describe('escapeControl', () => {
  test('shows each kind of control character as an escape', () => {
    expect(escapeControl('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(escapeControl('l1\r\nl2\tx')).toBe('l1\\r\\nl2\\tx');
    expect(escapeControl('\u0000\u007f\u0085\u009b')).toBe('\\x00\\x7f\\x85\\x9b');
    expect(escapeControl('\u2028\u2029')).toBe('\\u2028\\u2029');
    expect(escapeControl('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c')).toBe(
      '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c',
    );
  });

  test('leaves ordinary text, including non-Latin scripts and emoji, as it is', () => {
    for (const s of ['aws_s3_bucket.logs["a b"]', 'Zürich 東京 مرحبا 🟥', 'C:\\path\\x', '']) expect(escapeControl(s)).toBe(s);
  });

  test('the multi-line form keeps line breaks (CRLF and CR become LF) and escapes the rest', () => {
    expect(escapeControlKeepLines('a\r\nb\rc\n\u001b\u202e')).toBe('a\nb\nc\n\\x1b\\u202e');
  });

  test('every output syntax escapes control characters', () => {
    expect(escapeHtml('<b>\u001b')).toBe('&lt;b&gt;\\x1b');
    expect(escapeXml('\u0001&\uFFFE\uD800')).toBe('\\x01&amp;\\ufffe\\ud800');
    expect(escapeMarkdown('a\nb')).toBe('a\\\\nb');
    expect(markdownCodeBlock('x\u001b\ny')).toBe('```\nx\\x1b\ny\n```');
    expect(csvCell('a\nb')).toBe('a\\nb');
    expect(csvMultilineCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('\tcmd')).toBe("'\\tcmd");
  });
});

describe('reports of a scan full of control characters', () => {
  const hostile = hostileReport();

  test('text: nothing raw, no forged line, the escapes visible', () => {
    for (const verbose of [false, true]) {
      const out = renderText(hostile, { color: false, showSuppressed: true, verbose });
      expect(out).not.toMatch(RAW);
      expect(out.split('\n').filter((l) => /^\s*leakproof: forged/.test(l))).toEqual([]);
      expect(out).toContain(`infra/${SHOWN}.tf:4`);
      expect(out).toContain(`unexpected ${SHOWN}`);
      expect(out).toContain(`note ${SHOWN}`);
      expect(out).toContain(`waiver ${SHOWN}`);
      expect(out).toContain(`value ${SHOWN}`);
      // The snippet keeps its own lines.
      expect(out).toContain(`      resource "aws_s3_bucket" "${SHOWN_ONE_LINE}" {\n        acl = "private"\n      }`);
      if (verbose) expect(out).toContain(`fifo ${SHOWN}`);
    }
  });

  test("text in colour: the reporter's own colours stay, the scanned ESC does not", () => {
    const out = renderText(hostile, { color: true, showSuppressed: true, verbose: true });
    expect(out).toContain('\u001b[1m'); // chalk's bold
    expect(out).not.toContain('\u001b[31mRED');
    expect(out).toContain('\\x1b[31mRED');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
  });

  test('CSV: no control character but the row ends and the fix cell\'s own line breaks', () => {
    const csv = renderCsv(hostile);
    const rows = csv.split('\r\n');
    expect(rows.pop()).toBe('');
    // header, 2 findings, 1 not-assessed part, 2 policy changes, 1 skipped entry: no CRLF quoted from the scan added a row.
    expect(rows).toHaveLength(7);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    // The fix cell is the one quoted cell allowed a line break, so the finding row spans its 3 lines.
    expect(csv).toContain(`"resource ""aws_s3_bucket"" ""${SHOWN_ONE_LINE}"" {\n  acl = ""private""\n}"`);
    expect(csv).toContain(`bucket ${SHOWN} is public`);
    expect(csv).toContain(`waiver ${SHOWN}`);
  });

  test('Markdown: nothing raw, no line break inside a table row or list item', () => {
    const md = renderMarkdown(hostile);
    expect(md).not.toMatch(RAW);
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line).toMatch(/\|$/);
    expect(md.split('\n').filter((l) => l.startsWith('leakproof: forged'))).toEqual([]);
    expect(md).toContain('\\\\x1b\\[31mRED');
  });

  test('HTML: nothing raw, the escapes visible', () => {
    const html = renderHtml(hostile);
    expect(html).not.toMatch(RAW);
    expect(html).toContain('evil\\x1b[31mRED\\x1b[0m\\r\\nleakproof: forged.tf:1: fake error\\u202egnp.exe\\u2028\\x85\\x00\\u2066end');
    expect(html.split('\n').filter((l) => l.startsWith('leakproof: forged'))).toEqual([]);
  });

  test('JUnit: well-formed XML 1.0 with the escapes visible in attributes and text', () => {
    const xml = renderJunit(hostile, { rules: RULES });
    const { problems, root } = checkXml(xml);
    expect(problems).toEqual([]);
    expect(xml).not.toMatch(RAW);
    const all = (el: XmlElement): XmlElement[] => [el, ...el.children.flatMap(all)];
    const failure = all(root!).find((e) => e.name === 'failure')!;
    expect(failure.attrs.message).toBe(`bucket ${SHOWN} is public`);
    expect(failure.text).toContain(`infra/${SHOWN}.tf:4`);
    expect(failure.text.split('\n').filter((l) => l.startsWith('leakproof: forged'))).toEqual([]);
    const error = all(root!).find((e) => e.name === 'error')!;
    expect(error.text).toBe(`infra/${SHOWN}.tf:2:3: unexpected ${SHOWN}`);
  });
});

describe('the CLI on stderr', () => {
  test('an input error names a crafted file with its control characters escaped', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-escape-'));
    try {
      // A file name can hold ESC, CR and LF on Linux; the broken HCL makes it an input error.
      const name = 'x\u001b[2J\rleakproof: forged.tf:1: fake\n.tf';
      writeFileSync(path.join(dir, name), 'resource "aws_s3_bucket" "b" {\n');
      const run = await runCli(['scan', dir, '--format', 'json']);
      expect(run.code).toBe(2);
      const lines = run.stderr.split('\n').filter(Boolean);
      expect(lines.some((l) => l.includes('x\\x1b[2J\\rleakproof: forged.tf:1: fake\\n.tf'))).toBe(true);
      expect(lines.filter((l) => l.startsWith('leakproof: forged'))).toEqual([]);
      expect(run.stderr.replace(/\n/g, '')).not.toMatch(RAW);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
