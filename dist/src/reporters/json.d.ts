/** The stable JSON report; benchmark tools and other programs read it. */
import type { ScanReport } from '../findings/report.js';
export declare function renderJson(report: ScanReport): string;
