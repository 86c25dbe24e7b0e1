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
export function rulesForReport(findings: Finding[], rules: RuleInfo[] = []): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  for (const r of rules) byId.set(r.id, r);
  for (const f of findings) {
    if (byId.has(f.ruleId)) continue;
    byId.set(f.ruleId, {
      id: f.ruleId,
      slug: f.ruleId.toLowerCase(),
      title: f.title,
      severity: f.severity,
      category: f.category,
      description: f.title,
      remediation: f.remediation.text,
      references: f.references,
      frameworks: f.frameworks,
    });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
