import { type RuleSet } from '../engine/rule-loader.js';
import type { ScanReport } from '../findings/report.js';
import { type ScanOptions as PipelineOptions } from '../scan.js';
import { type PolicyOptions } from './policy.js';
export interface ScanOptions {
    /** Rules to run (see loadRules); default the built-in rules. */
    rules?: RuleSet;
    /** Terraform variables, as `-var name=value` gives them (later wins). */
    vars?: Record<string, string>;
    /** Terraform .tfvars files. */
    varFiles?: string[];
    /** CloudFormation / ROS: the stack's region and parameter values. */
    cloudFormation?: {
        region?: string;
        parameters?: Record<string, string>;
        parameterFiles?: string[];
    };
    /** A Terraform plan's root module folder, when its .tf files are not beside the plan (`--tf-dir`). */
    tfDir?: string;
    /** Where data may be replicated: jurisdiction codes (EU, US, ...). Default: the source's own jurisdiction. */
    allowedJurisdictions?: string[];
    /** Where data may be replicated: region ids (`eu-central-1`, `aws:eu-west-1`). */
    allowedRegions?: string[];
    /** Paths to pass over, relative to each scanned folder: gitignore-like globs (`--exclude`). */
    exclude?: string[];
    /** Apply this policy to the report (see applyPolicy); the config's residency settings apply unless given above. */
    policy?: PolicyOptions;
    /** Add notes about files passed over. */
    verbose?: boolean;
    /** Called as the scan moves from input to input. */
    onProgress?: (message: string) => void;
}
/** Resolves the options that need work (rules) and checks the ones a user can get wrong, before any input is read. */
export declare function pipelineOptions(options: ScanOptions): Promise<PipelineOptions & {
    ruleSet: RuleSet;
}>;
/**
 * Scans files and folders on disk (relative paths are relative to
 * process.cwd(), and so are the report's locations). Input problems do not
 * throw: they are in `report.errors`, and the rest is still scanned. No
 * paths means the current folder, as on the command line.
 */
export declare function scan(paths: string[], options?: ScanOptions): Promise<ScanReport>;
