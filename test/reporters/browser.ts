/**
 * Opens an HTML report in Debian's headless Chromium (installed by .ci/run; the
 * tests install nothing) with a fresh profile, recording every request the page
 * makes and every console error (a CSP violation shows up there).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenedReport {
  page: Page;
  url: string;
  /** Every URL the page requested, the document itself included. */
  requests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openReport(html: string): Promise<OpenedReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-html-'));
  const file = path.join(dir, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context: BrowserContext = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 1000 },
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Anything but the report itself is refused, so a leak fails the test instead of reaching the network.
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    url,
    requests,
    consoleErrors,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
