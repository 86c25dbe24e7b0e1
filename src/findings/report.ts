/** The result of a scan or audit, as every reporter receives it. */
import type { InputError } from '../model/source-resource.js';
import { CATEGORIES, SEVERITIES, severityRank, type Category, type Finding, type Severity } from './finding.js';

export interface ReportSummary {
  filesScanned: number;
  resources: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
  suppressed: number;
  errors: number;
}

export interface ScanReport {
  tool: { name: string; version: string };
  findings: Finding[];
  errors: InputError[];
  notes: string[];
  summary: ReportSummary;
}

/** Most severe first, then by file and line, so every report reads in the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.startLine - b.location.startLine ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.fingerprint.localeCompare(b.fingerprint),
  );
}

export function summarize(findings: Finding[], errors: InputError[], filesScanned: number, resources: number): ReportSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) {
      suppressed++;
      continue;
    }
    bySeverity[f.severity]++;
    byCategory[f.category]++;
  }
  return { filesScanned, resources, findings: findings.length - suppressed, bySeverity, byCategory, suppressed, errors: errors.length };
}

/** Does any unsuppressed finding reach the fail-on threshold? `none` never fails. */
export function failsGate(findings: Finding[], failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  const threshold = severityRank(failOn);
  return findings.some((f) => !f.suppressed && severityRank(f.severity) >= threshold);
}
