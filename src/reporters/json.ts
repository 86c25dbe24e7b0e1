/** The stable JSON report; benchmark tools and other programs read it. */
import type { ScanReport } from '../findings/report.js';

export function renderJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
