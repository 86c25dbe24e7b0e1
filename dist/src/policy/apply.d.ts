import { type Severity } from '../findings/finding.js';
import { type ScanReport } from '../findings/report.js';
import type { Baseline, BaselineEntry } from './baseline.js';
import { type PolicyConfig } from './config.js';
import { type FindingFilters } from './rule-selection.js';
import { type SuppressionDirective } from './suppressions.js';
export interface PolicyInputs {
    config?: PolicyConfig;
    filters?: FindingFilters;
    baseline?: {
        file: string;
        baseline: Baseline;
        /** Entries outside what was scanned this time are not counted as gone. */
        inScope?: (entry: BaselineEntry) => boolean;
        /** 'discovered' when the baseline was named by a discovered config; default 'command-line'. */
        origin?: 'discovered' | 'command-line';
    };
    /** Suppressions that sources read from their own format (see suppressions.ts). */
    sourceSuppressions?: SuppressionDirective[];
    /** More files to read suppression comments from, so unused ones there are found too. */
    commentFiles?: string[];
    /** Folder that findings' relative file paths are relative to. */
    cwd?: string;
    /** YYYY-MM-DD (UTC); for tests. */
    today?: string;
    /** Every rule that exists, to warn about config entries naming no rule. */
    knownRuleIds?: string[];
    /** Default severity by rule id, to tell which severity overrides lower a rule. */
    ruleSeverities?: Record<string, Severity>;
    /** --fail-on was given: the config's fail-on is not in force, so it is not listed as a change. */
    failOnFromCommandLine?: boolean;
}
export interface UnusedSuppression {
    kind: 'inline' | 'waiver';
    where: string;
    description: string;
}
export interface PolicyOutcome {
    report: ScanReport;
    /** For stderr; also added to the report's notes. */
    warnings: string[];
    /** Suppressions that matched no finding (shown with --report-unused-suppressions). */
    unused: UnusedSuppression[];
    baseline?: {
        file: string;
        matched: number;
        gone: number;
    };
    /** Lines for stderr when policy from the scanned tree changed something (empty otherwise). */
    discoveredSummary: string[];
}
/** The fail-on of a run when neither the config nor --fail-on sets one. */
export declare const DEFAULT_FAIL_ON: Severity;
export declare function evaluatePolicy(input: ScanReport, inputs?: PolicyInputs): PolicyOutcome;
/** The seam between rules and reporters: the report with policy applied. */
export declare function applyPolicy(report: ScanReport, inputs?: PolicyInputs): ScanReport;
