import { frameworkRuleIds } from '../../compliance/framework.js';
import { frameworkNamed } from '../../compliance/rule-controls.js';
import { UsageError } from '../errors.js';
/** `--framework <id>` → which rule ids may run; an unknown framework is a usage error (exit 2). */
export function frameworkRuleFilter(id) {
    const framework = frameworkNamed(id);
    if ('error' in framework)
        throw new UsageError(framework.error);
    const ids = frameworkRuleIds(framework);
    return (ruleId) => ids.has(ruleId);
}
