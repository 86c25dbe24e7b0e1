/**
 * What changed since the previous run of the same scope, and the trend of
 * open findings, as the Markdown and HTML reports show it. The run history
 * (src/history) fills it; a report without history simply has none.
 */
import { type Severity } from '../findings/finding.js';
export interface HistoryFinding {
    ruleId: string;
    severity: Severity;
    title: string;
    resource: string;
    location: string;
    firstSeenAt: string;
    ageDays: number;
    regressions?: number;
    /** Set when the finding is suppressed (waiver, inline comment, baseline). */
    suppression?: string;
}
export interface HistorySection {
    runId: string;
    scope: string;
    /** The run compared against; absent for the scope's first run. */
    since?: {
        runId: string;
        at: string;
    };
    new: HistoryFinding[];
    regressed: HistoryFinding[];
    resolved: HistoryFinding[];
    /** Gone from view, but this run could not have seen them (not assessed): neither fixed nor open. */
    unverified: HistoryFinding[];
    stillOpen: number;
    /** Open findings by severity per run, oldest first, this run last. */
    trend: Array<{
        runId: string;
        at: string;
        open: Record<Severity, number>;
    }>;
}
export declare function historyMarkdown(h: HistorySection): string;
/** Stacked bars, one per run, drawn with SVG attributes only (the page's CSP allows no inline style attributes). */
export declare function trendSvg(trend: HistorySection['trend']): string;
export declare function historyHtml(h: HistorySection): string;
