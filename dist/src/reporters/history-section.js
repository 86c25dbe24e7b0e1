/**
 * What changed since the previous run of the same scope, and the trend of
 * open findings, as the Markdown and HTML reports show it. The run history
 * (src/history) fills it; a report without history simply has none.
 */
import { SEVERITIES } from '../findings/finding.js';
import { escapeHtml, escapeMarkdown, markdownInlineCode as code } from './escape.js';
const LIST_LIMIT = 10;
const day = (iso) => iso.slice(0, 10);
const age = (f) => (f.ageDays === 0 ? 'today' : f.ageDays === 1 ? '1 day' : `${f.ageDays} days`);
function markdownList(title, findings, describe) {
    if (findings.length === 0)
        return [];
    const out = [`**${title}**`, ''];
    for (const f of findings.slice(0, LIST_LIMIT))
        out.push(`- ${f.severity} ${escapeMarkdown(f.ruleId)} ${code(f.resource)} — ${describe(f)}${f.suppression ? ` (suppressed: ${escapeMarkdown(f.suppression)})` : ''}`);
    if (findings.length > LIST_LIMIT)
        out.push(`- …and ${findings.length - LIST_LIMIT} more`);
    out.push('');
    return out;
}
export function historyMarkdown(h) {
    const out = [];
    out.push(h.since ? `### Since the last run (${day(h.since.at)}, run ${escapeMarkdown(h.since.runId)})` : '### History', '');
    if (!h.since)
        out.push('_First recorded run of this scope: every finding is new._', '');
    out.push('| new | regressed | resolved | still open | not verifiable |', '|---:|---:|---:|---:|---:|');
    out.push(`| ${h.new.length} | ${h.regressed.length} | ${h.resolved.length} | ${h.stillOpen} | ${h.unverified.length} |`, '');
    if (h.since) {
        out.push(...markdownList('New', h.new, () => 'first seen in this run'));
        out.push(...markdownList('Regressed (fixed before, back now)', h.regressed, (f) => `first seen ${day(f.firstSeenAt)}, ${age(f)} ago`));
        out.push(...markdownList('Resolved', h.resolved, (f) => `open for ${age(f)}`));
        out.push(...markdownList('Not verifiable (this run could not see them)', h.unverified, (f) => `first seen ${day(f.firstSeenAt)}`));
    }
    if (h.trend.length > 1) {
        out.push('<details><summary>Trend: open findings by severity per run</summary>', '');
        out.push(`| run | ${SEVERITIES.join(' | ')} |`, `|---|${SEVERITIES.map(() => '---:').join('|')}|`);
        for (const p of h.trend)
            out.push(`| ${day(p.at)} ${escapeMarkdown(p.runId)} | ${SEVERITIES.map((s) => p.open[s]).join(' | ')} |`);
        out.push('', '</details>', '');
    }
    return out.join('\n');
}
const SEVERITY_COLOUR = { critical: '#b91c1c', high: '#ea580c', medium: '#ca8a04', low: '#2563eb', info: '#9ca3af' };
/** Stacked bars, one per run, drawn with SVG attributes only (the page's CSP allows no inline style attributes). */
export function trendSvg(trend) {
    const width = 560;
    const chart = 460;
    const height = 140;
    const top = 10;
    const bottom = 24;
    const max = Math.max(1, ...trend.map((p) => SEVERITIES.reduce((n, s) => n + p.open[s], 0)));
    const slot = chart / Math.max(1, trend.length);
    const bar = Math.max(4, Math.min(40, slot * 0.6));
    const scale = (height - top - bottom) / max;
    const parts = [];
    trend.forEach((p, i) => {
        let y = height - bottom;
        const x = i * slot + (slot - bar) / 2;
        const total = SEVERITIES.reduce((n, s) => n + p.open[s], 0);
        for (const s of [...SEVERITIES].reverse()) {
            const h = p.open[s] * scale;
            if (h <= 0)
                continue;
            y -= h;
            parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${SEVERITY_COLOUR[s]}"><title>${escapeHtml(`${day(p.at)} ${p.runId}: ${p.open[s]} ${s}`)}</title></rect>`);
        }
        parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${(y - 2).toFixed(1)}" font-size="10" text-anchor="middle">${total}</text>`);
        parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${height - 8}" font-size="9" text-anchor="middle">${escapeHtml(day(p.at).slice(5))}</text>`);
    });
    // Legend on the right.
    SEVERITIES.forEach((s, i) => {
        const y = top + i * 16;
        parts.push(`<rect x="${chart + 16}" y="${y}" width="10" height="10" fill="${SEVERITY_COLOUR[s]}"></rect><text x="${chart + 32}" y="${y + 9}" font-size="10">${s}</text>`);
    });
    return `<svg id="history-trend" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>Open findings by severity per run</title>${parts.join('')}</svg>`;
}
function htmlList(title, findings, describe) {
    if (findings.length === 0)
        return '';
    const items = findings
        .slice(0, LIST_LIMIT)
        .map((f) => `<li><span class="badge sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</span> <code>${escapeHtml(f.ruleId)}</code> <code>${escapeHtml(f.resource)}</code> — ${escapeHtml(describe(f))}${f.suppression ? ` (suppressed: ${escapeHtml(f.suppression)})` : ''}</li>`)
        .join('');
    const more = findings.length > LIST_LIMIT ? `<li>…and ${findings.length - LIST_LIMIT} more</li>` : '';
    return `<h3>${escapeHtml(title)}</h3><ul>${items}${more}</ul>`;
}
export function historyHtml(h) {
    const heading = h.since ? `Since the last run (${day(h.since.at)}, run ${h.since.runId})` : 'History';
    const counts = '<table class="categories" id="history-counts"><thead><tr><th>new</th><th>regressed</th><th>resolved</th><th>still open</th><th>not verifiable</th></tr></thead>' +
        `<tbody><tr><td>${h.new.length}</td><td>${h.regressed.length}</td><td>${h.resolved.length}</td><td>${h.stillOpen}</td><td>${h.unverified.length}</td></tr></tbody></table>`;
    const lists = h.since
        ? htmlList('New', h.new, () => 'first seen in this run') +
            htmlList('Regressed (fixed before, back now)', h.regressed, (f) => `first seen ${day(f.firstSeenAt)}, ${age(f)} ago`) +
            htmlList('Resolved', h.resolved, (f) => `open for ${age(f)}`) +
            htmlList('Not verifiable (this run could not see them)', h.unverified, (f) => `first seen ${day(f.firstSeenAt)}`)
        : '<p>First recorded run of this scope: every finding is new.</p>';
    const trend = h.trend.length > 1 ? `<h3>Trend: open findings by severity per run</h3>${trendSvg(h.trend)}` : '';
    return `<section id="history"><h2>${escapeHtml(heading)}</h2><p class="meta">scope: <code>${escapeHtml(h.scope)}</code> · run <code>${escapeHtml(h.runId)}</code></p>${counts}${lists}${trend}</section>`;
}
