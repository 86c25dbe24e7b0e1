/**
 * An audit outcome (fresh, or read back from a saved inventory) → the report
 * every reporter formats: findings, the parts not assessed, and notes that say
 * what was covered. The same function serves `audit` and `scan inventory.json`,
 * so both give the same findings for the same records.
 */
import type { ResidencyOptions } from '../../analysis/context.js';
import type { RuleSet } from '../../engine/rule-loader.js';
import { type ScanReport } from '../../findings/report.js';
import type { AuditOutcome } from './audit-run.js';
export interface LiveEvaluation {
    report: ScanReport;
    /** Records judged (network, firewall, datastore, bucket, compute...), flows excluded. */
    resources: number;
}
export declare function liveReport(outcome: AuditOutcome, ruleSet: RuleSet, residency?: ResidencyOptions): LiveEvaluation;
