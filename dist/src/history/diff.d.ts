/**
 * What changed between two runs of one scope:
 *
 *   new          seen now, never seen in or before the base run;
 *   regressed    seen now, absent from the base run, but seen before it
 *                (it was fixed, then came back);
 *   resolved     in the base run, absent now, and this run could have seen it;
 *   unverified   in the base run, absent now, but this run could not have
 *                seen it (its rule did not run, an input failed, or its part
 *                of the account was not assessed): neither fixed nor open;
 *   still open   in both.
 *
 * Each finding carries its age: how long since it was first seen.
 */
import { type Severity } from '../findings/finding.js';
import type { FindingState, RunFindingRow, RunRow, SuppressionKind } from './types.js';
export interface ChangedFinding {
    fingerprint: string;
    ruleId: string;
    severity: Severity;
    title: string;
    resource: string;
    location: string;
    firstSeenAt: string;
    /** Whole days from first seen to the target run (or, for resolved ones, to when they were last seen). */
    ageDays: number;
    regressedAt?: string;
    regressions: number;
    suppression?: SuppressionKind;
}
export interface RunDiff {
    /** The run compared against; absent when the target is the scope's first run. */
    base?: RunRow;
    target: RunRow;
    new: ChangedFinding[];
    regressed: ChangedFinding[];
    resolved: ChangedFinding[];
    unverified: ChangedFinding[];
    stillOpen: ChangedFinding[];
}
export declare function diffRuns(input: {
    base?: RunRow;
    target: RunRow;
    baseFindings: RunFindingRow[];
    targetFindings: RunFindingRow[];
    states: FindingState[];
}): RunDiff;
/** New and regressed findings that are not suppressed, at or above the threshold: what `diff --fail-on` fails on. */
export declare function failingChanges(diff: RunDiff, failOn: Severity | 'none'): ChangedFinding[];
/** Open findings by severity per run, oldest first: the trend the Markdown and HTML reports draw. */
export interface TrendPoint {
    runId: string;
    at: string;
    open: Record<Severity, number>;
}
export declare function trendOf(runs: RunRow[]): TrendPoint[];
