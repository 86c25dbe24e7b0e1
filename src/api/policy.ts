/**
 * Policy for the library: a `.leakproof.yaml` the caller names, waivers,
 * inline suppression comments, a baseline and filters, applied to a report by
 * the same evaluation the CLI uses (src/policy/apply.ts). Suppressed findings
 * stay in the report, marked; they no longer count for failsGate.
 */
import type { RuleSet } from '../engine/rule-loader.js';
import type { ScanReport } from '../findings/report.js';
import { evaluatePolicy, type PolicyInputs, type PolicyOutcome } from '../policy/apply.js';
import { readBaseline, type Baseline } from '../policy/baseline.js';
import { loadConfig as readConfig, type PolicyConfig } from '../policy/config.js';
import type { FindingFilters } from '../policy/rule-selection.js';
import { LeakproofError } from './errors.js';

export interface PolicyOptions {
  /** A config from loadConfig(). Its `extraRules` are not loaded here: pass them to loadRules() if you trust them. */
  config?: PolicyConfig;
  /** A baseline file (as `leakproof baseline` writes it), or its parsed content. */
  baseline?: string | Baseline;
  /** Keep only some findings (by severity, category, rule). */
  filters?: FindingFilters;
  /** The rules that exist, so that config entries naming no rule are warned about. */
  rules?: RuleSet;
  /** YYYY-MM-DD (UTC) against which waiver and comment expiry dates are judged; default today. */
  today?: string;
}

/** Reads and validates a `.leakproof.yaml`; any problem throws a LeakproofError with file:line. */
export function loadConfig(file: string): PolicyConfig {
  const { config, errors } = readConfig(file);
  if (errors.length > 0) throw new LeakproofError(`config ${file} is not valid`, errors);
  return config;
}

function baselineInput(baseline: string | Baseline): NonNullable<PolicyInputs['baseline']> {
  if (typeof baseline !== 'string') return { file: 'baseline', baseline };
  const read = readBaseline(baseline);
  if (!read.baseline) throw new LeakproofError(`baseline ${baseline} cannot be used`, read.errors);
  return { file: baseline, baseline: read.baseline };
}

/**
 * Applies policy to a report. `cwd` is the folder the report's relative
 * locations are relative to (where inline suppression comments are read);
 * default process.cwd(). Warnings (expired waivers, unknown rule names) are in
 * the outcome and in the report's notes.
 */
export function applyPolicy(report: ScanReport, options: PolicyOptions = {}, cwd: string = process.cwd()): PolicyOutcome {
  const { config, baseline, filters, rules, today } = options;
  return evaluatePolicy(report, {
    ...(config ? { config } : {}),
    ...(baseline !== undefined ? { baseline: baselineInput(baseline) } : {}),
    ...(filters ? { filters } : {}),
    ...(rules ? { knownRuleIds: [...rules.rules, ...rules.declarative].map((r) => r.id) } : {}),
    ...(today ? { today } : {}),
    cwd,
  });
}
