import type { Category, Severity } from '../findings/finding.js';
import type { ModelKind, ModelResource } from '../model/resources.js';
import type { SourceResource } from '../model/source-resource.js';
import type { RuleResult } from './rule.js';
export interface ConfigError {
    file: string;
    line?: number;
    message: string;
}
type Leaf = {
    attribute: string;
    equals?: unknown;
    notEquals?: unknown;
    in?: unknown[];
    notIn?: unknown[];
    exists?: boolean;
    matches?: string;
    contains?: unknown;
    greaterThan?: number;
    lessThan?: number;
};
export type Condition = Leaf | {
    all: Condition[];
} | {
    any: Condition[];
} | {
    not: Condition;
};
export interface DeclarativeRule {
    id: string;
    slug: string;
    title: string;
    severity: Severity;
    category: Category;
    description: string;
    remediation: string;
    references: string[];
    frameworks: string[];
    resourceKinds: ModelKind[];
    sourceTypes: string[];
    message: string;
    when: Condition;
    /** Where the rule was defined, for error messages. */
    file: string;
}
/** Parses one YAML rule file (a single rule, or a list of rules); errors carry file:line. */
export declare function parseDeclarativeRules(source: string, file: string): {
    rules: DeclarativeRule[];
    errors: ConfigError[];
};
export declare function checkModelRecord(rule: DeclarativeRule, r: ModelResource): RuleResult[];
export declare function checkSourceResource(rule: DeclarativeRule, r: SourceResource): RuleResult[];
export {};
