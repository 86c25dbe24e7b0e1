import path from 'node:path';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { baselineOf, renderBaseline } from '../../policy/baseline.js';
import { isStdout, writeReport } from './output.js';
import { isQuiet, notice, printInputError } from '../terminal.js';
import { printPolicyMessages, runScanWithPolicy, type PolicyRunOptions } from './policy-run.js';

export interface BaselineCommandOptions extends PolicyRunOptions {
  output: string;
}

/**
 * `leakproof baseline -o FILE [paths]`: records the findings that count today
 * (after waivers and suppression comments), so `scan --baseline FILE` fails
 * only on new ones. With input errors nothing is written: a baseline of a
 * partial scan would quietly accept findings in the files that were not read.
 */
export async function runBaselineCommand(paths: string[], options: BaselineCommandOptions): Promise<number> {
  const run = await runScanWithPolicy(paths, options, false);
  const report = run.outcome.report;
  if (!isQuiet()) printPolicyMessages(run, !!options.reportUnusedSuppressions);
  if (report.errors.length > 0) {
    for (const e of report.errors) printInputError(e);
    process.stderr.write(`leakproof: baseline not written: fix the input errors above first\n`);
    return 2;
  }
  const baseline = baselineOf(report.findings, `${TOOL_NAME} ${TOOL_VERSION}`);
  writeReport(renderBaseline(baseline), options.output);
  const shown = isStdout(options.output) ? 'stdout' : path.relative(process.cwd(), path.resolve(options.output)) || options.output;
  notice(`recorded ${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'} in ${shown}`);
  return 0;
}
