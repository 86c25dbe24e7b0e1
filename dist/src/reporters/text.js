/**
 * Human-readable report for a terminal or a CI log: findings grouped by file,
 * each with file:line, severity, rule id, message, the reachability path and the fix.
 *
 * Everything quoted from the scan (file names, addresses, messages, notes,
 * errors) goes through `t` (escapeControl), so a crafted file name cannot move
 * the cursor, recolour the terminal or forge a line; only this reporter's own
 * colours and line breaks reach the terminal raw.
 *
 * After the findings come the policy changes: what the scanned tree's own
 * config or comments turned off or down first and loudly (a reviewer of a pull
 * request must see it), then what the command line did. Entries the walker
 * passed over are counted in the summary and listed with `verbose`.
 */
import { Chalk } from 'chalk';
import { SEVERITIES } from '../findings/finding.js';
import { sortFindings } from '../findings/report.js';
import { formatLocation } from '../model/location.js';
import { escapeControl as t, escapeControlKeepLines } from './escape.js';
/** Colour only on a terminal, and never when NO_COLOR is set (chalk ignores it on a TTY). */
export function shouldColor(stream, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR === '0')
        return false;
    return !!stream.isTTY;
}
function severityStyle(c, s) {
    switch (s) {
        case 'critical':
            return c.bgRed.white.bold;
        case 'high':
            return c.red.bold;
        case 'medium':
            return c.yellow;
        case 'low':
            return c.cyan;
        default:
            return c.gray;
    }
}
const indent = (text, prefix) => text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
function renderFinding(c, f) {
    const lines = [];
    const sev = severityStyle(c, f.severity)(f.severity.toUpperCase().padEnd(8));
    // A live finding's location is an ARN or id, with no line to show.
    const where = f.location.startLine > 0 ? `${t(f.location.file)}:${f.location.startLine}` : t(f.location.file);
    lines.push(`  ${c.bold(where)}  ${sev} ${c.bold(t(f.ruleId))}  ${t(f.resource.address)}`);
    lines.push(`    ${t(f.message)}`);
    if (f.suppressed)
        lines.push(c.gray(`    suppressed (${t(f.suppressed.kind)}): ${t(f.suppressed.reason)}`));
    if (f.evidence?.path?.length) {
        lines.push(c.dim('    path:'));
        f.evidence.path.forEach((hop, i) => {
            lines.push(`      ${i + 1}. ${t(hop.kind).padEnd(17)} ${t(hop.address)}${hop.loc ? `  ${c.dim(t(formatLocation(hop.loc)))}` : ''}`);
            lines.push(`         ${t(hop.detail)}`);
        });
    }
    if (f.evidence?.missing?.length)
        lines.push(`    ${c.dim('unknown:')} ${t(f.evidence.missing.join('; '))}`);
    for (const [k, v] of Object.entries(f.evidence?.details ?? {}))
        lines.push(`    ${c.dim(t(k) + ':')} ${t(String(v))}`);
    lines.push(`    ${c.green('fix:')} ${t(f.remediation.text)}`);
    if (f.remediation.snippet)
        lines.push(c.green(indent(escapeControlKeepLines(f.remediation.snippet.code).trimEnd(), '      ')));
    return lines.join('\n');
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function changeLine(p) {
    const where = `${t(p.source.file)}${p.source.line ? `:${p.source.line}` : ''}`;
    return `  ${where}  ${p.kind}: ${t(p.description)} (${p.findings === 0 ? 'no findings affected' : `${plural(p.findings, 'finding')} affected`})`;
}
function policySection(c, changes) {
    const out = [];
    const discovered = changes.filter((p) => p.origin === 'discovered');
    const named = changes.filter((p) => p.origin !== 'discovered');
    if (discovered.length > 0) {
        out.push(c.red.bold(`Policy changes found in the scanned tree (review them: the scanned files turned these off or down):`));
        for (const p of discovered)
            out.push(changeLine(p));
        out.push('');
    }
    if (named.length > 0) {
        out.push(c.bold('Policy changes from the command line:'));
        for (const p of named)
            out.push(changeLine(p));
        out.push('');
    }
    return out;
}
function skippedSection(c, skipped) {
    const out = [c.bold('Skipped (not scanned):')];
    for (const e of skipped)
        out.push(`  ${t(e.path)}  ${e.kind}: ${t(e.reason)}`);
    out.push('');
    return out;
}
export function renderText(report, options) {
    const c = new Chalk({ level: options.color ? 1 : 0 });
    const out = [];
    const shown = sortFindings(report.findings.filter((f) => options.showSuppressed || !f.suppressed));
    const byFile = new Map();
    for (const f of shown) {
        const list = byFile.get(f.location.file) ?? [];
        list.push(f);
        byFile.set(f.location.file, list);
    }
    for (const file of [...byFile.keys()].sort()) {
        out.push(c.underline(t(file)));
        for (const f of byFile.get(file).sort((a, b) => a.location.startLine - b.location.startLine))
            out.push(renderFinding(c, f), '');
    }
    out.push(...policySection(c, report.policyChanges ?? []));
    const skipped = report.skipped ?? [];
    if (options.verbose && skipped.length > 0)
        out.push(...skippedSection(c, skipped));
    if (report.errors.length > 0) {
        out.push(c.red.bold('Errors (these inputs were not fully scanned):'));
        for (const e of report.errors)
            out.push(`  ${t(e.file)}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}  ${t(e.message)}`);
        out.push('');
    }
    if (report.notAssessed?.length) {
        out.push(c.yellow.bold('Not assessed (nothing here was checked; no finding does not mean no problem):'));
        for (const n of report.notAssessed)
            out.push(`  ${t(n.provider)} account ${t(n.account)}  ${t(n.region)}  ${t(n.service)}: ${t(n.scope)}${n.apiCall ? ` (${t(n.apiCall)})` : ''} — ${t(n.reason)}`);
        out.push('');
    }
    if (report.notes.length > 0) {
        out.push(c.bold('Notes:'));
        for (const n of report.notes)
            out.push(`  - ${t(n)}`);
        out.push('');
    }
    const s = report.summary;
    const discovered = (report.policyChanges ?? []).filter((p) => p.origin === 'discovered').length;
    const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => severityStyle(c, sev)(`${s.bySeverity[sev]} ${sev}`));
    out.push(`${c.bold('Summary:')} ${s.findings} finding${s.findings === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}` +
        `${s.suppressed ? `, ${s.suppressed} suppressed` : ''}; ${s.filesScanned} file${s.filesScanned === 1 ? '' : 's'}, ${s.resources} resources scanned` +
        `${s.errors ? `; ${c.red(`${s.errors} error${s.errors === 1 ? '' : 's'}`)}` : ''}` +
        `${report.notAssessed?.length ? `; ${c.yellow(`${report.notAssessed.length} part${report.notAssessed.length === 1 ? '' : 's'} not assessed`)}` : ''}` +
        `${discovered ? `; ${c.red.bold(`${plural(discovered, 'policy change')} from the scanned tree`)}` : ''}` +
        `${skipped.length ? `; ${skipped.length} skipped${options.verbose ? '' : ' (--verbose lists them)'}` : ''}`);
    return out.join('\n') + '\n';
}
