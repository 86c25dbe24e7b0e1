/**
 * Applies policy to a scan report, after the rules and before the reporters:
 *
 *   1. rules disabled in the config drop out; severity overrides apply;
 *   2. suppressions, first match wins: inline comments and source-provided
 *      directives, then config waivers, then the baseline;
 *   3. --severity / --category / --rule / --skip-rule filters;
 *   4. the summary is recounted.
 *
 * Suppressed findings stay in the report, marked with kind and reason; they
 * never count towards the exit code. An expired waiver or comment stops
 * suppressing and produces a warning naming it. Matching runs before filtering,
 * so a suppression for a filtered-out finding is not reported as unused.
 *
 * Everything policy turned off or down along the way is listed in the
 * report's `policyChanges`, with where it is written and whether the scanned
 * tree wrote it (policy-changes.ts).
 */
import path from 'node:path';
import { severityRank } from '../findings/finding.js';
import { sortFindings, summarize } from '../findings/report.js';
import { EMPTY_CONFIG } from './config.js';
import { hasExpired, todayUtc } from './dates.js';
import { matchesGlob } from './glob.js';
import { CommentReader, coveringDirectives } from './inline-comments.js';
import { discoveredPolicySummary, policyChangesOf, refusalText } from './policy-changes.js';
import { passesFilters, ruleRuns, severityOverrideKey, unknownRuleReferences, withSeverityOverride } from './rule-selection.js';
import { describeDirective } from './suppressions.js';
/** The fail-on of a run when neither the config nor --fail-on sets one. */
export const DEFAULT_FAIL_ON = 'high';
/** Rules left out by --rule / --skip-rule are the user's choice, not a policy change. */
function ruleSelectedByCommandLine(id, filters) {
    return ruleRuns(id, { enable: [], disable: [] }, filters);
}
/** For findings whose file cannot be read: no comments. */
const NO_COMMENTS = { file: '', directives: new Map(), commentOnly: new Set(), headers: new Map(), problems: [] };
const isLive = (f) => f.resource.sourceKind === 'aws-live' || f.resource.sourceKind === 'alicloud-live';
function describeWaiver(w) {
    return `waiver ${w.file}:${w.line} (${w.rule} on ${w.resource}${w.owner ? `, owner ${w.owner}` : ''})`;
}
export function evaluatePolicy(input, inputs = {}) {
    const config = inputs.config ?? EMPTY_CONFIG;
    const today = inputs.today ?? todayUtc();
    const overrideSource = config.file ? path.relative(inputs.cwd ?? process.cwd(), config.file) || config.file : 'policy';
    const warnings = [];
    const notes = [];
    if (inputs.knownRuleIds)
        for (const g of unknownRuleReferences(config, inputs.knownRuleIds))
            warnings.push(`the config names '${g}', which matches no rule`);
    // 1. Rule selection and severity overrides; --rule and --skip-rule win over the config.
    const runs = (id) => ruleRuns(id, config.rules, inputs.filters);
    const droppedByRule = new Map();
    const loweredByKey = new Map();
    let findings = input.findings
        .filter((f) => {
        if (runs(f.ruleId))
            return true;
        droppedByRule.set(f.ruleId, (droppedByRule.get(f.ruleId) ?? 0) + 1);
        return false;
    })
        .map((f) => {
        const changed = withSeverityOverride(f, config.severity, overrideSource);
        if (severityRank(changed.severity) < severityRank(f.severity)) {
            const key = severityOverrideKey(f.ruleId, config.severity);
            loweredByKey.set(key, (loweredByKey.get(key) ?? 0) + 1);
        }
        return changed;
    });
    // 2a. Inline comments and source-provided directives.
    const reader = new CommentReader(inputs.cwd);
    for (const file of inputs.commentFiles ?? [])
        reader.index(file);
    const matched = new Set();
    const directiveHits = new Map();
    const expiredNamed = new Set();
    const bySourceResource = new Map();
    for (const d of inputs.sourceSuppressions ?? [])
        if (d.target.kind === 'resource')
            bySourceResource.set(d.target.resource, [...(bySourceResource.get(d.target.resource) ?? []), d]);
    findings = findings.map((f) => {
        if (f.suppressed)
            return f;
        const fromComments = isLive(f) ? [] : coveringDirectives(reader.index(f.location.file) ?? NO_COMMENTS, f);
        const candidates = [...fromComments, ...(bySourceResource.get(f.resource.address) ?? [])].filter((d) => d.ruleIds.includes(f.ruleId));
        let applied;
        for (const d of candidates) {
            matched.add(d);
            if (hasExpired(d.expires, today)) {
                if (!expiredNamed.has(d))
                    warnings.push(`${describeDirective(d)} expired on ${d.expires}; it no longer suppresses`);
                expiredNamed.add(d);
            }
            else
                applied ??= d;
        }
        if (!applied)
            return f;
        directiveHits.set(applied, (directiveHits.get(applied) ?? 0) + 1);
        return { ...f, suppressed: { kind: 'inline', reason: applied.reason, ...(applied.expires ? { expires: applied.expires } : {}) } };
    });
    for (const index of reader.indexed())
        warnings.push(...index.problems);
    warnings.push(...reader.skipped);
    // 2b. Config waivers.
    const waiverHits = new Map();
    const waived = new Map();
    findings = findings.map((f) => {
        if (f.suppressed)
            return f;
        const matching = config.waivers.filter((w) => matchesGlob(w.rule, f.ruleId) && matchesGlob(w.resource, f.resource.address));
        for (const w of matching)
            waiverHits.set(w, (waiverHits.get(w) ?? 0) + 1);
        const active = matching.find((w) => !hasExpired(w.expires, today));
        if (!active)
            return f;
        waived.set(active, (waived.get(active) ?? 0) + 1);
        const reason = active.owner ? `${active.reason} (owner: ${active.owner})` : active.reason;
        return { ...f, suppressed: { kind: 'waiver', reason, ...(active.expires ? { expires: active.expires } : {}) } };
    });
    for (const w of config.waivers) {
        if (!hasExpired(w.expires, today))
            continue;
        const hits = waiverHits.get(w) ?? 0;
        warnings.push(`${describeWaiver(w)} expired on ${w.expires}; it no longer suppresses${hits ? ` (${hits} finding${hits === 1 ? '' : 's'} count again)` : ''}`);
    }
    // 2c. Baseline.
    let baselineOutcome;
    let baselined = 0;
    if (inputs.baseline) {
        const { file, baseline, inScope } = inputs.baseline;
        const recorded = new Set(baseline.findings.map((e) => e.fingerprint));
        const present = new Set(findings.map((f) => f.fingerprint));
        const matchedFingerprints = new Set();
        findings = findings.map((f) => {
            if (f.suppressed || !recorded.has(f.fingerprint))
                return f;
            matchedFingerprints.add(f.fingerprint);
            baselined++;
            return { ...f, suppressed: { kind: 'baseline', reason: `recorded in baseline ${file}` } };
        });
        const gone = baseline.findings.filter((e) => !present.has(e.fingerprint) && runs(e.ruleId) && (inScope?.(e) ?? true)).length;
        baselineOutcome = { file, matched: matchedFingerprints.size, gone };
        notes.push(`baseline ${file}: ${matchedFingerprints.size} baselined finding${matchedFingerprints.size === 1 ? '' : 's'} still present, ${gone} gone (fixed)`);
    }
    // Unused suppressions: matched nothing, although their rule ran.
    const unused = [];
    const ruleRan = (d) => d.ruleIds.some(runs);
    for (const index of reader.indexed())
        for (const list of index.directives.values())
            for (const d of list)
                if (!matched.has(d) && ruleRan(d))
                    unused.push({ kind: 'inline', where: `${d.origin.file}:${d.origin.line}`, description: `${describeDirective(d)} matches no finding` });
    for (const d of inputs.sourceSuppressions ?? [])
        if (!matched.has(d) && ruleRan(d))
            unused.push({ kind: 'inline', where: `${d.origin.file}:${d.origin.line}`, description: `${describeDirective(d)} matches no finding` });
    for (const w of config.waivers)
        if (!waiverHits.has(w) && !hasExpired(w.expires, today))
            unused.push({ kind: 'waiver', where: `${w.file}:${w.line}`, description: `${describeWaiver(w)} matches no finding` });
    // 3. Filters, 4. summary.
    findings = sortFindings(findings.filter((f) => passesFilters(f, inputs.filters)));
    const known = new Set([...(inputs.knownRuleIds ?? []), ...input.findings.map((f) => f.ruleId)]);
    const disabledRules = [...known].filter((id) => !runs(id) && ruleSelectedByCommandLine(id, inputs.filters)).sort();
    const shownConfig = config.file ? overrideSource : 'policy';
    const policyChanges = policyChangesOf(config, shownConfig, {
        droppedByRule,
        disabledRules,
        loweredByKey,
        ruleSeverities: inputs.ruleSeverities ?? {},
        waiverHits: waived,
        directiveHits,
        ...(inputs.baseline ? { baseline: { file: inputs.baseline.file, origin: inputs.baseline.origin ?? 'command-line', findings: baselined } } : {}),
        defaultFailOn: DEFAULT_FAIL_ON,
        failOnFromCommandLine: !!inputs.failOnFromCommandLine,
        severitiesShown: findings.filter((f) => !f.suppressed).map((f) => f.severity),
    });
    const discoveredSummary = discoveredPolicySummary(policyChanges, {
        configFile: shownConfig,
        disabledRules: disabledRules.length,
        refusedCode: (config.refusedCode ?? []).filter((r) => r.reason === 'code').length,
        refusedOutside: (config.refusedCode ?? []).filter((r) => r.reason === 'outside').length,
        ...(config.failOn ? { failOn: config.failOn } : {}),
    });
    for (const r of config.refusedCode ?? [])
        warnings.push(`${shownConfig}${r.line ? `:${r.line}` : ''}: ${refusalText(r)}`);
    const report = {
        ...input,
        // Keep what an earlier stage recorded (a report evaluated again, say) and add this pass's.
        ...(policyChanges.length || input.policyChanges?.length ? { policyChanges: [...(input.policyChanges ?? []), ...policyChanges] } : {}),
        findings,
        notes: [...input.notes, ...notes, ...warnings.map((w) => `warning: ${w}`)],
        summary: summarize(findings, input.errors, input.summary.filesScanned, input.summary.resources, input.summary.skipped),
    };
    return { report, warnings, unused, ...(baselineOutcome ? { baseline: baselineOutcome } : {}), discoveredSummary };
}
/** The seam between rules and reporters: the report with policy applied. */
export function applyPolicy(report, inputs = {}) {
    return evaluatePolicy(report, inputs).report;
}
