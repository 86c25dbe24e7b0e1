/**
 * Policy for the library: a `.leakproof.yaml` the caller names, waivers,
 * inline suppression comments, a baseline and filters, applied to a report by
 * the same evaluation the CLI uses (src/policy/apply.ts). Suppressed findings
 * stay in the report, marked; they no longer count for failsGate.
 */
import type { RuleSet } from '../engine/rule-loader.js';
import type { ScanReport } from '../findings/report.js';
import { type PolicyOutcome } from '../policy/apply.js';
import { type Baseline } from '../policy/baseline.js';
import { type PolicyConfig } from '../policy/config.js';
import type { FindingFilters } from '../policy/rule-selection.js';
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
export declare function loadConfig(file: string): PolicyConfig;
/**
 * Applies policy to a report. `cwd` is the folder the report's relative
 * locations are relative to (where inline suppression comments are read);
 * default process.cwd(). Warnings (expired waivers, unknown rule names) are in
 * the outcome and in the report's notes.
 */
export declare function applyPolicy(report: ScanReport, options?: PolicyOptions, cwd?: string): PolicyOutcome;
