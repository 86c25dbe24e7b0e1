/**
 * A finding: what a rule reports about one resource, located and fixable.
 * The JSON report serialises this shape; keep it stable.
 */
import type { PathHop } from '../analysis/types.js';
import type { SourceKind } from '../model/source-resource.js';
export declare const SEVERITIES: readonly ["critical", "high", "medium", "low", "info"];
export type Severity = (typeof SEVERITIES)[number];
export declare const CATEGORIES: readonly ["public-datastore", "open-firewall", "public-storage", "data-residency"];
export type Category = (typeof CATEGORIES)[number];
/** Higher is more severe. */
export declare function severityRank(s: Severity): number;
export declare function raiseSeverity(s: Severity, levels?: number): Severity;
export interface FindingLocation {
    /** Relative to the working directory (IaC) or the ARN/id (live). */
    file: string;
    startLine: number;
    endLine: number;
}
export interface FixSnippet {
    language: 'hcl' | 'yaml' | 'json' | 'shell';
    code: string;
}
export interface Finding {
    ruleId: string;
    title: string;
    category: Category;
    severity: Severity;
    message: string;
    resource: {
        address: string;
        type: string;
        provider: string;
        region?: string;
        account?: string;
        sourceKind: SourceKind;
    };
    location: FindingLocation;
    remediation: {
        text: string;
        snippet?: FixSnippet;
    };
    evidence?: {
        /** The way in from the internet (reachability findings). */
        path?: PathHop[];
        /** Facts that were unknown (for "possibly" verdicts). */
        missing?: string[];
        /** Anything else a rule wants to show (region, jurisdiction, statement...). */
        details?: Record<string, string>;
    };
    references: string[];
    frameworks: string[];
    /** Stable across line shifts and unrelated edits: rule + resource + what was found. */
    fingerprint: string;
    suppressed?: {
        kind: 'inline' | 'waiver' | 'baseline';
        reason: string;
        expires?: string;
    };
}
