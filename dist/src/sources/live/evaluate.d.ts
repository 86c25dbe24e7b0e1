/**
 * Model records → findings, for sources that produce model records directly
 * (live audits and their saved inventories) rather than source resources.
 * Each account is its own unit, as each Terraform root is: its records link
 * only to each other, and account-level settings (an S3 account public access
 * block) govern only its own buckets. A live finding's fix is a CLI command;
 * when a rule offers none, the provider's fixer may supply one.
 */
import { type ResidencyOptions } from '../../analysis/context.js';
import type { RuleSet } from '../../engine/rule-loader.js';
import type { Finding, FixSnippet } from '../../findings/finding.js';
import type { ModelResource } from '../../model/resources.js';
import type { InputError } from '../../model/source-resource.js';
/** A CLI fix for a finding of a live resource, when the rule did not give one. */
export type LiveFixer = (finding: Finding, resource: ModelResource | undefined) => FixSnippet | undefined;
export declare function evaluateModelRecords(resources: ModelResource[], ruleSet: RuleSet, residency?: ResidencyOptions, fixer?: LiveFixer): {
    findings: Finding[];
    errors: InputError[];
};
