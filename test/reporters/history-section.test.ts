import { describe, expect, test } from '@jest/globals';
import { historyHtml, historyMarkdown, trendSvg, type HistorySection } from '../../src/reporters/history-section.js';
import { HOSTILE } from './sample-report.js';

const open = (critical: number, high: number) => ({ critical, high, medium: 0, low: 0, info: 0 });

const SECTION: HistorySection = {
  runId: 'r3',
  scope: `scan ${HOSTILE}`,
  since: { runId: 'r2', at: '2026-11-02T02:00:00.000Z' },
  new: [{ ruleId: 'LP-FW-002', severity: 'high', title: 't', resource: HOSTILE, location: 'main.tf:3', firstSeenAt: '2026-11-03T02:00:00.000Z', ageDays: 0 }],
  regressed: [{ ruleId: 'LP-DB-001', severity: 'critical', title: 't', resource: 'aws_db_instance.main', location: 'db.tf:1', firstSeenAt: '2026-10-01T02:00:00.000Z', ageDays: 33, regressions: 1 }],
  resolved: [],
  unverified: [],
  stillOpen: 4,
  trend: [
    { runId: 'r1', at: '2026-11-01T02:00:00.000Z', open: open(1, 2) },
    { runId: 'r2', at: '2026-11-02T02:00:00.000Z', open: open(0, 2) },
    { runId: 'r3', at: '2026-11-03T02:00:00.000Z', open: open(1, 3) },
  ],
};

describe('history section of the reports', () => {
  test('Markdown: counts, lists with age, trend table; scanned text cannot inject markup or mentions', () => {
    const md = historyMarkdown(SECTION);
    expect(md).toContain('### Since the last run (2026-11-02, run r2)');
    expect(md).toContain('| 1 | 1 | 0 | 4 | 0 |');
    expect(md).toContain('- critical LP-DB-001 <code>aws_db_instance.main</code> — first seen 2026-10-01, 33 days ago');
    expect(md).toContain('| 2026-11-03 r3 | 1 | 3 | 0 | 0 | 0 |');
    expect(md).not.toMatch(/<img|<script|@octocat/);
  });

  test('HTML: escaped, with a stacked-bar SVG of the trend (one bar segment per severity present) and a legend', () => {
    const html = historyHtml(SECTION);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=');
    const svg = trendSvg(SECTION.trend);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(5); // r1: critical+high, r2: high, r3: critical+high
    expect(svg).toContain('<title>2026-11-03 r3: 3 high</title>');
    expect(svg).not.toContain('style=');
    for (const s of ['critical', 'high', 'medium', 'low', 'info']) expect(svg).toContain(`>${s}</text>`);
  });

  test('the first run of a scope says so', () => {
    const { since: _since, ...first } = SECTION;
    expect(historyMarkdown({ ...first, trend: [] })).toContain('_First recorded run of this scope: every finding is new._');
    expect(historyHtml({ ...first, trend: [] })).toContain('<p>First recorded run of this scope: every finding is new.</p>');
  });
});
