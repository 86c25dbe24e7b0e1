import { severityRank } from '../findings/finding.js';
import { matchesGlob } from './glob.js';
import { severityOverrideKey } from './rule-selection.js';
/** Why a discovered config's rule file or baseline was not loaded, in one line. */
export function refusalText(r) {
    return r.reason === 'code'
        ? `${r.what} not loaded: a config found in the scanned tree may not run code (pass --trust-config to allow it, or name the config with --config)`
        : `${r.what} not read: it lies outside the tree the config was found in`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const ORDER = ['code-refused', 'rule-disabled', 'severity-changed', 'fail-on-changed', 'waiver', 'inline-suppression', 'baseline'];
export function policyChangesOf(config, shownConfigFile, tally) {
    const origin = config.origin ?? 'command-line';
    const at = (line) => ({ file: shownConfigFile, ...(line ? { line } : {}) });
    const changes = [];
    for (const r of config.refusedCode ?? [])
        changes.push({ kind: 'code-refused', description: refusalText(r), source: at(r.line), origin, findings: 0 });
    // Each disabled rule is charged to the first disable entry that matches it.
    const claimed = new Set();
    config.rules.disable.forEach((glob, i) => {
        const rules = tally.disabledRules.filter((id) => !claimed.has(id) && matchesGlob(glob, id));
        if (rules.length === 0)
            return;
        rules.forEach((id) => claimed.add(id));
        const findings = rules.reduce((n, id) => n + (tally.droppedByRule.get(id) ?? 0), 0);
        const which = rules.length === 1 && rules[0] === glob ? `rule ${glob}` : `rules ${glob} (${rules.length}: ${rules.slice(0, 5).join(', ')}${rules.length > 5 ? ', ...' : ''})`;
        changes.push({ kind: 'rule-disabled', description: `${which} disabled`, source: at(config.lines?.disable[i]), origin, findings });
    });
    for (const [key, to] of Object.entries(config.severity)) {
        const lowered = Object.entries(tally.ruleSeverities).filter(([id, from]) => severityOverrideKey(id, config.severity) === key && severityRank(to) < severityRank(from));
        const findings = tally.loweredByKey.get(key) ?? 0;
        if (lowered.length === 0 && findings === 0)
            continue;
        const description = lowered.length === 1 && lowered[0][0] === key
            ? `${key} severity lowered from ${lowered[0][1]} to ${to}`
            : lowered.length > 0
                ? `${key} severity set to ${to} (lower than the default of ${plural(lowered.length, 'rule')})`
                : `${key} severity set to ${to} (lower than ${plural(findings, 'finding')} had)`;
        changes.push({ kind: 'severity-changed', description, source: at(config.lines?.severity[key]), origin, findings });
    }
    const failOn = config.failOn;
    if (failOn && !tally.failOnFromCommandLine && (failOn === 'none' || severityRank(failOn) > severityRank(tally.defaultFailOn))) {
        const passing = tally.severitiesShown.filter((s) => severityRank(s) >= severityRank(tally.defaultFailOn) && (failOn === 'none' || severityRank(s) < severityRank(failOn))).length;
        changes.push({
            kind: 'fail-on-changed',
            description: `fail-on lowered from ${tally.defaultFailOn} to ${failOn}${failOn === 'none' ? ' (no finding fails the run)' : ''}`,
            source: at(config.lines?.failOn),
            origin,
            findings: passing,
        });
    }
    for (const [w, n] of tally.waiverHits)
        changes.push({ kind: 'waiver', description: `${w.rule} on ${w.resource} waived: ${w.reason}${w.expires ? ` (until ${w.expires})` : ''}`, source: { file: w.file, line: w.line }, origin, findings: n });
    // Comments and template metadata are written in the scanned files themselves.
    for (const [d, n] of tally.directiveHits)
        changes.push({
            kind: 'inline-suppression',
            description: `leakproof:ignore ${d.ruleIds.join(',')}${d.target.kind === 'resource' ? ` on ${d.target.resource}` : ''}: ${d.reason}`,
            source: { file: d.origin.file, line: d.origin.line },
            origin: 'discovered',
            findings: n,
        });
    if (tally.baseline && tally.baseline.findings > 0)
        changes.push({
            kind: 'baseline',
            description: `${plural(tally.baseline.findings, 'finding')} recorded in baseline ${tally.baseline.file} suppressed`,
            source: { file: tally.baseline.file },
            origin: tally.baseline.origin,
            findings: tally.baseline.findings,
        });
    // Same order in every run: by kind, then where it is written.
    return changes.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.source.file.localeCompare(b.source.file) || (a.source.line ?? 0) - (b.source.line ?? 0));
}
/**
 * One stderr line for what the scanned tree's own policy did, e.g.
 * ".leakproof.yaml (found in the scanned tree) refused 1 code rule file, disabled 3 rules, lowered fail-on to none, waived 2 findings; see the report".
 * A second line counts the suppression comments that applied. Empty when nothing changed.
 */
export function discoveredPolicySummary(changes, facts) {
    const discovered = changes.filter((c) => c.origin === 'discovered');
    const lines = [];
    const fromConfig = discovered.filter((c) => c.kind !== 'inline-suppression');
    if (fromConfig.length > 0) {
        const count = (kind) => fromConfig.filter((c) => c.kind === kind);
        const findings = (list) => list.reduce((n, c) => n + c.findings, 0);
        const parts = [];
        if (facts.refusedCode)
            parts.push(`refused to load ${plural(facts.refusedCode, 'code rule source')}`);
        if (facts.refusedOutside)
            parts.push(`refused to read ${plural(facts.refusedOutside, 'file')} outside its tree`);
        const disabled = count('rule-disabled');
        if (disabled.length)
            parts.push(`disabled ${plural(facts.disabledRules, 'rule')} (${plural(findings(disabled), 'finding')} hidden)`);
        const lowered = count('severity-changed');
        if (lowered.length)
            parts.push(`lowered ${plural(lowered.length, 'severity override')} (${plural(findings(lowered), 'finding')})`);
        if (count('fail-on-changed').length)
            parts.push(`lowered fail-on to ${facts.failOn}`);
        const waived = count('waiver');
        if (waived.length)
            parts.push(`waived ${plural(findings(waived), 'finding')}`);
        const baselined = count('baseline');
        if (baselined.length)
            parts.push(`baselined ${plural(findings(baselined), 'finding')}`);
        lines.push(`${facts.configFile} (found in the scanned tree) ${parts.join(', ')}; see the report`);
    }
    const inline = discovered.filter((c) => c.kind === 'inline-suppression');
    if (inline.length > 0) {
        const n = inline.reduce((sum, c) => sum + c.findings, 0);
        lines.push(`${plural(inline.length, 'suppression comment')} in the scanned files suppressed ${plural(n, 'finding')}; see the report`);
    }
    return lines;
}
