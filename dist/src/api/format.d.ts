/** Reports for the library: the same formats, byte for byte, as `leakproof scan --format`. */
import type { RuleSet } from '../engine/rule-loader.js';
import type { ScanReport } from '../findings/report.js';
import { type ReportFormat } from '../reporters/index.js';
export interface FormatOptions {
    /** The rules that ran: SARIF lists them as the tool's rules, JUnit reports the ones that passed. */
    rules?: RuleSet;
    /** ANSI colours in the text report (for a terminal). */
    color?: boolean;
    /** List suppressed findings in the text report too. */
    showSuppressed?: boolean;
    /** Absolute folder the report's relative paths are relative to (SARIF %SRCROOT%). */
    srcRoot?: string;
}
export declare function formatReport(report: ScanReport, format: ReportFormat, options?: FormatOptions): string;
