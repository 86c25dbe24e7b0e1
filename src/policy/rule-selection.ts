/**
 * Which rules run and which findings are shown: config enable/disable, severity
 * overrides, and the --severity / --category / --rule / --skip-rule filters.
 */
import type { Category, Finding, Severity } from '../findings/finding.js';
import type { PolicyConfig } from './config.js';
import { matchesGlob } from './glob.js';

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
export function ruleEnabled(ruleId: string, rules: PolicyConfig['rules']): boolean {
  if (!rules.disable.some((g) => matchesGlob(g, ruleId))) return true;
  return rules.enable.some((g) => matchesGlob(g, ruleId));
}

/** Named by --rule: the command line asks for it, so a config's `disable` does not turn it off. */
export function ruleRequested(ruleId: string, filters: FindingFilters = {}): boolean {
  return !!filters.rules?.some((g) => matchesGlob(g, ruleId));
}

/** Does the rule run? The config decides, except that --rule and --skip-rule (the command line) win. */
export function ruleRuns(ruleId: string, rules: PolicyConfig['rules'], filters: FindingFilters = {}): boolean {
  return ruleSelected(ruleId, filters) && (ruleEnabled(ruleId, rules) || ruleRequested(ruleId, filters));
}

/** Does the rule pass --rule / --skip-rule? Used both to prune the rule set and to filter findings. */
export function ruleSelected(ruleId: string, filters: FindingFilters = {}): boolean {
  if (filters.rules?.length && !filters.rules.some((g) => matchesGlob(g, ruleId))) return false;
  return !filters.skipRules?.some((g) => matchesGlob(g, ruleId));
}

export function passesFilters(f: Finding, filters: FindingFilters = {}): boolean {
  if (filters.severities?.length && !filters.severities.includes(f.severity)) return false;
  if (filters.categories?.length && !filters.categories.includes(f.category)) return false;
  return ruleSelected(f.ruleId, filters);
}

/** The override entry that applies to a rule: an exact id wins over a glob. */
export function severityOverrideKey(ruleId: string, overrides: Record<string, Severity>): string | undefined {
  if (overrides[ruleId]) return ruleId;
  return Object.keys(overrides).find((g) => /[*?]/.test(g) && matchesGlob(g, ruleId));
}

/** The configured severity for a rule. */
export function severityOverride(ruleId: string, overrides: Record<string, Severity>): Severity | undefined {
  const key = severityOverrideKey(ruleId, overrides);
  return key ? overrides[key] : undefined;
}

export function withSeverityOverride(f: Finding, overrides: Record<string, Severity>, source: string): Finding {
  const severity = severityOverride(f.ruleId, overrides);
  if (!severity || severity === f.severity) return f;
  const details = { ...(f.evidence?.details ?? {}), severityOverride: `${f.severity} → ${severity} (${source})` };
  return { ...f, severity, evidence: { ...(f.evidence ?? {}), details } };
}

/** Rule ids and globs named in the config that match no known rule: almost always a typo. */
export function unknownRuleReferences(config: PolicyConfig, knownRuleIds: string[]): string[] {
  const named = new Set([...config.rules.disable, ...config.rules.enable, ...Object.keys(config.severity), ...config.waivers.map((w) => w.rule)]);
  return [...named].filter((g) => !knownRuleIds.some((id) => matchesGlob(g, id))).sort();
}

/** --rule / --skip-rule entries that match no rule: a typo would otherwise silently select nothing (or skip nothing). */
export function unmatchedRuleSelectors(selectors: string[], knownRuleIds: string[]): string[] {
  return [...new Set(selectors)].filter((g) => !knownRuleIds.some((id) => matchesGlob(g, id)));
}
