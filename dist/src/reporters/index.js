/**
 * Report formats by name, and where each goes. The CLI asks for one or more
 * formats in one run:
 *
 *   --format sarif                          one format, to stdout or to -o FILE
 *   --format text,sarif=out.sarif           text to stdout (or -o FILE), SARIF to out.sarif
 *   --format sarif,junit,html -o reports/   several without a path: -o is a folder,
 *                                           each written as reports/leakproof.<ext>
 *
 * At most one report goes to stdout, so stdout only ever holds a single report.
 */
import path from 'node:path';
import { renderCodeClimate } from './codeclimate.js';
import { renderCsv } from './csv.js';
import { renderGitlabSast } from './gitlab-sast.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'csv', 'markdown', 'html', 'gitlab-sast', 'codeclimate'];
const ALIASES = { md: 'markdown', xml: 'junit', 'gl-sast': 'gitlab-sast', codequality: 'codeclimate', 'code-quality': 'codeclimate' };
/** File name extension used when -o names a folder. */
export const FORMAT_EXTENSION = {
    text: 'txt',
    json: 'json',
    sarif: 'sarif',
    junit: 'junit.xml',
    csv: 'csv',
    markdown: 'md',
    html: 'html',
    'gitlab-sast': 'gl-sast-report.json',
    codeclimate: 'gl-code-quality-report.json',
};
export function renderReport(format, report, ctx = {}) {
    switch (format) {
        case 'text':
            return renderText(report, { color: !!ctx.color, showSuppressed: !!ctx.showSuppressed, verbose: !!ctx.verbose });
        case 'json':
            return renderJson(report);
        case 'sarif':
            return renderSarif(report, {
                ...(ctx.rules ? { rules: ctx.rules } : {}),
                ...anchor(ctx),
                ...(ctx.includeSuppressed ? { includeSuppressed: true } : {}),
                ...(ctx.automationId ? { automationId: ctx.automationId } : {}),
                ...(ctx.liveLocations ? { liveLocations: ctx.liveLocations } : {}),
                ...(ctx.onWarning ? { onWarning: ctx.onWarning } : {}),
            });
        case 'junit':
            return renderJunit(report, ctx.rules ? { rules: ctx.rules } : {});
        case 'csv':
            return renderCsv(report);
        case 'markdown':
            return renderMarkdown(report, ctx.history ? { history: ctx.history } : {});
        case 'html':
            return renderHtml(report, ctx.history ? { history: ctx.history } : {});
        case 'gitlab-sast':
            return renderGitlabSast(report, {
                ...anchor(ctx),
                ...(ctx.liveLocations ? { liveLocations: ctx.liveLocations } : {}),
                ...(ctx.startedAt ? { startedAt: ctx.startedAt } : {}),
                ...(ctx.finishedAt ? { finishedAt: ctx.finishedAt } : {}),
            });
        case 'codeclimate':
            return renderCodeClimate(report, { ...anchor(ctx), ...(ctx.liveLocations ? { liveLocations: ctx.liveLocations } : {}) });
    }
}
function anchor(ctx) {
    return { ...(ctx.srcRoot ? { srcRoot: ctx.srcRoot } : {}), ...(ctx.cwd ? { cwd: ctx.cwd } : {}) };
}
export class FormatSpecError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FormatSpecError';
    }
}
function formatNamed(name) {
    const n = name.trim().toLowerCase();
    const format = REPORT_FORMATS.includes(n) ? n : ALIASES[n];
    if (!format)
        throw new FormatSpecError(`unknown report format '${name}' (expected ${REPORT_FORMATS.join(', ')})`);
    return format;
}
/**
 * Turns `--format` values (repeatable, comma-separated, `name` or `name=path`)
 * and `-o` into report targets. Throws FormatSpecError for anything ambiguous.
 */
export function parseFormatSpec(specs, output) {
    const items = specs
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
    if (items.length === 0)
        items.push('text');
    const withPath = [];
    const withoutPath = [];
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq === -1) {
            withoutPath.push(formatNamed(item));
            continue;
        }
        const file = item.slice(eq + 1).trim();
        if (!file)
            throw new FormatSpecError(`--format ${item}: give a file after '='`);
        withPath.push({ format: formatNamed(item.slice(0, eq)), output: file });
    }
    if (new Set(withoutPath).size !== withoutPath.length)
        throw new FormatSpecError('--format names the same format twice');
    const targets = [...withPath];
    if (withoutPath.length === 1)
        targets.push({ format: withoutPath[0], ...(output ? { output } : {}) });
    else if (withoutPath.length > 1) {
        if (!output)
            throw new FormatSpecError(`only one report can go to stdout; give the others a file (--format ${withoutPath[0]},${withoutPath[1]}=FILE) or name a folder with -o`);
        for (const format of withoutPath)
            targets.push({ format, output: path.join(output, `leakproof.${FORMAT_EXTENSION[format]}`) });
    }
    const seen = new Set();
    for (const t of targets) {
        if (!t.output)
            continue;
        const key = path.resolve(t.output);
        if (seen.has(key))
            throw new FormatSpecError(`two reports would be written to ${t.output}`);
        seen.add(key);
    }
    return targets;
}
/** True when several formats without their own path share -o as a folder. */
export function outputIsFolder(specs) {
    const bare = specs.flatMap((s) => s.split(',')).filter((s) => s.trim() && !s.includes('='));
    return bare.length > 1;
}
