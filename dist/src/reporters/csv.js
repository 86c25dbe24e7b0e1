import { sortFindings } from '../findings/report.js';
import { csvCell, csvMultilineCell } from './escape.js';
const COLUMNS = [
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
/** The one column whose line breaks are the tool's own (a snippet); every other cell is one line. */
const MULTILINE = new Set(['fix']);
/** The rule_id of a not-assessed row. */
export const NOT_ASSESSED_RULE_ID = 'NOT-ASSESSED';
function notAssessedRow(n) {
    return {
        rule_id: NOT_ASSESSED_RULE_ID,
        title: 'Not assessed',
        resource: n.scope,
        resource_type: n.service,
        provider: n.provider,
        region: n.region,
        message: `${n.provider} account ${n.account}, region ${n.region}, ${n.service}: ${n.scope}${n.apiCall ? ` (${n.apiCall})` : ''} was not assessed — ${n.reason}`,
    };
}
/** The rule_id of a policy-change row and of a skipped-entry row. */
export const POLICY_CHANGE_RULE_ID = 'POLICY-CHANGE';
export const SKIPPED_RULE_ID = 'SKIPPED';
function policyChangeRow(p) {
    const affected = p.findings === 0 ? 'no findings affected' : `${p.findings} finding${p.findings === 1 ? '' : 's'} affected`;
    return {
        rule_id: POLICY_CHANGE_RULE_ID,
        title: p.origin === 'discovered' ? 'Policy change found in the scanned tree' : 'Policy change from the command line',
        resource_type: p.kind,
        file: p.source.file,
        start_line: p.source.line,
        end_line: p.source.line,
        message: `${p.origin === 'discovered' ? 'the scanned tree' : 'the command line'}: ${p.description} (${affected})`,
    };
}
function skippedRow(e) {
    return { rule_id: SKIPPED_RULE_ID, title: 'Skipped, not scanned', resource_type: e.kind, file: e.path, message: e.reason };
}
/** Each column's cell function: the fix keeps its line breaks, every other cell is one line. */
const CELL = COLUMNS.map(([header]) => (MULTILINE.has(header) ? csvMultilineCell : csvCell));
export function renderCsv(report) {
    const rows = [COLUMNS.map(([h]) => h).join(',')];
    for (const f of sortFindings(report.findings))
        rows.push(COLUMNS.map(([, value], i) => CELL[i](value(f))).join(','));
    const extra = [
        ...(report.notAssessed ?? []).map(notAssessedRow),
        ...(report.policyChanges ?? []).filter((p) => p.origin === 'discovered').map(policyChangeRow),
        ...(report.policyChanges ?? []).filter((p) => p.origin !== 'discovered').map(policyChangeRow),
        ...(report.skipped ?? []).map(skippedRow),
    ];
    for (const row of extra)
        rows.push(COLUMNS.map(([header], i) => CELL[i](row[header])).join(','));
    return rows.join('\r\n') + '\r\n';
}
