/**
 * Tells by content which source reads a JSON / YAML / .template file: a
 * CloudFormation or ROS template (a `Resources` map whose entries have a
 * `Type` starting `AWS::` or `ALIYUN::`), or a Terraform plan
 * (`format_version` with `planned_values` or `resource_changes`). Anything
 * else is undefined: the scan passes it over (named with --verbose). A file
 * that fails to parse but plainly is a template or plan (its marker keys appear
 * anywhere in the text, a one-line minified file included) is still claimed,
 * so that its syntax error is reported at file:line:column rather than the
 * file silently ignored. Text arrives decoded (see shared/decode-text.ts).
 */
import { asTemplate, looksLikeBrokenTemplate, mayBeTemplate, readDocuments } from './cloudformation/parse/template-file.js';
const PLAN_MARKER = /"format_version"\s*:/;
const PLAN_SECTIONS = /"(planned_values|resource_changes)"\s*:/;
function isPlan(text) {
    if (!PLAN_MARKER.test(text) || !PLAN_SECTIONS.test(text))
        return false;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return 'broken';
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return false;
    const plan = json;
    return typeof plan.format_version === 'string' && ('planned_values' in plan || 'resource_changes' in plan);
}
export function detectFormat(path, text) {
    if (path.endsWith('.tf') || path.endsWith('.tfvars'))
        return undefined;
    // Not only text that starts with `{`: output of `terraform plan` saved before the JSON is a broken plan, not noise.
    const plan = isPlan(text);
    if (plan === true)
        return 'terraform-plan';
    if (plan === 'broken' && !mayBeTemplate(text))
        return 'terraform-plan';
    if (!mayBeTemplate(text))
        return undefined;
    const parsed = readDocuments(text, path);
    if (!parsed.ok) {
        if (!looksLikeBrokenTemplate(text))
            return undefined;
        return /ROSTemplateFormatVersion|ALIYUN::/.test(text) ? 'ros' : 'cloudformation';
    }
    let found;
    for (const doc of parsed.documents) {
        const template = asTemplate(doc);
        if (template?.dialect === 'ros')
            return 'ros';
        if (template)
            found = 'cloudformation';
    }
    return found;
}
