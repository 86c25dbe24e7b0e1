/**
 * `leakproof audit <provider>`: reads a live cloud account through a provider
 * (audit-aws.ts, ...), judges it with the same rules as IaC, and reports.
 * What every provider shares lives here: report formats and files, rules and
 * config (waivers, severity overrides, baseline), residency flags, the saved
 * inventory, progress on stderr, and the exit code:
 *
 *   2  a usage or setup error (no credentials, no region), an input error,
 *      or any part of the accounts not assessed (unless --allow-partial)
 *   1  a finding at or above --fail-on
 *   0  otherwise
 */
import path from 'node:path';
import { Command, Option } from 'commander';
import { ResidencyOptionError } from '../../analysis/residency.js';
import { failsGate } from '../../findings/report.js';
import { evaluatePolicy, type PolicyInputs } from '../../policy/apply.js';
import { readBaseline } from '../../policy/baseline.js';
import { resolveConfigOption } from './config-option.js';
import { ruleInfosOf } from './rule-infos.js';
import { ruleEnabled } from '../../policy/rule-selection.js';
import { renderReport, REPORT_FORMATS } from '../../reporters/index.js';
import { runAudit, type AuditLimits, type AuditProvider } from '../../sources/live/audit-run.js';
import { inventoryOf, saveInventory } from '../../sources/live/inventory.js';
import { repositoryRoot, type LiveLocations } from '../../reporters/repo-root.js';
import { auditAutomationId } from '../../reporters/sarif.js';
import type { ReportTarget } from '../../reporters/index.js';
import { redactText } from '../../sources/live/redact.js';
import { liveReport } from '../../sources/live/report.js';
import { UsageError } from '../errors.js';
import { collect, collectList, FAIL_ON_VALUES, type FailOn } from '../parse-options.js';
import { Progress } from '../progress.js';
import { colorWanted, notice, printInputError } from '../terminal.js';
import { alicloudAuditCommand } from './audit-alicloud.js';
import { awsAuditCommand } from './audit-aws.js';
import { loadRuleSet } from './load-rules.js';
import { reportTargetsOf, writeReport } from './output.js';
import { withRunRecordOptions } from '../record-commands.js';
import { examples } from '../help.js';
import { auditScope } from '../../history/run-input.js';
import { frameworkRuleFilter } from './framework-filter.js';
import { prepareRunOutputs, recordHistory, writeEvidence, type RunOutputOptions } from './run-outputs.js';

export interface AuditCommandOptions extends RunOutputOptions {
  /** --framework: only the rules that test this framework's controls. */
  framework?: string;
  format: string[];
  output?: string;
  failOn?: FailOn;
  rules: string[];
  allowedJurisdictions: string[];
  allowedRegions: string[];
  config?: string | false;
  baseline?: string;
  showSuppressed?: boolean;
  /** Keep suppressed findings in SARIF (left out by default: GitHub shows them as open alerts). */
  sarifIncludeSuppressed?: boolean;
  saveInventory?: string;
  allowPartial?: boolean;
  accountConcurrency: number;
  regionConcurrency: number;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`expected a whole number of at least 1, got '${value}'`);
  return n;
}

/** The options every `audit <provider>` command takes. */
export function withAuditOptions(cmd: Command): Command {
  return withRunRecordOptions(cmd)
    .option('--framework <id>', 'run only the rules that test controls of this compliance framework (see leakproof rules --framework)')
    .addOption(new Option('-f, --format <formats>', `report format(s): ${REPORT_FORMATS.join(', ')}; several as a list, each optionally with its own file (text,sarif=out.sarif) (repeatable)`).argParser(collect).default([], 'text'))
    .option('-o, --output <path>', 'write the report to this file (missing folders are created; - is stdout); with several formats without their own file, a folder')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when an unsuppressed finding is at or above this severity (default: fail-on in the config, else high)').choices([...FAIL_ON_VALUES]))
    .option('--allow-partial', 'judge the exit code by findings alone when part of the account could not be assessed (default: exit 2)')
    .option('--save-inventory <file>', 'also write the normalised inventory (resources, coverage, time); `leakproof scan FILE` re-evaluates it offline')
    .option('--rules <dir|package>', 'load extra rules from a folder, file or npm package (repeatable)', collect, [])
    .option('--allowed-jurisdictions <codes>', "where data may flow, e.g. US,EU (default: the source region's own jurisdiction)", collectList, [])
    .option('--allowed-regions <regions>', 'regions data may flow to, in addition to the allowed jurisdictions', collectList, [])
    .option('--config <file>', 'use this config file (waivers, severity overrides) instead of the .leakproof.yaml found from the working directory')
    .option('--no-config', 'ignore .leakproof.yaml')
    .option('--baseline <file>', 'report baselined findings as suppressed and fail only on new ones')
    .option('--show-suppressed', 'include suppressed findings in the text report')
    .option('--sarif-include-suppressed', 'keep suppressed findings in SARIF, marked with SARIF suppressions (GitHub code scanning ignores those and shows them as open alerts)')
    .option('--account-concurrency <n>', 'accounts read at the same time', positiveInt, 4)
    .option('--region-concurrency <n>', 'regions of one account read at the same time', positiveInt, 4);
}


/** Runs a provider's audit and reports; returns the exit code. */
export async function runAuditCommand<S, Snap>(provider: AuditProvider<S, Snap>, options: AuditCommandOptions): Promise<number> {
  const startedAt = new Date();
  if (options.saveInventory === '-') throw new UsageError('--save-inventory writes a file (stdout carries the report): give a path, e.g. --save-inventory inventory.json');
  const targets = reportTargetsOf(options);
  // Decided before an hour-long audit starts: a report on stdout cannot say where its inventory went.
  const located = inventoryForLocations(targets, options.saveInventory);
  const prepared = prepareRunOutputs(options);
  const config = resolveConfigOption(options.config);
  const allRules = await loadRuleSet([...config.extraRules, ...options.rules]);
  const inFramework = options.framework ? frameworkRuleFilter(options.framework) : () => true;
  const pick = (keep: (id: string) => boolean) => ({ rules: allRules.rules.filter((r) => keep(r.id)), declarative: allRules.declarative.filter((r) => keep(r.id)) });
  // Rules the config disables run too, so that policy can say how many findings the config hides (as in scan).
  const toRun = pick(inFramework);
  const ruleSet = pick((id) => ruleEnabled(id, config.rules) && inFramework(id));
  const residency = {
    allowedJurisdictions: options.allowedJurisdictions.length ? options.allowedJurisdictions : (config.residency.allowedJurisdictions ?? []),
    allowedRegions: options.allowedRegions.length ? options.allowedRegions : (config.residency.allowedRegions ?? []),
  };
  let baseline: PolicyInputs['baseline'];
  const baselineFile = options.baseline ?? config.baseline;
  if (baselineFile) {
    const read = readBaseline(baselineFile);
    if (!read.baseline) throw new UsageError(read.errors.map((e) => `${e.file}: ${e.message}`).join('\nleakproof: '));
    baseline = { file: path.relative(process.cwd(), path.resolve(baselineFile)) || baselineFile, baseline: read.baseline };
  }

  const limits: AuditLimits = { accounts: options.accountConcurrency, regions: options.regionConcurrency };
  const progress = new Progress();
  let outcome;
  try {
    outcome = await runAudit(provider, limits, (e) =>
      progress.update(redactText([e.account && `account ${e.account}`, e.region, e.service, e.message].filter(Boolean).join(' · '))),
    );
  } finally {
    progress.done();
  }

  let liveLocations: LiveLocations | undefined;
  if (options.saveInventory) {
    try {
      liveLocations = { file: options.saveInventory, lines: saveInventory(options.saveInventory, outcome) };
    } catch (e) {
      throw new UsageError(`cannot write ${options.saveInventory}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  let evaluated;
  try {
    evaluated = liveReport(outcome, toRun, residency);
  } catch (e) {
    if (e instanceof ResidencyOptionError) throw new UsageError(e.message);
    throw e;
  }
  const policy = evaluatePolicy(evaluated.report, {
    config,
    ...(baseline ? { baseline } : {}),
    knownRuleIds: [...allRules.rules, ...allRules.declarative].map((r) => r.id),
    ruleSeverities: Object.fromEntries([...allRules.rules, ...allRules.declarative].map((r) => [r.id, r.severity])),
    failOnFromCommandLine: options.failOn !== undefined,
  });
  const report = policy.report;
  const rules = ruleInfosOf(ruleSet);
  // SARIF (and GitLab's reports) need a file and line for every result; a live resource's is its record in the inventory.
  if (!liveLocations && located && report.findings.length > 0) {
    try {
      liveLocations = { file: located, lines: saveInventory(located, outcome) };
    } catch (e) {
      throw new UsageError(`cannot write ${located}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    process.stderr.write(`leakproof: wrote the inventory that report locations point at to ${located} (choose the file with --save-inventory FILE; commit or upload it with the report)\n`);
  }
  const cwd = process.cwd();
  const srcRoot = repositoryRoot(cwd);
  const finished = {
    scope: auditScope(outcome.provider, outcome.coverage.accounts, outcome.coverage.regions, { rules: options.rules, ...(options.framework ? { framework: options.framework } : {}) }),
    report,
    rules,
    ruleSet,
    config,
    startedAt,
    finishedAt: new Date(),
    argv: options.invocation ?? ['leakproof', 'audit', outcome.provider],
    evidenceSource: 'audit' as const,
    covered: { provider: outcome.provider, accounts: outcome.coverage.accounts, regions: outcome.coverage.regions },
    // The same bytes --save-inventory writes, so the bundle's inventory.json hash matches a saved copy.
    inventory: () => ({ inventory: JSON.stringify(inventoryOf(outcome), null, 1) + '\n', providers: new Set<string>(outcome.resources.map((r) => r.provider)) }),
  };
  const recorded = await recordHistory(finished, options);
  for (const target of targets)
    writeReport(
      renderReport(target.format, report, {
        rules,
        color: !target.output && colorWanted(process.stdout),
        showSuppressed: !!options.showSuppressed,
        srcRoot,
        cwd,
        includeSuppressed: !!options.sarifIncludeSuppressed,
        automationId: auditAutomationId(outcome.provider, outcome.coverage.accounts),
        ...(liveLocations ? { liveLocations } : {}),
        startedAt,
        finishedAt: finished.finishedAt,
        onWarning: (m: string) => notice(`warning: ${m}`),
        ...(recorded.history ? { history: recorded.history } : {}),
      }),
      target.output,
    );
  writeEvidence(finished, options, prepared, recorded.historyRunId);

  for (const w of policy.warnings) notice(`warning: ${w}`);
  for (const line of policy.discoveredSummary) notice(line);
  for (const e of report.errors) printInputError(e);
  const missing = report.notAssessed ?? [];
  if (missing.length > 0) {
    const first = missing[0]!;
    process.stderr.write(
      `leakproof: ${missing.length} part${missing.length === 1 ? '' : 's'} not assessed (e.g. account ${first.account} ${first.region} ${first.service}: ${first.scope} — ${first.reason})` +
        `${options.allowPartial ? '' : '; exit code 2 (--allow-partial judges by findings alone)'}\n`,
    );
  }
  if (report.errors.length > 0) return 2;
  if (missing.length > 0 && !options.allowPartial) return 2;
  return failsGate(report.findings, options.failOn ?? config.failOn ?? 'high') ? 1 : 0;
}

/**
 * The inventory file report locations point at when the user did not name
 * one: beside the SARIF file (`out.sarif.inventory.json`), else beside the
 * first GitLab report. A report on stdout has no "beside": writing a file the
 * user did not name into the working directory would be a surprise, so that
 * is a usage error asking for --save-inventory.
 */
function inventoryForLocations(targets: ReportTarget[], saved: string | undefined): string | undefined {
  if (saved) return undefined;
  const needing = ['sarif', 'gitlab-sast', 'codeclimate'];
  const target = targets.find((t) => t.format === 'sarif') ?? targets.find((t) => needing.includes(t.format));
  if (!target) return undefined;
  if (!target.output)
    throw new UsageError(`a live audit's ${target.format} report points every result at its record in the saved inventory: give --save-inventory FILE, or write the report to a file (--format ${target.format}=FILE or -o FILE)`);
  return `${target.output}.inventory.json`;
}

/** `leakproof audit`, with one subcommand per provider. */
export function auditCommand(): Command {
  const audit = new Command('audit')
    .description('Audit a live cloud account with read-only API calls, with the same rules as for IaC. Runs are recorded in the state folder ($XDG_STATE_HOME, else ~/.local/state)/leakproof/history.db unless --no-history.')
    .addHelpText('after', examples(['leakproof audit aws --regions all'], ['leakproof audit alicloud --regions cn-hangzhou'], ['leakproof help audit aws', "one provider's options"]));
  // Error handling, help layout and examples are applied to every command, these included, in program.ts.
  for (const sub of [awsAuditCommand(), alicloudAuditCommand()]) audit.addCommand(sub);
  return audit;
}
