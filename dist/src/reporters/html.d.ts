import { type ScanReport } from '../findings/report.js';
import { type HistorySection } from './history-section.js';
export interface HtmlOptions {
    title?: string;
    /** What changed since the last run of this scope, and the trend (from the run history). */
    history?: HistorySection;
}
export declare function renderHtml(report: ScanReport, options?: HtmlOptions): string;
