import type * as Sarif from 'sarif';
import { type NotAssessed, type PolicyChange, type ScanReport } from '../findings/report.js';
import { type LiveLocationSet } from './repo-root.js';
export type { LiveLocations, LiveLocationSet } from './repo-root.js';
import { type RuleInfo } from './rule-info.js';
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export declare const SRCROOT = "%SRCROOT%";
/** Key under partialFingerprints; bump the version if the fingerprint recipe ever changes. */
export declare const FINGERPRINT_KEY = "leakproofFingerprint/v1";
/** Notification descriptor id of a part of a live account that was not assessed. */
export declare const NOT_ASSESSED_ID = "LP-NOT-ASSESSED";
/** Notification descriptor id of a change made by policy (config, waivers, comments, baseline). */
export declare const POLICY_CHANGE_ID = "LP-POLICY-CHANGE";
/** Where users learn about the tool (`tool.driver.informationUri`) unless the caller names another. */
export declare const TOOL_INFORMATION_URI = "https://github.com/leakproof/leakproof";
/** GitHub stores at most 5,000 results a run (and rejects more than 25,000), without a reliable order: we choose which. */
export declare const MAX_RESULTS = 5000;
/** GitHub rejects an upload over 10 MB, measured gzipped and base64-encoded as upload-sarif sends it. */
export declare const MAX_UPLOAD_BYTES = 10000000;
export interface SarifOptions {
    /** Every rule that ran (so rules without findings are described too). */
    rules?: RuleInfo[];
    /** Absolute repository root; URIs are relative to it and it is recorded as %SRCROOT%. */
    srcRoot?: string;
    /** The folder the findings' relative paths are relative to (the scan's working directory); default srcRoot. */
    cwd?: string;
    /** Where users read about the tool, and about rules without a reference of their own. */
    informationUri?: string;
    /** Keep suppressed findings (with SARIF `suppressions`) instead of leaving them out. */
    includeSuppressed?: boolean;
    /** `runs[0].automationDetails.id`, e.g. `leakproof/scan/infra/`: the scope, stable across runs. */
    automationId?: string;
    /** Live audits: the inventory the results point at. */
    liveLocations?: LiveLocationSet;
    /** Upload limits (tests lower them). */
    limits?: {
        maxResults?: number;
        maxUploadBytes?: number;
    };
    /** Told when results had to be left out to stay within the limits. */
    onWarning?: (message: string) => void;
}
/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export declare function relativeUri(file: string): string;
/**
 * `leakproof/scan/<paths>/`: GitHub takes the part up to the last `/` as the
 * analysis category, so the id is the scope alone (paths from the repository
 * root, sorted) and stays the same from run to run.
 */
export declare function scanAutomationId(paths: string[], cwd: string, root: string): string;
/** `leakproof/audit/aws/<accounts>/`: one category per provider and set of accounts. */
export declare function auditAutomationId(provider: string, accounts: string[]): string;
/** One sentence naming the part and why, e.g. `Not assessed: aws account 1234 us-east-1 ec2: security groups (ec2:DescribeSecurityGroups) — AccessDenied`. */
export declare function notAssessedText(n: NotAssessed): string;
/** `Policy change (found in the scanned tree): rules LP-FW-* disabled — 3 findings`. */
export declare function policyChangeText(c: PolicyChange): string;
export declare function buildSarifLog(report: ScanReport, options?: SarifOptions): Sarif.Log;
export declare function renderSarif(report: ScanReport, options?: SarifOptions): string;
