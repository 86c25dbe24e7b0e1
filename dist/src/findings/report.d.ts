/** The result of a scan or audit, as every reporter receives it. */
import type { InputError } from '../model/source-resource.js';
import { type Category, type Finding, type Severity } from './finding.js';
export interface ReportSummary {
    filesScanned: number;
    resources: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    byCategory: Record<Category, number>;
    suppressed: number;
    errors: number;
    /** Entries the walker passed over (report.skipped); absent when none. */
    skipped?: number;
}
/**
 * A part of a live account that could not be read (access denied, an opt-in
 * region, a timeout after retries): nothing in it was judged, so no finding
 * there means nothing. Live audits (and scans of their saved inventories) list
 * every such part; the exit code is then 2 unless partial coverage is allowed.
 */
export interface NotAssessed {
    provider: string;
    account: string;
    /** A region id, or 'global' for account-wide parts (S3 bucket listing, account settings). */
    region: string;
    /** The service the part belongs to: 'ec2', 's3', 'rds', ... */
    service: string;
    /** What it would have covered: 'security groups', 'bucket logs-archive: policy', 'all services'. */
    scope: string;
    /** The call that failed, `service:Operation`. */
    apiCall?: string;
    /** Why, with secrets redacted: 'AccessDenied: ...', 'timed out after 5 attempts'. */
    reason: string;
}
/**
 * Something policy turned off or down (a rule disabled, a severity lowered,
 * fail-on changed, findings waived or suppressed). Policy found inside a
 * scanned tree is the scanned tree's word, not the user's: every such change
 * is listed in every report format so that a reviewer sees it.
 */
export interface PolicyChange {
    kind: 'rule-disabled' | 'severity-changed' | 'fail-on-changed' | 'waiver' | 'inline-suppression' | 'baseline' | 'code-refused';
    /** One line, e.g. "rules LP-FW-* disabled", "fail-on lowered from high to none". */
    description: string;
    /** Where the change is written (config file:line, the comment's file:line, the baseline file). */
    source: {
        file: string;
        line?: number;
    };
    /** 'discovered': found inside the scanned tree; 'command-line': named by the user (--config, --baseline, flags). */
    origin: 'discovered' | 'command-line';
    /** How many findings it turned off, down or away (0 when it changed none, e.g. a refused rule file). */
    findings: number;
}
/** Entries the walker passed over on purpose; counted in the summary and listed with --verbose. */
export interface SkippedEntry {
    path: string;
    /** 'symlink' (outside the tree, broken, a loop), 'special' (FIFO, socket, device), 'oversize', 'excluded'. */
    kind: 'symlink' | 'special' | 'oversize' | 'excluded';
    reason: string;
}
export interface ScanReport {
    tool: {
        name: string;
        version: string;
    };
    findings: Finding[];
    errors: InputError[];
    notes: string[];
    summary: ReportSummary;
    /** Live audits only: the parts of the accounts that were not assessed. */
    notAssessed?: NotAssessed[];
    /** What policy turned off or down, and where it was written (absent when nothing was). */
    policyChanges?: PolicyChange[];
    /** Entries passed over by the walker (absent when none). */
    skipped?: SkippedEntry[];
    /** Things the user must see even without --verbose (a scanned path that holds no input); the CLI prints them on stderr. */
    warnings?: string[];
}
/** Most severe first, then by file and line, so every report reads in the same order. */
export declare function sortFindings(findings: Finding[]): Finding[];
export declare function summarize(findings: Finding[], errors: InputError[], filesScanned: number, resources: number, skipped?: number): ReportSummary;
/** Does any unsuppressed finding reach the fail-on threshold? `none` never fails. */
export declare function failsGate(findings: Finding[], failOn: Severity | 'none'): boolean;
