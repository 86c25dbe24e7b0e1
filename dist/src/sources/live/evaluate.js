/**
 * Model records → findings, for sources that produce model records directly
 * (live audits and their saved inventories) rather than source resources.
 * Each account is its own unit, as each Terraform root is: its records link
 * only to each other, and account-level settings (an S3 account public access
 * block) govern only its own buckets. A live finding's fix is a CLI command;
 * when a rule offers none, the provider's fixer may supply one.
 */
import { buildRuleContext } from '../../analysis/context.js';
import { runRules } from '../../engine/run-rules.js';
import { sortFindings } from '../../findings/report.js';
export function evaluateModelRecords(resources, ruleSet, residency = {}, fixer) {
    const findings = [];
    const errors = [];
    for (const unit of byAccount(resources)) {
        const ctx = buildRuleContext(unit, residency);
        const result = runRules({ ruleSet, ctx, sources: [] });
        errors.push(...result.errors);
        for (const f of result.findings) {
            if (!f.remediation.snippet && fixer) {
                const snippet = fixer(f, ctx.model.byId.get(f.resource.address));
                if (snippet)
                    f.remediation = { ...f.remediation, snippet };
            }
            findings.push(f);
        }
    }
    return { findings: sortFindings(findings), errors };
}
/** Records grouped by account, in first-seen order. */
function byAccount(resources) {
    const groups = new Map();
    for (const r of resources) {
        const key = r.account ?? '';
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = []));
        group.push(r);
    }
    return [...groups.values()];
}
