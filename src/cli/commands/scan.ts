import { failsGate } from '../../findings/report.js';
import { renderReport } from '../../reporters/index.js';
import { shouldColor } from '../../reporters/text.js';
import type { FailOn } from '../parse-options.js';
import { reportTargetsOf, writeReport } from './output.js';
import { printPolicyMessages, runScanWithPolicy, type PolicyRunOptions } from './policy-run.js';
import { scanScope } from '../../history/run-input.js';
import { iacInventory } from '../../evidence/iac-inventory.js';
import { prepareRunOutputs, recordHistory, writeEvidence, type FinishedRun, type RunOutputOptions } from './run-outputs.js';

export interface ScanCommandOptions extends PolicyRunOptions, RunOutputOptions {
  /** `--format` values: names, comma lists, `name=path` (see src/reporters/index.ts). */
  format: string[];
  output?: string;
  /** Undefined when not given: the config's fail-on, else high. */
  failOn?: FailOn;
  showSuppressed?: boolean;
  /** Findings alone decide the exit code even when a saved inventory has not-assessed parts. */
  allowPartial?: boolean;
}

export async function runScanCommand(paths: string[], options: ScanCommandOptions, argv: string[] = ['leakproof', 'scan', ...paths]): Promise<number> {
  const startedAt = new Date();
  // Bad --format values, an evidence folder that exists, an unusable key: all fail before the scan, not after it.
  const targets = reportTargetsOf(options);
  const prepared = prepareRunOutputs(options);
  const run = await runScanWithPolicy(paths, options, true);
  const report = run.outcome.report;
  const finished: FinishedRun = {
    scope: scanScope(paths, options),
    report,
    rules: run.rules,
    ruleSet: run.ruleSet,
    config: run.config,
    startedAt,
    finishedAt: new Date(),
    argv,
    evidenceSource: 'scan',
    covered: { paths: paths.length ? paths : ['.'] },
    inventory: () =>
      iacInventory(paths, {
        vars: options.var,
        varFiles: options.varFile,
        cloudFormation: { ...(options.region ? { region: options.region } : {}), parameters: options.parameter ?? [], parameterFiles: options.parameterFile ?? [] },
        plan: options.tfDir ? { tfDir: options.tfDir } : {},
      }),
  };
  const recorded = await recordHistory(finished, options);
  for (const target of targets) {
    const text = renderReport(target.format, report, {
      rules: run.rules,
      color: !target.output && shouldColor(process.stdout),
      showSuppressed: !!options.showSuppressed,
      srcRoot: process.cwd(),
      ...(recorded.history ? { history: recorded.history } : {}),
    });
    writeReport(text, target.output);
  }
  writeEvidence(finished, options, prepared, recorded.historyRunId);
  printPolicyMessages(run, !!options.reportUnusedSuppressions);
  // One clear line per input error on stderr, whatever the report format.
  for (const e of report.errors)
    process.stderr.write(`leakproof: ${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}: ${e.message}\n`);
  if (report.errors.length > 0) return 2;
  // A saved inventory that could not see everything must not pass as if it had.
  if (report.notAssessed?.length) {
    process.stderr.write(`leakproof: ${report.notAssessed.length} part(s) of the audited accounts were not assessed${options.allowPartial ? '' : '; exit code 2 (--allow-partial judges by findings alone)'}\n`);
    if (!options.allowPartial) return 2;
  }
  return failsGate(report.findings, options.failOn ?? run.config.failOn ?? 'high') ? 1 : 0;
}
