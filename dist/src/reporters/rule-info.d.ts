/**
 * The rule metadata that reporters describe (SARIF `tool.driver.rules`, JUnit
 * suites for rules that passed). Built-in, JavaScript and declarative rules all
 * carry these fields; reporters never need a rule's check.
 */
import type { Category, Finding, Severity } from '../findings/finding.js';
export interface RuleInfo {
    id: string;
    slug: string;
    title: string;
    severity: Severity;
    category: Category;
    description: string;
    remediation: string;
    references: string[];
    frameworks: string[];
}
/** Every rule that ran, plus any rule that only appears in findings (e.g. when the caller passed no rule list). */
export declare function rulesForReport(findings: Finding[], rules?: RuleInfo[]): RuleInfo[];
