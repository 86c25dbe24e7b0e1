/** Reports for the library: the same formats, byte for byte, as `leakproof scan --format`. */
import type { RuleSet } from '../engine/rule-loader.js';
import type { ScanReport } from '../findings/report.js';
import { ruleInfosOf } from '../cli/commands/rule-infos.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../reporters/index.js';
import { LeakproofError } from './errors.js';

export interface FormatOptions {
  /** The rules that ran: SARIF lists them as the tool's rules, JUnit reports the ones that passed. */
  rules?: RuleSet;
  /** ANSI colours in the text report (for a terminal). */
  color?: boolean;
  /** List suppressed findings in the text report too. */
  showSuppressed?: boolean;
  /** Absolute folder the report's relative paths are relative to (SARIF %SRCROOT%). */
  srcRoot?: string;
}

export function formatReport(report: ScanReport, format: ReportFormat, options: FormatOptions = {}): string {
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new LeakproofError(`unknown report format '${String(format)}' (expected ${REPORT_FORMATS.join(', ')})`);
  return renderReport(format, report, {
    ...(options.rules ? { rules: ruleInfosOf(options.rules) } : {}),
    color: !!options.color,
    showSuppressed: !!options.showSuppressed,
    ...(options.srcRoot ? { srcRoot: options.srcRoot } : {}),
  });
}
