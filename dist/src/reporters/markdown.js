/**
 * A Markdown summary for a pull-request or merge-request comment: counts by
 * severity, the top findings in a table, and each finding's path and fix in a
 * collapsed <details> section. Everything quoted from scanned files is escaped
 * (no markup, no @mentions), and the output stays under the comment size limit.
 * Parts of a live account that could not be read (`notAssessed`) are listed
 * right after the counts, so a comment never reads as a clean pass for them.
 * So are the policy changes the scanned tree made itself (its own config or
 * comments disabled rules, lowered severities or fail-on, waived findings):
 * in a pull request that is the author's word, and the reviewer must see it.
 * Policy from the command line is listed collapsed; entries the walker passed
 * over are counted and listed collapsed at the end.
 */
import { SEVERITIES } from '../findings/finding.js';
import { sortFindings } from '../findings/report.js';
import { formatLocation } from '../model/location.js';
import { escapeHtml, escapeMarkdown, markdownCodeBlock, markdownInlineCode as code } from './escape.js';
import { historyMarkdown } from './history-section.js';
const SEVERITY_ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };
function details(f) {
    const out = [];
    out.push(`<details><summary>${SEVERITY_ICON[f.severity]} <b>${escapeHtml(f.ruleId)}</b> ${code(f.resource.address)} — ${code(formatLocation(f.location))}</summary>`, '');
    out.push(escapeMarkdown(f.message), '');
    if (f.evidence?.path?.length) {
        out.push('**Path from the internet:**', '');
        f.evidence.path.forEach((hop, i) => out.push(`${i + 1}. ${escapeMarkdown(hop.kind)} ${code(hop.address)}: ${escapeMarkdown(hop.detail)}`));
        out.push('');
    }
    if (f.evidence?.missing?.length)
        out.push(`**Unknown:** ${escapeMarkdown(f.evidence.missing.join('; '))}`, '');
    out.push(`**Fix:** ${escapeMarkdown(f.remediation.text)}`, '');
    if (f.remediation.snippet)
        out.push(markdownCodeBlock(f.remediation.snippet.code, f.remediation.snippet.language), '');
    out.push('</details>', '');
    return out.join('\n');
}
/** At most this many not-assessed parts are listed; the rest are counted (the comment has a size limit). */
const NOT_ASSESSED_ROWS = 50;
function notAssessedSection(parts) {
    const out = [
        '### ⚠️ Not assessed',
        '',
        'Nothing in these parts was checked: no finding there does not mean no problem.',
        '',
        '| provider | account | region | service | what | reason |',
        '|---|---|---|---|---|---|',
    ];
    for (const n of parts.slice(0, NOT_ASSESSED_ROWS))
        out.push(`| ${escapeMarkdown(n.provider)} | ${code(n.account)} | ${code(n.region)} | ${escapeMarkdown(n.service)} | ${escapeMarkdown(n.scope)} | ` +
            `${n.apiCall ? `${code(n.apiCall)} ` : ''}${escapeMarkdown(n.reason)} |`);
    if (parts.length > NOT_ASSESSED_ROWS)
        out.push('', `…and ${parts.length - NOT_ASSESSED_ROWS} more not-assessed parts; see the full report.`);
    out.push('');
    return out;
}
/** At most this many policy changes and skipped entries are listed; the rest are counted. */
const LIST_ROWS = 50;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function policyTable(changes) {
    const out = ['| change | what | where | findings affected |', '|---|---|---|---:|'];
    for (const p of changes.slice(0, LIST_ROWS))
        out.push(`| ${escapeMarkdown(p.kind)} | ${escapeMarkdown(p.description)} | ${code(`${p.source.file}${p.source.line ? `:${p.source.line}` : ''}`)} | ${p.findings} |`);
    if (changes.length > LIST_ROWS)
        out.push('', `…and ${changes.length - LIST_ROWS} more; see the full report.`);
    return out;
}
function policySections(changes) {
    const discovered = changes.filter((p) => p.origin === 'discovered');
    const named = changes.filter((p) => p.origin !== 'discovered');
    const out = [];
    if (discovered.length > 0)
        out.push('### ⚠️ Policy changes found in the scanned tree', '', 'The scanned files themselves turned these off or down. Review them as part of the change.', '', ...policyTable(discovered), '');
    if (named.length > 0)
        out.push(`<details><summary>Policy from the command line (${plural(named.length, 'change')})</summary>`, '', ...policyTable(named), '', '</details>', '');
    return out;
}
function skippedSection(skipped) {
    const out = [`<details><summary>Skipped, not scanned (${skipped.length} ${skipped.length === 1 ? 'entry' : 'entries'})</summary>`, ''];
    for (const e of skipped.slice(0, LIST_ROWS))
        out.push(`- ${code(e.path)} ${escapeMarkdown(e.kind)}: ${escapeMarkdown(e.reason)}`);
    if (skipped.length > LIST_ROWS)
        out.push(`- …and ${skipped.length - LIST_ROWS} more`);
    out.push('', '</details>', '');
    return out;
}
export function renderMarkdown(report, options = {}) {
    const top = options.top ?? 10;
    const maxLength = options.maxLength ?? 60000;
    const s = report.summary;
    const active = sortFindings(report.findings.filter((f) => !f.suppressed));
    const notAssessed = report.notAssessed ?? [];
    const gaps = notAssessed.length === 0 ? '' : ` (${notAssessed.length} part${notAssessed.length === 1 ? '' : 's'} not assessed)`;
    const out = [];
    out.push(`## ${escapeMarkdown(report.tool.name)}: ${s.findings === 0 ? 'no findings' : `${s.findings} finding${s.findings === 1 ? '' : 's'}`}${gaps}`, '');
    out.push('| severity | findings |', '|---|---:|');
    for (const sev of SEVERITIES)
        out.push(`| ${SEVERITY_ICON[sev]} ${sev} | ${s.bySeverity[sev]} |`);
    out.push('');
    const extras = [];
    if (s.suppressed > 0)
        extras.push(`${s.suppressed} suppressed`);
    if (s.errors > 0)
        extras.push(`**${s.errors} input error${s.errors === 1 ? '' : 's'}** (those inputs were not fully scanned)`);
    if (notAssessed.length > 0)
        extras.push(`**${notAssessed.length} part${notAssessed.length === 1 ? '' : 's'} not assessed** (listed below)`);
    const changes = report.policyChanges ?? [];
    const discovered = changes.filter((p) => p.origin === 'discovered').length;
    if (discovered > 0)
        extras.push(`**${plural(discovered, 'policy change')} from the scanned tree** (listed below)`);
    extras.push(`${s.filesScanned} file${s.filesScanned === 1 ? '' : 's'}, ${s.resources} resource${s.resources === 1 ? '' : 's'} scanned`);
    const skipped = report.skipped ?? [];
    if (skipped.length > 0)
        extras.push(`${skipped.length} skipped`);
    out.push(extras.join(' · '), '');
    if (notAssessed.length > 0)
        out.push(...notAssessedSection(notAssessed));
    out.push(...policySections(changes));
    if (options.history)
        out.push(historyMarkdown(options.history));
    if (active.length > 0) {
        out.push(`### Top findings`, '', '| severity | rule | resource | location | message |', '|---|---|---|---|---|');
        for (const f of active.slice(0, top))
            out.push(`| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${escapeMarkdown(f.ruleId)} | ${code(f.resource.address)} | ${code(formatLocation(f.location))} | ${escapeMarkdown(f.message)} |`);
        if (active.length > top)
            out.push('', `…and ${active.length - top} more.`);
        out.push('', '### Details', '');
        let length = out.join('\n').length;
        let shown = 0;
        for (const f of active) {
            const block = details(f);
            if (length + block.length > maxLength)
                break;
            out.push(block);
            length += block.length + 1;
            shown++;
        }
        if (shown < active.length)
            out.push(`_${active.length - shown} more findings are not detailed here (comment size limit); see the full report._`, '');
    }
    if (report.errors.length > 0) {
        out.push('<details><summary>Input errors</summary>', '');
        for (const e of report.errors.slice(0, 50))
            out.push(`- ${code(`${e.file}${e.line ? `:${e.line}` : ''}`)} ${escapeMarkdown(e.message)}`);
        if (report.errors.length > 50)
            out.push(`- …and ${report.errors.length - 50} more`);
        out.push('', '</details>', '');
    }
    if (skipped.length > 0)
        out.push(...skippedSection(skipped));
    return out.join('\n').trimEnd() + '\n';
}
