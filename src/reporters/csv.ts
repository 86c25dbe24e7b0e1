/**
 * CSV: one row per finding (suppressed ones included, marked), RFC 4180
 * (CRLF rows, quoted cells where needed) and spreadsheet-safe (see csvCell).
 */
import type { Finding } from '../findings/finding.js';
import { sortFindings, type ScanReport } from '../findings/report.js';
import { csvCell } from './escape.js';

const COLUMNS: Array<[header: string, value: (f: Finding) => string | number | undefined]> = [
  ['severity', (f) => f.severity],
  ['rule_id', (f) => f.ruleId],
  ['title', (f) => f.title],
  ['category', (f) => f.category],
  ['resource', (f) => f.resource.address],
  ['resource_type', (f) => f.resource.type],
  ['provider', (f) => f.resource.provider],
  ['region', (f) => f.resource.region],
  ['file', (f) => f.location.file],
  ['start_line', (f) => f.location.startLine],
  ['end_line', (f) => f.location.endLine],
  ['message', (f) => f.message],
  ['path', (f) => f.evidence?.path?.map((hop) => `${hop.kind} ${hop.address}: ${hop.detail}`).join(' -> ')],
  ['remediation', (f) => f.remediation.text],
  ['fix', (f) => f.remediation.snippet?.code.trimEnd()],
  ['fingerprint', (f) => f.fingerprint],
  ['suppressed', (f) => (f.suppressed ? f.suppressed.kind : '')],
  ['suppression_reason', (f) => f.suppressed?.reason],
  ['suppression_expires', (f) => f.suppressed?.expires],
];

export function renderCsv(report: ScanReport): string {
  const rows = [COLUMNS.map(([h]) => h).join(',')];
  for (const f of sortFindings(report.findings)) rows.push(COLUMNS.map(([, value]) => csvCell(value(f))).join(','));
  return rows.join('\r\n') + '\r\n';
}
