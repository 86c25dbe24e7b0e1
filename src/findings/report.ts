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

/**
 * A part of a live account that could not be read (access denied, an opt-in
 * region, a timeout after retries): nothing in it was judged, so no finding
 * there means nothing. Live audits (and scans of their saved inventories) list
 * every such part; the exit code is then 2 unless partial coverage is allowed.
 */
export interface NotAssessed {
  provider: string;
  account: string;
  /** A region id, or 'global' for account-wide parts (S3 bucket listing, account settings). */
  region: string;
  /** The service the part belongs to: 'ec2', 's3', 'rds', ... */
  service: string;
  /** What it would have covered: 'security groups', 'bucket logs-archive: policy', 'all services'. */
  scope: string;
  /** The call that failed, `service:Operation`. */
  apiCall?: string;
  /** Why, with secrets redacted: 'AccessDenied: ...', 'timed out after 5 attempts'. */
  reason: string;
}

export interface ScanReport {
  tool: { name: string; version: string };
  findings: Finding[];
  errors: InputError[];
  notes: string[];
  summary: ReportSummary;
  /** Live audits only: the parts of the accounts that were not assessed. */
  notAssessed?: NotAssessed[];
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
