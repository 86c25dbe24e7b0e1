import type { ScanReport } from '../findings/report.js';
import type { LiveLocationSet } from './repo-root.js';
import type { RuleInfo } from './rule-info.js';
import type { HistorySection } from './history-section.js';
export declare const REPORT_FORMATS: readonly ["text", "json", "sarif", "junit", "csv", "markdown", "html", "gitlab-sast", "codeclimate"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** File name extension used when -o names a folder. */
export declare const FORMAT_EXTENSION: Record<ReportFormat, string>;
export interface RenderContext {
    /** Every rule that ran, for formats that describe rules (SARIF, JUnit). */
    rules?: RuleInfo[];
    /** Colour the text report (only ever true for a terminal). */
    color?: boolean;
    /** Show suppressed findings in the text report. */
    showSuppressed?: boolean;
    /** The text report lists the entries the walker passed over (--verbose); otherwise it only counts them. */
    verbose?: boolean;
    /** Absolute repository root: SARIF %SRCROOT%, and what GitLab report paths are relative to. */
    srcRoot?: string;
    /** The folder the findings' relative paths are relative to (default srcRoot). */
    cwd?: string;
    /** SARIF: keep suppressed findings (GitHub shows them as open alerts). */
    includeSuppressed?: boolean;
    /** SARIF `automationDetails.id`: the scan scope, stable across runs. */
    automationId?: string;
    /** Live audits: the saved inventory and each record's line, the file location of live findings. */
    liveLocations?: LiveLocationSet;
    /** When the run started and ended (GitLab security report). */
    startedAt?: Date;
    finishedAt?: Date;
    /** Told when a report had to leave something out (SARIF upload limits). */
    onWarning?: (message: string) => void;
    /** Changes since the last run and the trend, for the Markdown and HTML reports. */
    history?: HistorySection;
}
export declare function renderReport(format: ReportFormat, report: ScanReport, ctx?: RenderContext): string;
export interface ReportTarget {
    format: ReportFormat;
    /** A file path; undefined means stdout. */
    output?: string;
}
export declare class FormatSpecError extends Error {
    constructor(message: string);
}
/**
 * Turns `--format` values (repeatable, comma-separated, `name` or `name=path`)
 * and `-o` into report targets. Throws FormatSpecError for anything ambiguous.
 */
export declare function parseFormatSpec(specs: string[], output?: string): ReportTarget[];
/** True when several formats without their own path share -o as a folder. */
export declare function outputIsFolder(specs: string[]): boolean;
