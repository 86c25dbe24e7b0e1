export declare const RULE_ID_PATTERN: RegExp;
/** Returns the problems with a rule's metadata, empty when it is well-formed. */
export declare function ruleMetadataProblems(rule: Record<string, unknown>): string[];
