/**
 * What `scan` and `baseline` share: find and load the config, load and select
 * the rules, scan, and apply policy. Config problems are usage errors (exit 2),
 * reported with file:line.
 */
import path from 'node:path';
import { CATEGORIES, type Category } from '../../findings/finding.js';
import type { ScanReport } from '../../findings/report.js';
import type { RuleSet } from '../../engine/rule-loader.js';
import { evaluatePolicy, type PolicyInputs, type PolicyOutcome } from '../../policy/apply.js';
import { readBaseline, type BaselineEntry } from '../../policy/baseline.js';
import type { PolicyConfig } from '../../policy/config.js';
import { configErrorText, resolveConfigOption } from './config-option.js';
import { ruleInfosOf } from './rule-infos.js';
import { ruleEnabled, ruleSelected, type FindingFilters } from '../../policy/rule-selection.js';
import type { RuleInfo } from '../../reporters/rule-info.js';
import { scanPaths } from '../../scan.js';
import { toRelative, walkInputs } from '../../sources/walk.js';
import { UsageError } from '../errors.js';
import { parseSeverityList } from '../parse-options.js';
import { Progress } from '../progress.js';
import { loadRuleSet } from './load-rules.js';
import { buildResidencyPolicy, ResidencyOptionError, type ResidencyOptions } from '../../analysis/residency.js';
import { frameworkRuleFilter } from './framework-filter.js';

/** Rejects an unknown jurisdiction or region before anything is scanned (exit 2, no stack trace). */
function checkResidencyOptions(options: ResidencyOptions): void {
  try {
    buildResidencyPolicy(options);
  } catch (e) {
    if (e instanceof ResidencyOptionError) throw new UsageError(e.message);
    throw e;
  }
}

export interface PolicyRunOptions {
  var: Array<[string, string]>;
  varFile: string[];
  region?: string;
  parameter?: Array<[string, string]>;
  parameterFile?: string[];
  tfDir?: string;
  rules: string[];
  allowedJurisdictions: string[];
  allowedRegions: string[];
  /** A path, or false for --no-config. */
  config?: string | false;
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


function filtersOf(options: PolicyRunOptions): FindingFilters {
  const categories = options.category ?? [];
  for (const c of categories) if (!(CATEGORIES as readonly string[]).includes(c)) throw new UsageError(`unknown category '${c}' (expected ${CATEGORIES.join(', ')})`);
  return {
    ...(options.severity?.length ? { severities: parseSeverityList(options.severity.map((s) => s.toLowerCase())) } : {}),
    ...(categories.length ? { categories: categories as Category[] } : {}),
    ...(options.rule?.length ? { rules: options.rule } : {}),
    ...(options.skipRule?.length ? { skipRules: options.skipRule } : {}),
  };
}

/** Rules disabled in the config or left out by --rule / --skip-rule / --framework do not run at all. */
function selectRules(ruleSet: RuleSet, config: PolicyConfig, filters: FindingFilters, framework?: string): RuleSet {
  const inFramework = framework ? frameworkRuleFilter(framework) : () => true;
  const keep = (id: string) => ruleEnabled(id, config.rules) && ruleSelected(id, filters) && inFramework(id);
  return { rules: ruleSet.rules.filter((r) => keep(r.id)), declarative: ruleSet.declarative.filter((r) => keep(r.id)) };
}

/** Baseline entries under one of the scanned paths; others were not looked at, so they are not "gone". */
function inScannedPaths(paths: string[]): (entry: BaselineEntry) => boolean {
  const cwd = process.cwd();
  const roots = (paths.length > 0 ? paths : ['.']).map((p) => toRelative(cwd, path.resolve(p)));
  return (entry) => roots.some((r) => r === '.' || entry.file === r || entry.file.startsWith(`${r}/`));
}

const COMMENT_FILE = /\.(tf|ya?ml|template)$/;

export async function runScanWithPolicy(paths: string[], options: PolicyRunOptions, useBaseline: boolean): Promise<PolicyRun> {
  const config = resolveConfigOption(options.config, paths);
  const filters = filtersOf(options);
  const allRules = await loadRuleSet([...config.extraRules, ...options.rules]);
  const ruleSet = selectRules(allRules, config, filters, options.framework);

  const baselineFile = useBaseline ? (options.baseline ?? config.baseline) : undefined;
  let baseline: PolicyInputs['baseline'];
  if (baselineFile) {
    const read = readBaseline(baselineFile);
    if (!read.baseline) throw new UsageError(configErrorText(read.errors));
    baseline = { file: toRelative(process.cwd(), path.resolve(baselineFile)), baseline: read.baseline, inScope: inScannedPaths(paths) };
  }

  const residency: ResidencyOptions = {
    allowedJurisdictions: options.allowedJurisdictions.length ? options.allowedJurisdictions : (config.residency.allowedJurisdictions ?? []),
    allowedRegions: options.allowedRegions.length ? options.allowedRegions : (config.residency.allowedRegions ?? []),
  };
  checkResidencyOptions(residency);

  const progress = new Progress();
  progress.update(`scanning ${paths.length === 1 ? paths[0] : `${paths.length} paths`}`, true);
  let report: ScanReport;
  try {
    report = await scanPaths(paths, {
      ruleSet,
      vars: options.var,
      varFiles: options.varFile,
      cloudFormation: {
        ...(options.region ? { region: options.region } : {}),
        parameters: options.parameter ?? [],
        parameterFiles: options.parameterFile ?? [],
      },
      plan: options.tfDir ? { tfDir: options.tfDir } : {},
      residency,
      verbose: !!options.verbose,
      onProgress: (message) => progress.update(message),
    });
  } finally {
    progress.done();
  }

  const commentFiles = options.reportUnusedSuppressions
    ? walkInputs(paths.length > 0 ? paths : ['.']).units.flatMap((u) => u.files).filter((f) => COMMENT_FILE.test(f))
    : [];
  const outcome = evaluatePolicy(report, {
    config,
    filters,
    ...(baseline ? { baseline } : {}),
    commentFiles,
    knownRuleIds: [...allRules.rules, ...allRules.declarative].map((r) => r.id),
  });
  if (options.reportUnusedSuppressions)
    outcome.report.notes.push(...outcome.unused.map((u) => `unused suppression: ${u.description}`));
  const rules = ruleInfosOf(ruleSet);
  return { config, rules, ruleSet, outcome };
}

/** Warnings, the baseline summary and (when asked) unused suppressions, on stderr. */
export function printPolicyMessages(run: PolicyRun, reportUnused: boolean): void {
  for (const w of run.outcome.warnings) process.stderr.write(`leakproof: warning: ${w}\n`);
  const b = run.outcome.baseline;
  if (b) process.stderr.write(`leakproof: baseline ${b.file}: ${b.matched} baselined finding${b.matched === 1 ? '' : 's'} still present, ${b.gone} gone (fixed)\n`);
  if (reportUnused) for (const u of run.outcome.unused) process.stderr.write(`leakproof: unused suppression: ${u.description}\n`);
}
