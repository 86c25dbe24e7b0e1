/**
 * Which rules run and which findings are shown: config enable/disable, severity
 * overrides, and the --severity / --category / --rule / --skip-rule filters.
 */
import type { Category, Finding, Severity } from '../findings/finding.js';
import type { PolicyConfig } from './config.js';
export interface FindingFilters {
    /** Show only these severities. */
    severities?: Severity[];
    categories?: Category[];
    /** Show only these rules (ids or globs). */
    rules?: string[];
    /** Hide these rules (ids or globs). */
    skipRules?: string[];
}
/** A rule runs unless a `disable` entry matches it and no `enable` entry does. */
export declare function ruleEnabled(ruleId: string, rules: PolicyConfig['rules']): boolean;
/** Named by --rule: the command line asks for it, so a config's `disable` does not turn it off. */
export declare function ruleRequested(ruleId: string, filters?: FindingFilters): boolean;
/** Does the rule run? The config decides, except that --rule and --skip-rule (the command line) win. */
export declare function ruleRuns(ruleId: string, rules: PolicyConfig['rules'], filters?: FindingFilters): boolean;
/** Does the rule pass --rule / --skip-rule? Used both to prune the rule set and to filter findings. */
export declare function ruleSelected(ruleId: string, filters?: FindingFilters): boolean;
export declare function passesFilters(f: Finding, filters?: FindingFilters): boolean;
/** The override entry that applies to a rule: an exact id wins over a glob. */
export declare function severityOverrideKey(ruleId: string, overrides: Record<string, Severity>): string | undefined;
/** The configured severity for a rule. */
export declare function severityOverride(ruleId: string, overrides: Record<string, Severity>): Severity | undefined;
export declare function withSeverityOverride(f: Finding, overrides: Record<string, Severity>, source: string): Finding;
/** Rule ids and globs named in the config that match no known rule: almost always a typo. */
export declare function unknownRuleReferences(config: PolicyConfig, knownRuleIds: string[]): string[];
/** --rule / --skip-rule entries that match no rule: a typo would otherwise silently select nothing (or skip nothing). */
export declare function unmatchedRuleSelectors(selectors: string[], knownRuleIds: string[]): string[];
