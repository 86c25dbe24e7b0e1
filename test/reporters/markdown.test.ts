import { describe, expect, test } from '@jest/globals';
import { escapeMarkdown, markdownCodeBlock } from '../../src/reporters/escape.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { finding, HOSTILE, report, sampleReport } from './sample-report.js';

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
