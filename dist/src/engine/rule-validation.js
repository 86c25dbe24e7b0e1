/** Checks that a rule (built-in, JavaScript or YAML) carries complete metadata. */
import { CATEGORIES, SEVERITIES } from '../findings/finding.js';
export const RULE_ID_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
/** Returns the problems with a rule's metadata, empty when it is well-formed. */
export function ruleMetadataProblems(rule) {
    const problems = [];
    const needString = (key) => {
        if (typeof rule[key] !== 'string' || rule[key].trim() === '')
            problems.push(`'${key}' must be a non-empty string`);
    };
    needString('id');
    needString('title');
    needString('description');
    needString('remediation');
    if (typeof rule.id === 'string' && !RULE_ID_PATTERN.test(rule.id))
        problems.push(`'id' must look like ABC-DEF-001, got '${rule.id}'`);
    if (!SEVERITIES.includes(rule.severity))
        problems.push(`'severity' must be one of ${SEVERITIES.join(', ')}`);
    if (!CATEGORIES.includes(rule.category))
        problems.push(`'category' must be one of ${CATEGORIES.join(', ')}`);
    return problems;
}
