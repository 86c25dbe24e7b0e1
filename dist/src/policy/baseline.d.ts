import type { ConfigError } from '../engine/declarative-rule.js';
import type { Finding } from '../findings/finding.js';
export declare const BASELINE_VERSION = 1;
export interface BaselineEntry {
    fingerprint: string;
    ruleId: string;
    resource: string;
    /** Where it was when recorded; informative only (matching is by fingerprint). */
    file: string;
}
export interface Baseline {
    version: number;
    tool: string;
    findings: BaselineEntry[];
}
/** Records the findings that still count (not already waived or suppressed inline). */
export declare function baselineOf(findings: Finding[], tool: string): Baseline;
export declare function renderBaseline(baseline: Baseline): string;
export declare function writeBaseline(file: string, baseline: Baseline): void;
/** Reads a baseline file; any problem is a configuration error (exit 2), never an empty baseline. */
export declare function readBaseline(file: string): {
    baseline?: Baseline;
    errors: ConfigError[];
};
