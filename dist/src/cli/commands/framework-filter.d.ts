/** `--framework <id>` → which rule ids may run; an unknown framework is a usage error (exit 2). */
export declare function frameworkRuleFilter(id: string): (ruleId: string) => boolean;
