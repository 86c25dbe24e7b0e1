/**
 * Compliance frameworks as data: one `compliance/<id>.yaml` per framework
 * lists its controls, each either tested by rules or explicitly not covered.
 * These are the shapes the loader produces from those files.
 */
/** Every rule id that decides some control of the framework. */
export function frameworkRuleIds(framework) {
    return new Set(framework.controls.flatMap((c) => c.rules.map((r) => r.id)));
}
export function frameworkLabel(framework) {
    return `${framework.name} ${framework.version}`;
}
