/**
 * The status of each control of a framework after one run:
 *
 *   fail          an open (unsuppressed) finding of one of its rules;
 *   not assessed  its rules did not run, or part of what they read was not
 *                 (an input error, a not-assessed part of a live account, no
 *                 resource of the framework's cloud at all);
 *   waived        findings exist but every one is suppressed (waiver, inline
 *                 comment or baseline), with the reason;
 *   pass          its rules ran over everything and found nothing;
 *   not covered   no rule can test it; the mapping says why.
 *
 * Order matters: a control is only as good as its worst part, and a gap in
 * coverage must never read as a pass.
 */
import type { Category, Finding } from '../findings/finding.js';
import type { NotAssessed } from '../findings/report.js';
import type { Control, Framework } from './framework.js';
export declare const CONTROL_STATUSES: readonly ["fail", "not assessed", "waived", "pass", "not covered"];
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
export interface ControlResult {
    control: Control;
    status: ControlStatus;
    /** Why, in one sentence. */
    reason: string;
    /** Open findings behind a fail. */
    failing: Finding[];
    /** Suppressed findings behind a waiver (or behind a fail, alongside open ones). */
    waived: Finding[];
    /** Findings of the `informs` rules: evidence for a person, never a verdict. */
    evidence: Finding[];
}
/** What the run covered, so that a gap is never read as a pass. */
export interface RunCoverage {
    /** The rules that ran, with their category (which decides which services they read). */
    rules: Array<{
        id: string;
        category: Category;
    }>;
    notAssessed: NotAssessed[];
    /** Inputs that could not be read (IaC scans). */
    inputErrors: number;
    /** Clouds with at least one resource in what was scanned; undefined when not known. */
    providers?: Set<string>;
}
export declare function assessControl(control: Control, framework: Framework, findings: Finding[], coverage: RunCoverage): ControlResult;
export declare function assessFramework(framework: Framework, findings: Finding[], coverage: RunCoverage): ControlResult[];
export declare function countStatuses(results: ControlResult[]): Record<ControlStatus, number>;
