/**
 * The control-status table of one framework, as CSV (one row per control,
 * spreadsheet-safe) and as a Markdown page an auditor can read: each control
 * with its status and why, and the findings behind every fail.
 */
import { formatLocation } from '../model/location.js';
import { countStatuses, CONTROL_STATUSES } from '../compliance/control-status.js';
import { csvCell, escapeMarkdown } from '../reporters/escape.js';
const findingRef = (f) => `${f.ruleId} ${f.resource.address} (${formatLocation(f.location)}) [${f.fingerprint.slice(0, 12)}]`;
const ruleText = (r) => r.control.rules
    .map((ref) => ref.id + [ref.ports ? `ports ${ref.ports.join(',')}` : '', ref.sources ?? '', ref.resourceTypes ? `types ${ref.resourceTypes.join(',')}` : ''].filter(Boolean).map((x) => ` ${x}`).join(''))
    .join('; ');
const COLUMNS = [
    ['control', (r) => r.control.id],
    ['title', (r) => r.control.title],
    ['section', (r) => r.control.section ?? ''],
    ['status', (r) => r.status],
    ['reason', (r) => r.reason],
    ['coverage', (r) => r.control.coverage ?? ''],
    ['rules', ruleText],
    ['failing_findings', (r) => r.failing.map(findingRef).join('; ')],
    ['suppressed_findings', (r) => r.waived.map((f) => `${findingRef(f)} ${f.suppressed.kind}: ${f.suppressed.reason}`).join('; ')],
    ['evidence_findings', (r) => r.evidence.map(findingRef).join('; ')],
    ['note', (r) => r.control.note ?? ''],
];
export function controlsCsv(results) {
    const rows = [COLUMNS.map(([h]) => h).join(',')];
    for (const r of results)
        rows.push(COLUMNS.map(([, value]) => csvCell(value(r))).join(','));
    return rows.join('\r\n') + '\r\n';
}
const md = (text) => escapeMarkdown(text);
const STATUS_MARK = { fail: '❌ fail', 'not assessed': '❔ not assessed', waived: '⚠️ waived', pass: '✅ pass', 'not covered': '➖ not covered' };
function findingLine(f) {
    const suppressed = f.suppressed ? ` — suppressed (${md(f.suppressed.kind)}: ${md(f.suppressed.reason)}${f.suppressed.expires ? `, until ${f.suppressed.expires}` : ''})` : '';
    return `- ${f.severity} **${md(f.ruleId)}** \`${md(f.resource.address)}\` at \`${md(formatLocation(f.location))}\`: ${md(f.message)}${suppressed}`;
}
export function controlsMarkdown(framework, results) {
    const counts = countStatuses(results);
    const out = [];
    out.push(`# ${md(framework.name)} ${md(framework.version)}: control status`, '');
    out.push(`Mapping: \`${framework.file}\`${framework.url ? ` · source: ${framework.url}` : ''}${framework.provider ? ` · applies to ${framework.provider} resources only` : ''}`, '');
    out.push(CONTROL_STATUSES.map((s) => `${STATUS_MARK[s]}: ${counts[s]}`).join(' · '), '');
    out.push('| control | title | status | why |', '|---|---|---|---|');
    for (const r of results)
        out.push(`| ${md(r.control.id)} | ${md(r.control.title)} | ${STATUS_MARK[r.status]} | ${md(r.reason)} |`);
    out.push('');
    const detailed = results.filter((r) => r.failing.length || r.waived.length || r.evidence.length);
    if (detailed.length)
        out.push('## Findings behind each control', '');
    for (const r of detailed) {
        out.push(`### ${md(r.control.id)} ${md(r.control.title)}`, '', `Status: ${STATUS_MARK[r.status]}. Rules: ${md(ruleText(r) || 'none')}.${r.control.note ? ` ${md(r.control.note)}` : ''}`, '');
        if (r.failing.length)
            out.push('Open findings:', '', ...r.failing.map(findingLine), '');
        if (r.waived.length)
            out.push('Suppressed findings:', '', ...r.waived.map(findingLine), '');
        if (r.evidence.length)
            out.push('Supporting evidence (does not decide the status):', '', ...r.evidence.map(findingLine), '');
    }
    return out.join('\n').trimEnd() + '\n';
}
export function summaryCsv(summaries) {
    const rows = [['framework', 'name', 'version', ...CONTROL_STATUSES.map((s) => s.replace(' ', '_'))].join(',')];
    for (const { framework, results } of summaries) {
        const counts = countStatuses(results);
        rows.push([framework.id, framework.name, framework.version, ...CONTROL_STATUSES.map((s) => String(counts[s]))].map(csvCell).join(','));
    }
    return rows.join('\r\n') + '\r\n';
}
export function summaryMarkdown(summaries) {
    const out = ['# Control status by framework', '', `| framework | ${CONTROL_STATUSES.join(' | ')} | page |`, `|---|${CONTROL_STATUSES.map(() => '---:').join('|')}|---|`];
    for (const { framework, results } of summaries) {
        const counts = countStatuses(results);
        out.push(`| ${md(framework.name)} ${md(framework.version)} | ${CONTROL_STATUSES.map((s) => counts[s]).join(' | ')} | [${framework.id}.md](${framework.id}.md) |`);
    }
    out.push('', 'A control fails on any open finding of its rules; it is *not assessed* when its rules did not run or part of what they read was not (input errors, not-assessed parts of an account, no resource of its cloud); *waived* when every finding is suppressed with a reason; *not covered* when no rule can test it (the page says why).');
    return out.join('\n') + '\n';
}
