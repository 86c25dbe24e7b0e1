/**
 * A single self-contained HTML file: summary by severity and category, then a
 * sortable, filterable table whose rows open to show the path and the fix.
 *
 * Nothing is fetched: CSS and JS are inline, fonts are the system's. A Content
 * Security Policy allows only this page's own style and script (by hash) and no
 * connections, so even a mistake in escaping could not load or send anything.
 * All finding text is HTML-escaped on the way in.
 *
 * Parts of a live account that could not be read (`notAssessed`) are counted in
 * the header line and the summary and listed right after the summary, so the
 * page never reads as a clean pass for them. Policy changes the scanned tree
 * made itself (its own config or comments disabled rules, lowered severities
 * or fail-on, waived findings) come right after that, in the header line too:
 * in a pull request they are the author's word, and a reviewer must see them.
 * Policy from the command line and the entries the walker passed over are
 * listed collapsed.
 */
import { createHash } from 'node:crypto';
import { CATEGORIES, SEVERITIES, severityRank } from '../findings/finding.js';
import { sortFindings } from '../findings/report.js';
import { formatLocation } from '../model/location.js';
import { escapeHtml, escapeHtmlLines } from './escape.js';
import { REPORT_JS } from './html/script.js';
import { REPORT_CSS } from './html/style.js';
import { historyHtml } from './history-section.js';
const h = escapeHtml;
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
function findingRow(f, order) {
    const where = formatLocation(f.location);
    const search = [f.ruleId, f.title, f.resource.address, f.resource.type, f.location.file, f.message, f.category, f.severity].join(' ').toLowerCase();
    const attrs = {
        'data-order': String(order),
        'data-rank': String(severityRank(f.severity)),
        'data-severity': f.severity,
        'data-category': f.category,
        'data-rule': f.ruleId,
        'data-resource': f.resource.address,
        'data-location': `${f.location.file}:${String(f.location.startLine).padStart(8, '0')}`,
        'data-suppressed': f.suppressed ? 'true' : 'false',
        'data-search': search,
    };
    const attrText = Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${h(v)}"`)
        .join('');
    const body = [];
    if (f.evidence?.path?.length) {
        body.push('<div><b>Path from the internet</b><ol class="path">');
        for (const hop of f.evidence.path)
            body.push(`<li>${h(hop.kind)} <code>${h(hop.address)}</code>: ${h(hop.detail)}${hop.loc ? ` <code>${h(formatLocation(hop.loc))}</code>` : ''}</li>`);
        body.push('</ol></div>');
    }
    if (f.evidence?.missing?.length)
        body.push(`<div><b>Unknown:</b> ${h(f.evidence.missing.join('; '))}</div>`);
    for (const [k, v] of Object.entries(f.evidence?.details ?? {}))
        body.push(`<div><b>${h(k)}:</b> ${h(v)}</div>`);
    body.push(`<div><b>Fix:</b> ${h(f.remediation.text)}</div>`);
    if (f.remediation.snippet)
        body.push(`<pre><code>${escapeHtmlLines(f.remediation.snippet.code.trimEnd())}</code></pre>`);
    if (f.references.length > 0)
        body.push(`<div><b>References:</b> ${f.references.map((r) => `<code>${h(r)}</code>`).join(', ')}</div>`);
    const status = f.suppressed
        ? `suppressed (${h(f.suppressed.kind)}): ${h(f.suppressed.reason)}${f.suppressed.expires ? `, until ${h(f.suppressed.expires)}` : ''}`
        : 'open';
    return (`<tr class="finding${f.suppressed ? ' suppressed' : ''}"${attrText}>` +
        `<td><span class="badge sev-${h(f.severity)}">${h(f.severity)}</span></td>` +
        `<td><code>${h(f.ruleId)}</code><br>${h(f.title)}</td>` +
        `<td><code>${h(f.resource.address)}</code></td>` +
        `<td><code>${h(where)}</code></td>` +
        `<td><details><summary>${h(f.message)}</summary>${body.join('')}</details></td>` +
        `<td>${status}</td></tr>`);
}
const parts = (n) => `${n} part${n === 1 ? '' : 's'} not assessed`;
function summary(report) {
    const s = report.summary;
    const cards = SEVERITIES.map((sev) => `<div class="card sev-${sev}"><span class="n">${s.bySeverity[sev]}</span>${sev}</div>`).join('');
    const categories = CATEGORIES.map((c) => `<tr><td>${h(c)}</td><td>${s.byCategory[c]}</td></tr>`).join('');
    const gaps = report.notAssessed?.length ?? 0;
    // Only the page's own stylesheet applies (CSP), so this reuses its classes.
    const gapCard = gaps ? `<div class="cards" id="not-assessed-summary"><div class="card sev-medium"><span class="n">${gaps}</span>not assessed</div></div>` : '';
    return (`<h2>Summary</h2><div class="cards" id="severity-summary">${cards}</div>${gapCard}` +
        `<h2>By category</h2><table class="categories" id="category-summary"><thead><tr><th>category</th><th>findings</th></tr></thead><tbody>${categories}</tbody></table>`);
}
function notAssessedSection(list) {
    if (list.length === 0)
        return '';
    const head = '<thead><tr><th>provider</th><th>account</th><th>region</th><th>service</th><th>what</th><th>call</th><th>reason</th></tr></thead>';
    const rows = list.map((n) => `<tr><td>${h(n.provider)}</td><td><code>${h(n.account)}</code></td><td><code>${h(n.region)}</code></td><td>${h(n.service)}</td>` +
        `<td>${h(n.scope)}</td><td>${n.apiCall ? `<code>${h(n.apiCall)}</code>` : ''}</td><td>${h(n.reason)}</td></tr>`);
    return (`<section id="not-assessed-section"><h2 class="sev-medium">Not assessed (${list.length} part${list.length === 1 ? '' : 's'})</h2>` +
        '<p>Nothing in these parts was checked: no finding there does not mean no problem.</p>' +
        `<table id="not-assessed">${head}<tbody>\n${rows.join('\n')}\n</tbody></table></section>`);
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function policyTable(id, changes) {
    const head = '<thead><tr><th>change</th><th>what</th><th>where</th><th>findings affected</th></tr></thead>';
    const rows = changes.map((p) => `<tr><td>${h(p.kind)}</td><td>${h(p.description)}</td>` +
        `<td><code>${h(`${p.source.file}${p.source.line ? `:${p.source.line}` : ''}`)}</code></td><td>${p.findings}</td></tr>`);
    return `<table id="${id}">${head}<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
function policySection(changes) {
    const discovered = changes.filter((p) => p.origin === 'discovered');
    const named = changes.filter((p) => p.origin !== 'discovered');
    const out = [];
    if (discovered.length > 0)
        out.push(`<section id="policy-discovered-section"><h2 class="sev-high">Policy changes found in the scanned tree (${discovered.length})</h2>` +
            '<p>The scanned files themselves turned these off or down. Review them as part of the change.</p>' +
            `${policyTable('policy-discovered', discovered)}</section>`);
    if (named.length > 0)
        out.push(`<section id="policy-command-line-section"><details><summary>Policy from the command line (${plural(named.length, 'change')})</summary>` +
            `${policyTable('policy-command-line', named)}</details></section>`);
    return out.join('');
}
function skippedSection(skipped) {
    if (skipped.length === 0)
        return '';
    const items = skipped.map((e) => `<li><code>${h(e.path)}</code> ${h(e.kind)}: ${h(e.reason)}</li>`).join('');
    return `<section id="skipped-section"><details><summary>Skipped, not scanned (${skipped.length} ${skipped.length === 1 ? 'entry' : 'entries'})</summary><ul id="skipped">${items}</ul></details></section>`;
}
function problems(report) {
    const out = [];
    if (report.errors.length > 0) {
        out.push('<h2>Input errors (these inputs were not fully scanned)</h2><ul id="errors">');
        for (const e of report.errors)
            out.push(`<li><code>${h(`${e.file}${e.line ? `:${e.line}` : ''}`)}</code> ${h(e.message)}</li>`);
        out.push('</ul>');
    }
    if (report.notes.length > 0) {
        out.push('<h2>Notes</h2><ul id="notes">');
        for (const n of report.notes)
            out.push(`<li>${h(n)}</li>`);
        out.push('</ul>');
    }
    return out.join('');
}
function findingsTable(findings, notAssessed) {
    const options = (values) => values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join('');
    const unsuppressed = findings.filter((f) => !f.suppressed).length;
    const controls = `<div class="controls">` +
        `<label>Search <input type="search" id="filter-text" placeholder="rule, resource, file, message"></label>` +
        `<label>Severity <select id="filter-severity"><option value="">all</option>${options(SEVERITIES)}</select></label>` +
        `<label>Category <select id="filter-category"><option value="">all</option>${options(CATEGORIES)}</select></label>` +
        `<label><input type="checkbox" id="filter-suppressed"> show suppressed</label>` +
        `<span>showing <b id="shown-count">${unsuppressed}</b> of ${findings.length}</span></div>`;
    const head = '<thead><tr>' +
        '<th data-sort="rank"><button type="button">Severity</button></th>' +
        '<th data-sort="rule"><button type="button">Rule</button></th>' +
        '<th data-sort="resource"><button type="button">Resource</button></th>' +
        '<th data-sort="location"><button type="button">Location</button></th>' +
        '<th>Finding (open for path and fix)</th><th>Status</th></tr></thead>';
    const rows = findings.map((f, i) => findingRow(f, i)).join('\n');
    const empty = findings.length === 0
        ? `<p class="empty">${notAssessed ? `No findings in the parts that were assessed; ${h(parts(notAssessed))} (listed above).` : 'No findings.'}</p>`
        : '';
    return `<h2>Findings</h2>${controls}<table id="findings">${head}<tbody>\n${rows}\n</tbody></table>${empty}`;
}
export function renderHtml(report, options = {}) {
    const title = options.title ?? `${report.tool.name} report`;
    const findings = sortFindings(report.findings);
    const s = report.summary;
    const discovered = (report.policyChanges ?? []).filter((p) => p.origin === 'discovered').length;
    const csp = [
        "default-src 'none'",
        `style-src ${sha256(REPORT_CSS)}`,
        `script-src ${sha256(REPORT_JS)}`,
        "img-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    return [
        '<!DOCTYPE html>',
        '<html lang="en"><head><meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">`,
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${h(title)}</title>`,
        `<style>${REPORT_CSS}</style>`,
        '</head><body>',
        `<h1>${h(title)}</h1>`,
        `<p class="meta">${h(report.tool.name)} ${h(report.tool.version)} · ${s.findings} finding${s.findings === 1 ? '' : 's'}` +
            `${s.suppressed ? `, ${s.suppressed} suppressed` : ''} · ${s.filesScanned} file${s.filesScanned === 1 ? '' : 's'}, ${s.resources} resource${s.resources === 1 ? '' : 's'} scanned` +
            `${s.errors ? ` · ${s.errors} input error${s.errors === 1 ? '' : 's'}` : ''}` +
            `${report.notAssessed?.length ? ` · ${parts(report.notAssessed.length)}` : ''}` +
            `${discovered ? ` · ${plural(discovered, 'policy change')} from the scanned tree` : ''}` +
            `${report.skipped?.length ? ` · ${report.skipped.length} skipped` : ''}</p>`,
        summary(report) + notAssessedSection(report.notAssessed ?? []) + policySection(report.policyChanges ?? []),
        options.history ? historyHtml(options.history) : '',
        problems(report) + skippedSection(report.skipped ?? []),
        findingsTable(findings, report.notAssessed?.length ?? 0),
        `<script>${REPORT_JS}</script>`,
        '</body></html>',
        '',
    ].join('\n');
}
