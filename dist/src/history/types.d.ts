/** The records of the run history, as the stores read and write them. */
import type { Category, Severity } from '../findings/finding.js';
import type { NotAssessed } from '../findings/report.js';
export type SuppressionKind = 'inline' | 'waiver' | 'baseline';
/** What a run was over, so that only runs over the same thing are compared. */
export interface RunScope {
    /** Stable key: a hash of kind, targets and rule selection. */
    key: string;
    /** For people: `scan examples/incident-2019`, `audit aws 111122223333 eu-west-1`. */
    label: string;
    kind: 'scan' | 'audit';
}
/** One finding as a run saw it. */
export interface SeenFinding {
    fingerprint: string;
    ruleId: string;
    category: Category;
    severity: Severity;
    title: string;
    resource: string;
    location: string;
    provider: string;
    account?: string;
    region?: string;
    suppression?: SuppressionKind;
}
/** A run to record. */
export interface RunInput {
    id: string;
    scope: RunScope;
    startedAt: string;
    finishedAt: string;
    toolVersion: string;
    rulesetHash: string;
    /** Every rule that ran (a finding of a rule that did not run is never "resolved"). */
    rules: string[];
    findings: SeenFinding[];
    inputErrors: number;
    notAssessed: NotAssessed[];
}
/** A recorded run. */
export interface RunRow {
    seq: number;
    id: string;
    scope: string;
    scopeLabel: string;
    kind: 'scan' | 'audit';
    startedAt: string;
    finishedAt: string;
    recordedAt: string;
    toolVersion: string;
    rulesetHash: string;
    rules: string[];
    inputErrors: number;
    notAssessed: NotAssessed[];
    /** Unsuppressed findings by severity. */
    openBySeverity: Record<Severity, number>;
    suppressed: number;
}
export interface RunFindingRow {
    fingerprint: string;
    ruleId: string;
    severity: Severity;
    suppression?: SuppressionKind;
}
/** A finding's life in one scope. */
export interface FindingState {
    scope: string;
    fingerprint: string;
    ruleId: string;
    category: Category;
    severity: Severity;
    title: string;
    resource: string;
    location: string;
    provider: string;
    account?: string;
    region?: string;
    firstSeenSeq: number;
    firstSeenAt: string;
    lastSeenSeq: number;
    lastSeenAt: string;
    status: 'open' | 'resolved';
    resolvedSeq?: number;
    resolvedAt?: string;
    /** The latest time it came back after being resolved. */
    regressedSeq?: number;
    regressedAt?: string;
    regressions: number;
    /** As last seen: waived (inline or waiver), baselined, or open. */
    suppression?: SuppressionKind;
}
