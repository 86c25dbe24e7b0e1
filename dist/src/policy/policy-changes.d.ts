/**
 * The report's list of what policy turned off or down (ScanReport.policyChanges),
 * built from what evaluatePolicy counted, and the one-line stderr summary of
 * what the scanned tree's own policy did. Only changes that weaken a scan are
 * listed: raising a severity or a stricter fail-on is not.
 */
import type { Severity } from '../findings/finding.js';
import type { PolicyChange } from '../findings/report.js';
import type { ConfigOrigin, PolicyConfig, RefusedCode, Waiver } from './config.js';
import type { SuppressionDirective } from './suppressions.js';
/** What evaluatePolicy saw while applying policy. */
export interface PolicyTally {
    /** Findings dropped because the config disabled their rule, by rule id. */
    droppedByRule: Map<string, number>;
    /** Rules the config disables (and nothing on the command line asked for). */
    disabledRules: string[];
    /** Findings whose severity went down, by override key. */
    loweredByKey: Map<string, number>;
    /** Default severity of every known rule, to tell a lowering override from a raising one. */
    ruleSeverities: Record<string, Severity>;
    waiverHits: Map<Waiver, number>;
    directiveHits: Map<SuppressionDirective, number>;
    baseline?: {
        file: string;
        origin: ConfigOrigin;
        findings: number;
    };
    /** The fail-on that applies when neither the config nor the command line sets one. */
    defaultFailOn: Severity;
    /** --fail-on was given, so the config's fail-on decides nothing. */
    failOnFromCommandLine: boolean;
    /** Unsuppressed findings in the final report, for what a lowered fail-on lets through. */
    severitiesShown: Severity[];
}
/** Why a discovered config's rule file or baseline was not loaded, in one line. */
export declare function refusalText(r: RefusedCode): string;
export declare function policyChangesOf(config: PolicyConfig, shownConfigFile: string, tally: PolicyTally): PolicyChange[];
/**
 * One stderr line for what the scanned tree's own policy did, e.g.
 * ".leakproof.yaml (found in the scanned tree) refused 1 code rule file, disabled 3 rules, lowered fail-on to none, waived 2 findings; see the report".
 * A second line counts the suppression comments that applied. Empty when nothing changed.
 */
export declare function discoveredPolicySummary(changes: PolicyChange[], facts: {
    configFile: string;
    disabledRules: number;
    failOn?: string;
    refusedCode: number;
    refusedOutside: number;
}): string[];
