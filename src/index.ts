/**
 * leakproof as a library (`import { scan } from 'leakproof'`; ESM only, see
 * docs/library.md). The same runs as the CLI, in steps a program can hold:
 *
 *   loadRules → scan / scanFiles → applyPolicy (or the `policy` option) → formatReport / failsGate
 *
 * Everything exported here is the public surface; anything reached by a deeper
 * path is internal and may change in any release.
 */
import { TOOL_VERSION } from './version.js';

/** The installed leakproof's version (package.json). */
export const version: string = TOOL_VERSION;

export { scan, type ScanOptions } from './api/scan.js';
export { scanFiles, type InMemoryFile } from './api/scan-files.js';
export { loadRules, type LoadRulesOptions } from './api/rules.js';
export { applyPolicy, loadConfig, type PolicyOptions } from './api/policy.js';
export { formatReport, type FormatOptions } from './api/format.js';
export { LeakproofError } from './api/errors.js';

export { failsGate } from './findings/report.js';
export { SEVERITIES, CATEGORIES } from './findings/finding.js';
export { REPORT_FORMATS, type ReportFormat } from './reporters/index.js';

export type { ScanReport, ReportSummary, NotAssessed, PolicyChange, SkippedEntry } from './findings/report.js';
export type { Finding, FindingLocation, FixSnippet, Severity, Category } from './findings/finding.js';
export type { InputError } from './model/source-resource.js';
export type { Rule, RuleContext, RuleResult, FixByFormat } from './engine/rule.js';
export type { ModelResource, ModelKind } from './model/resources.js';
export type { RuleSet } from './engine/rule-loader.js';
export type { DeclarativeRule, ConfigError } from './engine/declarative-rule.js';
export type { PolicyConfig, Waiver } from './policy/config.js';
export type { PolicyOutcome, UnusedSuppression } from './policy/apply.js';
export type { Baseline, BaselineEntry } from './policy/baseline.js';
export type { FindingFilters } from './policy/rule-selection.js';
