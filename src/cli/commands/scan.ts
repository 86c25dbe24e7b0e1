import { failsGate, type ScanReport } from '../../findings/report.js';
import { renderJson } from '../../reporters/json.js';
import { renderText, shouldColor } from '../../reporters/text.js';
import { scanPaths } from '../../scan.js';
import type { FailOn } from '../parse-options.js';
import { loadRuleSet } from './load-rules.js';
import { writeReport } from './output.js';

export interface ScanCommandOptions {
  format: 'text' | 'json';
  output?: string;
  failOn: FailOn;
  var: Array<[string, string]>;
  varFile: string[];
  rules: string[];
  allowedJurisdictions: string[];
  allowedRegions: string[];
  verbose?: boolean;
}

function render(report: ScanReport, options: ScanCommandOptions): string {
  if (options.format === 'json') return renderJson(report);
  return renderText(report, { color: !options.output && shouldColor(process.stdout) });
}

export async function runScanCommand(paths: string[], options: ScanCommandOptions): Promise<number> {
  const ruleSet = await loadRuleSet(options.rules);
  const report = await scanPaths(paths, {
    ruleSet,
    vars: options.var,
    varFiles: options.varFile,
    residency: { allowedJurisdictions: options.allowedJurisdictions, allowedRegions: options.allowedRegions },
    verbose: !!options.verbose,
  });
  writeReport(render(report, options), options.output);
  // One clear line per input error on stderr, whatever the report format.
  for (const e of report.errors)
    process.stderr.write(`leakproof: ${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}: ${e.message}\n`);
  if (report.errors.length > 0) return 2;
  return failsGate(report.findings, options.failOn) ? 1 : 0;
}
