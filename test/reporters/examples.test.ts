/**
 * The "done" checks on the bundled examples: the SARIF of a scan of
 * examples/ validates against the 2.1.0 schema with a fingerprint, a rule with
 * security-severity and a relative URI on every result; the HTML report of the
 * same scan renders in headless Chromium with no request leaving the page
 * (screenshot: html-report.png in $LEAKPROOF_SCREENSHOTS, else the temp dir).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import type { ScanReport } from '../../src/findings/report.js';
import { renderHtml } from '../../src/reporters/html.js';
import { renderJunit } from '../../src/reporters/junit.js';
import type { RuleInfo } from '../../src/reporters/rule-info.js';
import { buildSarifLog, FINGERPRINT_KEY, SRCROOT } from '../../src/reporters/sarif.js';
import { scanPaths } from '../../src/scan.js';
import { CHROMIUM, openReport, type OpenedReport } from './browser.js';
import { sarifValidator } from './sarif-schema.js';
import { checkXml } from './xml-check.js';
import { screenshotPath } from '../support/screenshots.js';

let report: ScanReport;
let rules: RuleInfo[];

beforeAll(async () => {
  rules = await loadBuiltinRules();
  report = await scanPaths(['examples/']);
});

describe('reports of examples/', () => {
  test('the scan finds the incident', () => {
    expect(report.errors).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(5);
  });

  test('SARIF validates; every result has a fingerprint, a rule with security-severity and a relative URI', () => {
    const log = buildSarifLog(report, { rules, srcRoot: process.cwd() });
    expect(sarifValidator()(log)).toEqual([]);
    const run = log.runs[0]!;
    const driverRules = run.tool.driver.rules!;
    expect(driverRules.length).toBe(rules.length);
    expect(run.results!.length).toBe(report.findings.length);
    for (const result of run.results!) {
      expect(result.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
      const rule = driverRules[result.ruleIndex!]!;
      expect(rule.id).toBe(result.ruleId);
      expect(Number(rule.properties!['security-severity'])).toBeGreaterThanOrEqual(0);
      expect(Number(rule.properties!['security-severity'])).toBeLessThanOrEqual(10);
      const artifact = result.locations![0]!.physicalLocation!.artifactLocation!;
      expect(artifact.uriBaseId).toBe(SRCROOT);
      expect(artifact.uri).toMatch(/^examples\//);
      expect(artifact.uri).not.toMatch(/^[a-z]+:|^\//);
      expect(result.locations![0]!.physicalLocation!.region!.startLine).toBeGreaterThan(0);
    }
    for (const rule of driverRules) expect(rule.properties!['security-severity']).toMatch(/^\d+\.\d$/);
  });

  test('JUnit is well-formed', () => {
    expect(checkXml(renderJunit(report, { rules })).problems).toEqual([]);
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED: HTML report of examples/ needs ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`);
(haveChromium ? describe : describe.skip)('HTML report of examples/ in headless Chromium', () => {
  let opened: OpenedReport;
  beforeAll(async () => {
    opened = await openReport(renderHtml(report));
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('renders every finding with no request leaving the page, and saves a screenshot', async () => {
    await expect(opened.page.locator('#findings tbody tr').count()).resolves.toBe(report.findings.length);
    await expect(opened.page.locator('#findings tbody tr:not([hidden])').count()).resolves.toBe(report.findings.filter((f) => !f.suppressed).length);
    await opened.page.locator('#findings tbody tr').first().locator('summary').click();
    await opened.page.click('th[data-sort="rank"] button');
    await opened.page.click('th[data-sort="rank"] button');
    await opened.page.screenshot({ path: screenshotPath('html-report.png'), fullPage: true });
    expect(existsSync(screenshotPath('html-report.png'))).toBe(true);
    expect(opened.requests).toEqual([opened.url]);
    expect(opened.consoleErrors).toEqual([]);
  });
});
