import type { RuleSet } from '../../engine/rule-loader.js';
import { type PolicyOutcome } from '../../policy/apply.js';
import type { PolicyConfig } from '../../policy/config.js';
import type { FailOn } from '../parse-options.js';
import type { RuleInfo } from '../../reporters/rule-info.js';
export interface PolicyRunOptions {
    var: Array<[string, string]>;
    varFile: string[];
    region?: string;
    parameter?: Array<[string, string]>;
    parameterFile?: string[];
    tfDir?: string;
    /** --exclude globs (added to the config's `exclude:`). */
    exclude?: string[];
    rules: string[];
    allowedJurisdictions: string[];
    allowedRegions: string[];
    /** A path, or false for --no-config. */
    config?: string | false;
    /** --trust-config: a config found in the scanned tree may load JavaScript rules too. */
    trustConfig?: boolean;
    /** --fail-on, when the command has it: the command line wins over the config's fail-on. */
    failOn?: FailOn;
    verbose?: boolean;
    severity?: string[];
    category?: string[];
    rule?: string[];
    skipRule?: string[];
    /** --framework: only the rules that test this framework's controls. */
    framework?: string;
    baseline?: string;
    reportUnusedSuppressions?: boolean;
}
export interface PolicyRun {
    config: PolicyConfig;
    rules: RuleInfo[];
    /** The rules that ran, with their checks (for the rule-set hash of history and evidence). */
    ruleSet: RuleSet;
    outcome: PolicyOutcome;
}
export declare function runScanWithPolicy(paths: string[], options: PolicyRunOptions, useBaseline: boolean): Promise<PolicyRun>;
/** Warnings, the baseline summary and (when asked) unused suppressions, on stderr. */
export declare function printPolicyMessages(run: PolicyRun, reportUnused: boolean): void;
