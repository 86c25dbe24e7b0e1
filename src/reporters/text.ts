/**
 * Human-readable report for a terminal or a CI log: findings grouped by file,
 * each with file:line, severity, rule id, message, the reachability path and the fix.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import { sortFindings, type ScanReport } from '../findings/report.js';
import { formatLocation } from '../model/location.js';

export interface TextOptions {
  color: boolean;
  /** Show suppressed findings too (they are hidden by default). */
  showSuppressed?: boolean;
}

/** Colour only on a terminal, and never when NO_COLOR is set (chalk ignores it on a TTY). */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0') return false;
  return !!stream.isTTY;
}

function severityStyle(c: ChalkInstance, s: Severity): (text: string) => string {
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

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

function renderFinding(c: ChalkInstance, f: Finding): string {
  const lines: string[] = [];
  const sev = severityStyle(c, f.severity)(f.severity.toUpperCase().padEnd(8));
  // A live finding's location is an ARN or id, with no line to show.
  const where = f.location.startLine > 0 ? `${f.location.file}:${f.location.startLine}` : f.location.file;
  lines.push(`  ${c.bold(where)}  ${sev} ${c.bold(f.ruleId)}  ${f.resource.address}`);
  lines.push(`    ${f.message}`);
  if (f.suppressed) lines.push(c.gray(`    suppressed (${f.suppressed.kind}): ${f.suppressed.reason}`));
  if (f.evidence?.path?.length) {
    lines.push(c.dim('    path:'));
    f.evidence.path.forEach((hop, i) => {
      lines.push(`      ${i + 1}. ${hop.kind.padEnd(17)} ${hop.address}${hop.loc ? `  ${c.dim(formatLocation(hop.loc))}` : ""}`);
      lines.push(`         ${hop.detail}`);
    });
  }
  if (f.evidence?.missing?.length) lines.push(`    ${c.dim('unknown:')} ${f.evidence.missing.join('; ')}`);
  for (const [k, v] of Object.entries(f.evidence?.details ?? {})) lines.push(`    ${c.dim(k + ':')} ${v}`);
  lines.push(`    ${c.green('fix:')} ${f.remediation.text}`);
  if (f.remediation.snippet) lines.push(c.green(indent(f.remediation.snippet.code.trimEnd(), '      ')));
  return lines.join('\n');
}

export function renderText(report: ScanReport, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const shown = sortFindings(report.findings.filter((f) => options.showSuppressed || !f.suppressed));
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  for (const file of [...byFile.keys()].sort()) {
    out.push(c.underline(file));
    for (const f of byFile.get(file)!.sort((a, b) => a.location.startLine - b.location.startLine)) out.push(renderFinding(c, f), '');
  }
  if (report.errors.length > 0) {
    out.push(c.red.bold('Errors (these inputs were not fully scanned):'));
    for (const e of report.errors) out.push(`  ${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}  ${e.message}`);
    out.push('');
  }
  if (report.notAssessed?.length) {
    out.push(c.yellow.bold('Not assessed (nothing here was checked; no finding does not mean no problem):'));
    for (const n of report.notAssessed)
      out.push(`  ${n.provider} account ${n.account}  ${n.region}  ${n.service}: ${n.scope}${n.apiCall ? ` (${n.apiCall})` : ''} — ${n.reason}`);
    out.push('');
  }
  if (report.notes.length > 0) {
    out.push(c.bold('Notes:'));
    for (const n of report.notes) out.push(`  - ${n}`);
    out.push('');
  }
  const s = report.summary;
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => severityStyle(c, sev)(`${s.bySeverity[sev]} ${sev}`));
  out.push(
    `${c.bold('Summary:')} ${s.findings} finding${s.findings === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}` +
      `${s.suppressed ? `, ${s.suppressed} suppressed` : ''}; ${s.filesScanned} file${s.filesScanned === 1 ? '' : 's'}, ${s.resources} resources scanned` +
      `${s.errors ? `; ${c.red(`${s.errors} error${s.errors === 1 ? '' : 's'}`)}` : ''}` +
      `${report.notAssessed?.length ? `; ${c.yellow(`${report.notAssessed.length} part${report.notAssessed.length === 1 ? '' : 's'} not assessed`)}` : ''}`,
  );
  return out.join('\n') + '\n';
}
