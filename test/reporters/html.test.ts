import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import { renderHtml } from '../../src/reporters/html.js';
import { CHROMIUM, openReport, type OpenedReport } from './browser.js';
import { finding, HOSTILE, report, sampleReport } from './sample-report.js';

describe('HTML reporter (static)', () => {
  const html = renderHtml(sampleReport());

  test('is one file with no external resource references', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    // Attribute values hold escaped finding text; look at attribute names only.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<[a-z][^>]*\s(src|href)\s*=/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  test('a Content Security Policy forbids every fetch and allows only its own style and script', () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline|https?:/);
  });

  test('finding text is escaped', () => {
    expect(html).not.toContain('<img src="http://evil');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain('&lt;img src=&quot;http://evil.example/x.png&quot;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED: HTML report browser tests need ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`);
const inBrowser = haveChromium ? describe : describe.skip;

inBrowser('HTML reporter in headless Chromium', () => {
  let opened: OpenedReport;
  const visibleRows = () => opened.page.locator('#findings tbody tr:not([hidden])');

  beforeAll(async () => {
    const findings = [
      ...sampleReport().findings,
      finding({ ruleId: 'LP-DB-002', severity: 'low', message: 'low one', fingerprint: 'l1', location: { file: 'a.tf', startLine: 1, endLine: 1 } }),
    ];
    opened = await openReport(renderHtml(report(findings)));
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('no request leaves the page, no script from the findings runs, and the page raises no error', async () => {
    expect(opened.requests).toEqual([opened.url]);
    expect(await opened.page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(opened.consoleErrors).toEqual([]);
    await expect(opened.page.locator('#findings').textContent()).resolves.toContain(HOSTILE.slice(0, 40));
  });

  test('renders the summary and one row per unsuppressed finding', async () => {
    await expect(opened.page.locator('#severity-summary .card').count()).resolves.toBe(5);
    await expect(opened.page.locator('#findings tbody tr').count()).resolves.toBe(5);
    await expect(visibleRows().count()).resolves.toBe(4);
    await expect(opened.page.locator('#shown-count').textContent()).resolves.toBe('4');
  });

  test('sorts by severity both ways and by location', async () => {
    const severities = () => visibleRows().evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: Record<string, string> }).dataset.severity));
    await opened.page.click('th[data-sort="rank"] button');
    await expect(severities()).resolves.toEqual(['low', 'medium', 'high', 'critical']);
    await opened.page.click('th[data-sort="rank"] button');
    await expect(severities()).resolves.toEqual(['critical', 'high', 'medium', 'low']);
    await expect(opened.page.getAttribute('th[data-sort="rank"]', 'aria-sort')).resolves.toBe('descending');
    await opened.page.click('th[data-sort="location"] button');
    const first = await visibleRows().first().getAttribute('data-location');
    expect(first).toBe('a.tf:00000001');
  });

  test('filters by text, severity, category and suppression', async () => {
    await opened.page.fill('#filter-text', 'elasticsearch');
    await expect(visibleRows().count()).resolves.toBe(2);
    await opened.page.fill('#filter-text', '');
    await opened.page.selectOption('#filter-severity', 'high');
    await expect(visibleRows().count()).resolves.toBe(1);
    await opened.page.check('#filter-suppressed');
    await expect(visibleRows().count()).resolves.toBe(2);
    await opened.page.selectOption('#filter-severity', '');
    await opened.page.selectOption('#filter-category', 'public-storage');
    await expect(visibleRows().count()).resolves.toBe(2);
    await expect(opened.page.locator('#shown-count').textContent()).resolves.toBe('2');
    await opened.page.selectOption('#filter-category', '');
    await opened.page.uncheck('#filter-suppressed');
  });

  test("a finding opens to show its path and fix", async () => {
    const row = opened.page.locator('#findings tbody tr[data-rule="LP-DB-001"][data-severity="critical"]');
    await row.locator('summary').click();
    await expect(row.locator('ol.path li').count()).resolves.toBe(3);
    await expect(row.locator('pre').textContent()).resolves.toContain('vpc_options {');
    mkdirSync('bench-out', { recursive: true });
    await opened.page.screenshot({ path: 'bench-out/html-report-sample.png', fullPage: true });
  });
});
