import type { Finding } from '../findings/finding.js';
import type { InputError, SourceResource } from '../model/source-resource.js';
import type { RuleContext } from './rule.js';
import type { RuleSet } from './rule-loader.js';
export interface RunRulesInput {
    ruleSet: RuleSet;
    ctx: RuleContext;
    sources: SourceResource[];
    /** The deployment these sources form (a Terraform root module's folder); part of every fingerprint. */
    deployment?: string;
}
export declare function runRules({ ruleSet, ctx, sources, deployment }: RunRulesInput): {
    findings: Finding[];
    errors: InputError[];
};
