import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { renderHtml } from '../../src/reporters/html.js';
import { CHROMIUM, openReport, type OpenedReport } from './browser.js';
import { finding, HOSTILE, NOT_ASSESSED, report, sampleReport, sampleWithNotAssessed } from './sample-report.js';
import { screenshotPath } from '../support/screenshots.js';

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
    await opened.page.screenshot({ path: screenshotPath('html-report-sample.png'), fullPage: true });
  });
});

describe('HTML: parts of a live account that were not assessed (static)', () => {
  const html = renderHtml(sampleWithNotAssessed());

  test('the header line and the summary count them', () => {
    expect(html).toMatch(/<p class="meta">[^<]* · 2 parts not assessed<\/p>/);
    expect(html).toContain('<div class="cards" id="not-assessed-summary"><div class="card sev-medium"><span class="n">2</span>not assessed</div></div>');
  });

  test('a section right after the summary, before the findings, one row per part, escaped', () => {
    const at = html.indexOf('<section id="not-assessed-section">');
    expect(at).toBeGreaterThan(html.indexOf('id="category-summary"'));
    expect(at).toBeLessThan(html.indexOf('<h2>Notes</h2>'));
    expect(at).toBeLessThan(html.indexOf('<table id="findings">'));
    const section = html.slice(at, html.indexOf('</section>', at));
    expect(section.match(/<tr>/g)).toHaveLength(3); // header + 2 parts
    expect(section).toContain(
      '<tr><td>aws</td><td><code>123456789012</code></td><td><code>eu-central-2</code></td><td>ec2</td><td>security groups</td><td><code>ec2:DescribeSecurityGroups</code></td><td>AccessDenied: not authorized to perform ec2:DescribeSecurityGroups</td></tr>',
    );
    expect(section).toContain('bucket &lt;img src=&quot;http://evil.example/x.png&quot;');
    expect(section).toContain('=HYPERLINK(&quot;http://evil.example&quot;) timed out');
    expect(html).not.toContain('<img src="http://evil');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test('an audit with no findings does not say just "No findings."', () => {
    const empty = renderHtml({ ...report([]), notAssessed: NOT_ASSESSED });
    expect(empty).toContain('<p class="empty">No findings in the parts that were assessed; 2 parts not assessed (listed above).</p>');
    expect(renderHtml(report([]))).toContain('<p class="empty">No findings.</p>');
  });

  test('without parts (absent or empty) the page is unchanged', () => {
    expect(renderHtml({ ...sampleReport(), notAssessed: [] })).toBe(renderHtml(sampleReport()));
    expect(renderHtml(sampleReport())).not.toContain('not assessed');
  });
});

inBrowser('HTML report with not-assessed parts in headless Chromium', () => {
  let opened: OpenedReport;
  beforeAll(async () => {
    opened = await openReport(renderHtml(sampleWithNotAssessed()));
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('shows the count and the section, runs no quoted script, requests nothing, raises no error', async () => {
    await expect(opened.page.locator('#not-assessed-summary .n').textContent()).resolves.toBe('2');
    await expect(opened.page.locator('#not-assessed tbody tr').count()).resolves.toBe(2);
    await expect(opened.page.locator('#not-assessed-section').isVisible()).resolves.toBe(true);
    await expect(opened.page.locator('#not-assessed tbody tr').nth(1).textContent()).resolves.toContain(`bucket ${HOSTILE}: policy`);
    expect(await opened.page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(opened.requests).toEqual([opened.url]);
    expect(opened.consoleErrors).toEqual([]);
  });

  test('the findings table still sorts and filters', async () => {
    const visible = opened.page.locator('#findings tbody tr:not([hidden])');
    await expect(visible.count()).resolves.toBe(3);
    await opened.page.fill('#filter-text', 'elasticsearch');
    await expect(visible.count()).resolves.toBe(1);
    await opened.page.fill('#filter-text', '');
    await opened.page.click('th[data-sort="rank"] button');
    await expect(opened.page.getAttribute('th[data-sort="rank"]', 'aria-sort')).resolves.toBe('ascending');
    await expect(opened.page.locator('#not-assessed tbody tr').count()).resolves.toBe(2);
    await opened.page.screenshot({ path: screenshotPath('html-report-not-assessed.png'), fullPage: true });
  });
});
