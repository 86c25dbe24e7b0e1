/**
 * CSV: one row per finding (suppressed ones included, marked), RFC 4180
 * (CRLF rows, quoted cells where needed) and spreadsheet-safe (see csvCell).
 *
 * Parts of a live account that could not be read (`notAssessed`) follow the
 * findings, one row each, so a spreadsheet never shows them as clean: rule_id
 * NOT-ASSESSED, severity, category and fingerprint empty, resource_type the
 * service, resource what it covers, provider and region their own columns, and
 * message the whole sentence (account, failed call, reason). There is no
 * account column; adding one would change every CSV's header.
 */
import type { Finding } from '../findings/finding.js';
import { sortFindings, type NotAssessed, type ScanReport } from '../findings/report.js';
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

/** The rule_id of a not-assessed row. */
export const NOT_ASSESSED_RULE_ID = 'NOT-ASSESSED';

function notAssessedRow(n: NotAssessed): Record<string, string> {
  return {
    rule_id: NOT_ASSESSED_RULE_ID,
    title: 'Not assessed',
    resource: n.scope,
    resource_type: n.service,
    provider: n.provider,
    region: n.region,
    message:
      `${n.provider} account ${n.account}, region ${n.region}, ${n.service}: ${n.scope}${n.apiCall ? ` (${n.apiCall})` : ''} was not assessed — ${n.reason}`,
  };
}

export function renderCsv(report: ScanReport): string {
  const rows = [COLUMNS.map(([h]) => h).join(',')];
  for (const f of sortFindings(report.findings)) rows.push(COLUMNS.map(([, value]) => csvCell(value(f))).join(','));
  for (const n of report.notAssessed ?? []) {
    const row = notAssessedRow(n);
    rows.push(COLUMNS.map(([header]) => csvCell(row[header])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
