import { type ScanReport } from '../findings/report.js';
/** The rule_id of a not-assessed row. */
export declare const NOT_ASSESSED_RULE_ID = "NOT-ASSESSED";
/** The rule_id of a policy-change row and of a skipped-entry row. */
export declare const POLICY_CHANGE_RULE_ID = "POLICY-CHANGE";
export declare const SKIPPED_RULE_ID = "SKIPPED";
export declare function renderCsv(report: ScanReport): string;
