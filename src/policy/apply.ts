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
import { severityRank, type Finding, type Severity } from '../findings/finding.js';
import { sortFindings, summarize, type ScanReport } from '../findings/report.js';
import type { Baseline, BaselineEntry } from './baseline.js';
import { EMPTY_CONFIG, type PolicyConfig, type Waiver } from './config.js';
import { hasExpired, todayUtc } from './dates.js';
import { matchesGlob } from './glob.js';
import { CommentReader, coveringDirectives, type FileIndex } from './inline-comments.js';
import { discoveredPolicySummary, policyChangesOf, refusalText } from './policy-changes.js';
import { passesFilters, ruleRuns, severityOverrideKey, unknownRuleReferences, withSeverityOverride, type FindingFilters } from './rule-selection.js';
import { describeDirective, type SuppressionDirective } from './suppressions.js';

export interface PolicyInputs {
  config?: PolicyConfig;
  filters?: FindingFilters;
  baseline?: {
    file: string;
    baseline: Baseline;
    /** Entries outside what was scanned this time are not counted as gone. */
    inScope?: (entry: BaselineEntry) => boolean;
    /** 'discovered' when the baseline was named by a discovered config; default 'command-line'. */
    origin?: 'discovered' | 'command-line';
  };
  /** Suppressions that sources read from their own format (see suppressions.ts). */
  sourceSuppressions?: SuppressionDirective[];
  /** More files to read suppression comments from, so unused ones there are found too. */
  commentFiles?: string[];
  /** Folder that findings' relative file paths are relative to. */
  cwd?: string;
  /** YYYY-MM-DD (UTC); for tests. */
  today?: string;
  /** Every rule that exists, to warn about config entries naming no rule. */
  knownRuleIds?: string[];
  /** Default severity by rule id, to tell which severity overrides lower a rule. */
  ruleSeverities?: Record<string, Severity>;
  /** --fail-on was given: the config's fail-on is not in force, so it is not listed as a change. */
  failOnFromCommandLine?: boolean;
}

export interface UnusedSuppression {
  kind: 'inline' | 'waiver';
  where: string;
  description: string;
}

export interface PolicyOutcome {
  report: ScanReport;
  /** For stderr; also added to the report's notes. */
  warnings: string[];
  /** Suppressions that matched no finding (shown with --report-unused-suppressions). */
  unused: UnusedSuppression[];
  baseline?: { file: string; matched: number; gone: number };
  /** Lines for stderr when policy from the scanned tree changed something (empty otherwise). */
  discoveredSummary: string[];
}

/** The fail-on of a run when neither the config nor --fail-on sets one. */
export const DEFAULT_FAIL_ON: Severity = 'high';

/** Rules left out by --rule / --skip-rule are the user's choice, not a policy change. */
function ruleSelectedByCommandLine(id: string, filters: FindingFilters | undefined): boolean {
  return ruleRuns(id, { enable: [], disable: [] }, filters);
}

/** For findings whose file cannot be read: no comments. */
const NO_COMMENTS: FileIndex = { file: '', directives: new Map(), commentOnly: new Set(), headers: new Map(), problems: [] };

const isLive = (f: Finding) => f.resource.sourceKind === 'aws-live' || f.resource.sourceKind === 'alicloud-live';

function describeWaiver(w: Waiver): string {
  return `waiver ${w.file}:${w.line} (${w.rule} on ${w.resource}${w.owner ? `, owner ${w.owner}` : ''})`;
}

export function evaluatePolicy(input: ScanReport, inputs: PolicyInputs = {}): PolicyOutcome {
  const config = inputs.config ?? EMPTY_CONFIG;
  const today = inputs.today ?? todayUtc();
  const overrideSource = config.file ? path.relative(inputs.cwd ?? process.cwd(), config.file) || config.file : 'policy';
  const warnings: string[] = [];
  const notes: string[] = [];

  if (inputs.knownRuleIds)
    for (const g of unknownRuleReferences(config, inputs.knownRuleIds)) warnings.push(`the config names '${g}', which matches no rule`);

  // 1. Rule selection and severity overrides; --rule and --skip-rule win over the config.
  const runs = (id: string) => ruleRuns(id, config.rules, inputs.filters);
  const droppedByRule = new Map<string, number>();
  const loweredByKey = new Map<string, number>();
  let findings = input.findings
    .filter((f) => {
      if (runs(f.ruleId)) return true;
      droppedByRule.set(f.ruleId, (droppedByRule.get(f.ruleId) ?? 0) + 1);
      return false;
    })
    .map((f) => {
      const changed = withSeverityOverride(f, config.severity, overrideSource);
      if (severityRank(changed.severity) < severityRank(f.severity)) {
        const key = severityOverrideKey(f.ruleId, config.severity)!;
        loweredByKey.set(key, (loweredByKey.get(key) ?? 0) + 1);
      }
      return changed;
    });

  // 2a. Inline comments and source-provided directives.
  const reader = new CommentReader(inputs.cwd);
  for (const file of inputs.commentFiles ?? []) reader.index(file);
  const matched = new Set<SuppressionDirective>();
  const directiveHits = new Map<SuppressionDirective, number>();
  const expiredNamed = new Set<SuppressionDirective>();
  const bySourceResource = new Map<string, SuppressionDirective[]>();
  for (const d of inputs.sourceSuppressions ?? [])
    if (d.target.kind === 'resource') bySourceResource.set(d.target.resource, [...(bySourceResource.get(d.target.resource) ?? []), d]);

  findings = findings.map((f) => {
    if (f.suppressed) return f;
    const fromComments = isLive(f) ? [] : coveringDirectives(reader.index(f.location.file) ?? NO_COMMENTS, f);
    const candidates = [...fromComments, ...(bySourceResource.get(f.resource.address) ?? [])].filter((d) => d.ruleIds.includes(f.ruleId));
    let applied: SuppressionDirective | undefined;
    for (const d of candidates) {
      matched.add(d);
      if (hasExpired(d.expires, today)) {
        if (!expiredNamed.has(d)) warnings.push(`${describeDirective(d)} expired on ${d.expires}; it no longer suppresses`);
        expiredNamed.add(d);
      } else applied ??= d;
    }
    if (!applied) return f;
    directiveHits.set(applied, (directiveHits.get(applied) ?? 0) + 1);
    return { ...f, suppressed: { kind: 'inline' as const, reason: applied.reason, ...(applied.expires ? { expires: applied.expires } : {}) } };
  });
  for (const index of reader.indexed()) warnings.push(...index.problems);
  warnings.push(...reader.skipped);

  // 2b. Config waivers.
  const waiverHits = new Map<Waiver, number>();
  const waived = new Map<Waiver, number>();
  findings = findings.map((f) => {
    if (f.suppressed) return f;
    const matching = config.waivers.filter((w) => matchesGlob(w.rule, f.ruleId) && matchesGlob(w.resource, f.resource.address));
    for (const w of matching) waiverHits.set(w, (waiverHits.get(w) ?? 0) + 1);
    const active = matching.find((w) => !hasExpired(w.expires, today));
    if (!active) return f;
    waived.set(active, (waived.get(active) ?? 0) + 1);
    const reason = active.owner ? `${active.reason} (owner: ${active.owner})` : active.reason;
    return { ...f, suppressed: { kind: 'waiver' as const, reason, ...(active.expires ? { expires: active.expires } : {}) } };
  });
  for (const w of config.waivers) {
    if (!hasExpired(w.expires, today)) continue;
    const hits = waiverHits.get(w) ?? 0;
    warnings.push(`${describeWaiver(w)} expired on ${w.expires}; it no longer suppresses${hits ? ` (${hits} finding${hits === 1 ? '' : 's'} count again)` : ''}`);
  }

  // 2c. Baseline.
  let baselineOutcome: PolicyOutcome['baseline'];
  let baselined = 0;
  if (inputs.baseline) {
    const { file, baseline, inScope } = inputs.baseline;
    const recorded = new Set(baseline.findings.map((e) => e.fingerprint));
    const present = new Set(findings.map((f) => f.fingerprint));
    const matchedFingerprints = new Set<string>();
    findings = findings.map((f) => {
      if (f.suppressed || !recorded.has(f.fingerprint)) return f;
      matchedFingerprints.add(f.fingerprint);
      baselined++;
      return { ...f, suppressed: { kind: 'baseline' as const, reason: `recorded in baseline ${file}` } };
    });
    const gone = baseline.findings.filter((e) => !present.has(e.fingerprint) && runs(e.ruleId) && (inScope?.(e) ?? true)).length;
    baselineOutcome = { file, matched: matchedFingerprints.size, gone };
    notes.push(`baseline ${file}: ${matchedFingerprints.size} baselined finding${matchedFingerprints.size === 1 ? '' : 's'} still present, ${gone} gone (fixed)`);
  }

  // Unused suppressions: matched nothing, although their rule ran.
  const unused: UnusedSuppression[] = [];
  const ruleRan = (d: SuppressionDirective) => d.ruleIds.some(runs);
  for (const index of reader.indexed())
    for (const list of index.directives.values())
      for (const d of list)
        if (!matched.has(d) && ruleRan(d)) unused.push({ kind: 'inline', where: `${d.origin.file}:${d.origin.line}`, description: `${describeDirective(d)} matches no finding` });
  for (const d of inputs.sourceSuppressions ?? [])
    if (!matched.has(d) && ruleRan(d)) unused.push({ kind: 'inline', where: `${d.origin.file}:${d.origin.line}`, description: `${describeDirective(d)} matches no finding` });
  for (const w of config.waivers)
    if (!waiverHits.has(w) && !hasExpired(w.expires, today)) unused.push({ kind: 'waiver', where: `${w.file}:${w.line}`, description: `${describeWaiver(w)} matches no finding` });

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
  for (const r of config.refusedCode ?? []) warnings.push(`${shownConfig}${r.line ? `:${r.line}` : ''}: ${refusalText(r)}`);

  const report: ScanReport = {
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
export function applyPolicy(report: ScanReport, inputs: PolicyInputs = {}): ScanReport {
  return evaluatePolicy(report, inputs).report;
}
