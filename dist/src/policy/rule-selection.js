import { matchesGlob } from './glob.js';
/** A rule runs unless a `disable` entry matches it and no `enable` entry does. */
export function ruleEnabled(ruleId, rules) {
    if (!rules.disable.some((g) => matchesGlob(g, ruleId)))
        return true;
    return rules.enable.some((g) => matchesGlob(g, ruleId));
}
/** Named by --rule: the command line asks for it, so a config's `disable` does not turn it off. */
export function ruleRequested(ruleId, filters = {}) {
    return !!filters.rules?.some((g) => matchesGlob(g, ruleId));
}
/** Does the rule run? The config decides, except that --rule and --skip-rule (the command line) win. */
export function ruleRuns(ruleId, rules, filters = {}) {
    return ruleSelected(ruleId, filters) && (ruleEnabled(ruleId, rules) || ruleRequested(ruleId, filters));
}
/** Does the rule pass --rule / --skip-rule? Used both to prune the rule set and to filter findings. */
export function ruleSelected(ruleId, filters = {}) {
    if (filters.rules?.length && !filters.rules.some((g) => matchesGlob(g, ruleId)))
        return false;
    return !filters.skipRules?.some((g) => matchesGlob(g, ruleId));
}
export function passesFilters(f, filters = {}) {
    if (filters.severities?.length && !filters.severities.includes(f.severity))
        return false;
    if (filters.categories?.length && !filters.categories.includes(f.category))
        return false;
    return ruleSelected(f.ruleId, filters);
}
/** The override entry that applies to a rule: an exact id wins over a glob. */
export function severityOverrideKey(ruleId, overrides) {
    if (overrides[ruleId])
        return ruleId;
    return Object.keys(overrides).find((g) => /[*?]/.test(g) && matchesGlob(g, ruleId));
}
/** The configured severity for a rule. */
export function severityOverride(ruleId, overrides) {
    const key = severityOverrideKey(ruleId, overrides);
    return key ? overrides[key] : undefined;
}
export function withSeverityOverride(f, overrides, source) {
    const severity = severityOverride(f.ruleId, overrides);
    if (!severity || severity === f.severity)
        return f;
    const details = { ...(f.evidence?.details ?? {}), severityOverride: `${f.severity} → ${severity} (${source})` };
    return { ...f, severity, evidence: { ...(f.evidence ?? {}), details } };
}
/** Rule ids and globs named in the config that match no known rule: almost always a typo. */
export function unknownRuleReferences(config, knownRuleIds) {
    const named = new Set([...config.rules.disable, ...config.rules.enable, ...Object.keys(config.severity), ...config.waivers.map((w) => w.rule)]);
    return [...named].filter((g) => !knownRuleIds.some((id) => matchesGlob(g, id))).sort();
}
/** --rule / --skip-rule entries that match no rule: a typo would otherwise silently select nothing (or skip nothing). */
export function unmatchedRuleSelectors(selectors, knownRuleIds) {
    return [...new Set(selectors)].filter((g) => !knownRuleIds.some((id) => matchesGlob(g, id)));
}
