import { type ScanReport } from '../findings/report.js';
import { type HistorySection } from './history-section.js';
export interface MarkdownOptions {
    /** How many findings the top table lists. */
    top?: number;
    /** GitHub rejects comments over 65,536 characters; details stop before this. */
    maxLength?: number;
    /** What changed since the last run of this scope, and the trend (from the run history). */
    history?: HistorySection;
}
export declare function renderMarkdown(report: ScanReport, options?: MarkdownOptions): string;
