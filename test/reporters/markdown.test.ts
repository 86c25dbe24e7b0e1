import { describe, expect, test } from '@jest/globals';
import { escapeMarkdown, markdownCodeBlock } from '../../src/reporters/escape.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { finding, HOSTILE, NOT_ASSESSED, report, sampleReport, sampleWithNotAssessed } from './sample-report.js';

describe('Markdown reporter', () => {
  const md = renderMarkdown(sampleReport());

  test('counts by severity, top findings and collapsed details', () => {
    expect(md).toMatch(/^## leakproof: 3 findings\n/);
    expect(md).toContain('| 🟥 critical | 1 |');
    expect(md).toContain('| 🟧 high | 1 |');
    expect(md).toContain('| 🟨 medium | 1 |');
    expect(md).toContain('1 suppressed');
    expect(md).toContain('### Top findings');
    expect(md.match(/<details>/g)).toHaveLength(3);
    expect(md).toContain('1. internet <code>internet</code>: 0.0.0.0/0');
    expect(md).toContain('<code>arn:aws:s3:::photos</code> |');
    expect(md).toContain('```hcl\nvpc_options {');
  });

  test('suppressed findings are counted, not listed', () => {
    expect(md).not.toContain('aws_s3_bucket.exports');
  });

  test('quoted text cannot inject markup, break the table or mention anyone', () => {
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('@octocat');
    const row = md.split('\n').find((l) => l.includes('LP-FW-002') && l.startsWith('|'))!;
    // Every | inside the cells is escaped, so the row still has exactly 5 cells.
    expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(5);
    expect(escapeMarkdown('[x](http://evil) *b* `c`')).toBe('\\[x\\]\\(http://evil\\) \\*b\\* \\`c\\`');
  });

  test('a code block cannot be closed by backticks inside the snippet', () => {
    expect(markdownCodeBlock('a ``` b', 'hcl')).toBe('````hcl\na ``` b\n````');
  });

  test('stays under the comment size limit, saying what was left out', () => {
    const many = Array.from({ length: 400 }, (_, i) => finding({ fingerprint: `f${i}`, message: `${HOSTILE} ${'x'.repeat(300)}` }));
    const out = renderMarkdown(report(many), { maxLength: 20000 });
    expect(out.length).toBeLessThan(21000);
    expect(out).toMatch(/_\d+ more findings are not detailed here/);
    expect(out).toContain('…and 390 more.');
  });

  test('a clean scan says so', () => {
    expect(renderMarkdown(report([]))).toMatch(/^## leakproof: no findings\n/);
  });
});

describe('Markdown: parts of a live account that were not assessed', () => {
  const md = renderMarkdown(sampleWithNotAssessed());
  const lines = md.split('\n');

  test('the heading and the counts say so', () => {
    expect(md).toMatch(/^## leakproof: 3 findings \(2 parts not assessed\)\n/);
    expect(md).toContain('**2 parts not assessed** (listed below)');
    expect(renderMarkdown({ ...report([]), notAssessed: NOT_ASSESSED })).toMatch(/^## leakproof: no findings \(2 parts not assessed\)\n/);
  });

  test('a section right after the summary, before the findings, one table row per part', () => {
    const at = lines.indexOf('### ⚠️ Not assessed');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.includes('**2 parts not assessed**')));
    expect(at).toBeLessThan(lines.indexOf('### Top findings'));
    const rows = lines.slice(at).filter((l) => l.startsWith('| aws |'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(
      '| aws | <code>123456789012</code> | <code>eu-central-2</code> | ec2 | security groups | <code>ec2:DescribeSecurityGroups</code> AccessDenied: not authorized to perform ec2:DescribeSecurityGroups |',
    );
    expect(rows[1]).toContain('<code>210987654321</code> | <code>global</code> | s3 | bucket &lt;img src=');
    expect(rows[1]).toContain('=HYPERLINK\\("http://evil.example"\\) timed out after 5 attempts');
  });

  test('quoted text cannot inject markup, break the table or mention anyone', () => {
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('@octocat');
    const hostileRow = lines.find((l) => l.startsWith('| aws |') && l.includes('210987654321'))!;
    expect(hostileRow.replace(/\\\|/g, '').split('|').length - 2).toBe(6);
  });

  test('a long list is cut, saying how many more', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...NOT_ASSESSED[0]!, region: `r-${i}` }));
    const out = renderMarkdown({ ...report([]), notAssessed: many });
    expect(out.split('\n').filter((l) => l.startsWith('| aws |'))).toHaveLength(50);
    expect(out).toContain('…and 70 more not-assessed parts; see the full report.');
  });

  test('without parts (absent or empty) the comment is unchanged', () => {
    expect(renderMarkdown({ ...sampleReport(), notAssessed: [] })).toBe(renderMarkdown(sampleReport()));
    expect(renderMarkdown(sampleReport())).not.toContain('not assessed');
  });
});
