/**
 * A rule's compliance controls, as `rules` and `explain` print them. The
 * mappings in compliance/*.yaml are the source of truth (the `frameworks`
 * field of a rule is the rule author's own list of tags).
 */
import { controlsOfRule, findFramework, loadBuiltinFrameworks } from './load.js';
import type { Framework } from './framework.js';

export interface RuleControl {
  framework: string;
  control: string;
  title: string;
  /** `tests`: its findings decide the control's status; `informs`: they are listed as evidence only. */
  role: 'tests' | 'informs';
}

let cached: Framework[] | undefined;

/** The built-in frameworks, loaded once per process. */
export function builtinFrameworks(): Framework[] {
  cached ??= loadBuiltinFrameworks();
  return cached;
}

export function ruleControls(ruleId: string, frameworks: Framework[] = builtinFrameworks()): RuleControl[] {
  return controlsOfRule(frameworks, ruleId).map(({ framework, control, role }) => ({ framework: framework.id, control: control.id, title: control.title, role }));
}

/** Looks a framework up by id; the error lists the valid ids. */
export function frameworkNamed(id: string, frameworks: Framework[] = builtinFrameworks()): Framework | { error: string } {
  return findFramework(frameworks, id) ?? { error: `unknown framework '${id}' (expected ${frameworks.map((f) => f.id).join(', ')})` };
}
