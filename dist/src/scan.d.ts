/**
 * The scan pipeline for files on disk, one direction only:
 * sources → model → analysis → rules → findings. Each path argument is its own
 * unit; a unit's input errors are recorded and every other input is still scanned.
 * Nothing is passed over silently: entries the walker skipped are in the
 * report's `skipped` (and counted), and a path that holds no input at all is a
 * warning. A plan beside its .tf files is reconciled with them
 * (reconcile-plan-findings.ts): it may resolve, never hide.
 */
import type { Finding } from './findings/finding.js';
import { type ScanReport } from './findings/report.js';
import { type ResidencyOptions } from './analysis/context.js';
import { type RuleSet } from './engine/rule-loader.js';
import type { InputError, SourceResource } from './model/source-resource.js';
import { type ExcludePattern } from './sources/walk.js';
import { type SourceOptions } from './sources/load-unit.js';
export interface ScanOptions {
    /** Rules to run; the built-in rules when absent. */
    ruleSet?: RuleSet;
    vars?: Array<[string, string]>;
    varFiles?: string[];
    /** CloudFormation / ROS region and parameters. */
    cloudFormation?: SourceOptions['cloudFormation'];
    /** Terraform plan options (--tf-dir). */
    plan?: SourceOptions['plan'];
    residency?: ResidencyOptions;
    /** Include notes about skipped files. */
    verbose?: boolean;
    /** Paths to pass over, relative to each scanned folder (gitignore-like globs; see src/sources/path-globs.ts). */
    exclude?: Array<string | ExcludePattern>;
    /** Called as the scan moves on (for a progress line); the scan is synchronous between calls. */
    onProgress?: (message: string) => void;
}
/** Evaluates one deployment's source resources through model, analysis and rules. */
export declare function evaluateResources(sources: SourceResource[], ruleSet: RuleSet, residency?: ResidencyOptions, 
/** The deployment the findings are fingerprinted under; default the resources' root. */
deployment?: string | undefined): {
    findings: Finding[];
    errors: InputError[];
};
export declare function scanPaths(paths: string[], options?: ScanOptions): Promise<ScanReport>;
