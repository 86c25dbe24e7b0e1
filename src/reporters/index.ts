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
import type { ScanReport } from '../findings/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { RuleInfo } from './rule-info.js';
import type { HistorySection } from './history-section.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'csv', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const ALIASES: Record<string, ReportFormat> = { md: 'markdown', xml: 'junit' };

/** File name extension used when -o names a folder. */
export const FORMAT_EXTENSION: Record<ReportFormat, string> = {
  text: 'txt',
  json: 'json',
  sarif: 'sarif',
  junit: 'junit.xml',
  csv: 'csv',
  markdown: 'md',
  html: 'html',
};

export interface RenderContext {
  /** Every rule that ran, for formats that describe rules (SARIF, JUnit). */
  rules?: RuleInfo[];
  /** Colour the text report (only ever true for a terminal). */
  color?: boolean;
  /** Show suppressed findings in the text report. */
  showSuppressed?: boolean;
  /** Absolute folder the report's relative paths are relative to (SARIF %SRCROOT%). */
  srcRoot?: string;
  /** Changes since the last run and the trend, for the Markdown and HTML reports. */
  history?: HistorySection;
}

export function renderReport(format: ReportFormat, report: ScanReport, ctx: RenderContext = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: !!ctx.color, showSuppressed: !!ctx.showSuppressed });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, { ...(ctx.rules ? { rules: ctx.rules } : {}), ...(ctx.srcRoot ? { srcRoot: ctx.srcRoot } : {}) });
    case 'junit':
      return renderJunit(report, ctx.rules ? { rules: ctx.rules } : {});
    case 'csv':
      return renderCsv(report);
    case 'markdown':
      return renderMarkdown(report, ctx.history ? { history: ctx.history } : {});
    case 'html':
      return renderHtml(report, ctx.history ? { history: ctx.history } : {});
  }
}

export interface ReportTarget {
  format: ReportFormat;
  /** A file path; undefined means stdout. */
  output?: string;
}

export class FormatSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatSpecError';
  }
}

function formatNamed(name: string): ReportFormat {
  const n = name.trim().toLowerCase();
  const format = (REPORT_FORMATS as readonly string[]).includes(n) ? (n as ReportFormat) : ALIASES[n];
  if (!format) throw new FormatSpecError(`unknown report format '${name}' (expected ${REPORT_FORMATS.join(', ')})`);
  return format;
}

/**
 * Turns `--format` values (repeatable, comma-separated, `name` or `name=path`)
 * and `-o` into report targets. Throws FormatSpecError for anything ambiguous.
 */
export function parseFormatSpec(specs: string[], output?: string): ReportTarget[] {
  const items = specs
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) items.push('text');
  const withPath: ReportTarget[] = [];
  const withoutPath: ReportFormat[] = [];
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq === -1) {
      withoutPath.push(formatNamed(item));
      continue;
    }
    const file = item.slice(eq + 1).trim();
    if (!file) throw new FormatSpecError(`--format ${item}: give a file after '='`);
    withPath.push({ format: formatNamed(item.slice(0, eq)), output: file });
  }
  if (new Set(withoutPath).size !== withoutPath.length) throw new FormatSpecError('--format names the same format twice');

  const targets = [...withPath];
  if (withoutPath.length === 1) targets.push({ format: withoutPath[0]!, ...(output ? { output } : {}) });
  else if (withoutPath.length > 1) {
    if (!output)
      throw new FormatSpecError(
        `only one report can go to stdout; give the others a file (--format ${withoutPath[0]},${withoutPath[1]}=FILE) or name a folder with -o`,
      );
    for (const format of withoutPath) targets.push({ format, output: path.join(output, `leakproof.${FORMAT_EXTENSION[format]}`) });
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (!t.output) continue;
    const key = path.resolve(t.output);
    if (seen.has(key)) throw new FormatSpecError(`two reports would be written to ${t.output}`);
    seen.add(key);
  }
  return targets;
}

/** True when several formats without their own path share -o as a folder. */
export function outputIsFolder(specs: string[]): boolean {
  const bare = specs.flatMap((s) => s.split(',')).filter((s) => s.trim() && !s.includes('='));
  return bare.length > 1;
}
