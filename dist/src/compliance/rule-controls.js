/**
 * A rule's compliance controls, as `rules` and `explain` print them. The
 * mappings in compliance/*.yaml are the source of truth (the `frameworks`
 * field of a rule is the rule author's own list of tags).
 */
import { controlsOfRule, findFramework, loadBuiltinFrameworks } from './load.js';
let cached;
/** The built-in frameworks, loaded once per process. */
export function builtinFrameworks() {
    cached ??= loadBuiltinFrameworks();
    return cached;
}
export function ruleControls(ruleId, frameworks = builtinFrameworks()) {
    return controlsOfRule(frameworks, ruleId).map(({ framework, control, role }) => ({ framework: framework.id, control: control.id, title: control.title, role }));
}
/** Looks a framework up by id; the error lists the valid ids. */
export function frameworkNamed(id, frameworks = builtinFrameworks()) {
    return findFramework(frameworks, id) ?? { error: `unknown framework '${id}' (expected ${frameworks.map((f) => f.id).join(', ')})` };
}
