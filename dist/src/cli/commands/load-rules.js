import { duplicateRuleIds, loadBuiltinRules, loadExtraRules } from '../../engine/rule-loader.js';
import { UsageError } from '../errors.js';
/** Built-in plus extra rules; any problem with an extra rule stops the run with exit code 2. */
export async function loadRuleSet(extra) {
    const builtin = await loadBuiltinRules();
    const { ruleSet, errors } = await loadExtraRules(extra);
    if (errors.length > 0)
        throw new UsageError(errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\nleakproof: '));
    const merged = { rules: [...builtin, ...ruleSet.rules], declarative: ruleSet.declarative };
    const dups = duplicateRuleIds(merged);
    if (dups.length > 0)
        throw new UsageError(`rule id(s) defined twice: ${dups.join(', ')}`);
    return merged;
}
