/**
 * What `scan` and `audit` do after judging, besides reporting: record the run
 * in the history (by default; a failure is a warning and never changes the
 * exit code) and, with --evidence, write the evidence bundle (a failure there
 * is an error: evidence was asked for). Checks that can fail are made before
 * the run starts, so an hour-long audit never ends in "cannot write".
 */
import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import type { Command } from 'commander';
import type { RuleSet } from '../../engine/rule-loader.js';
import { rulesetHash } from '../../engine/ruleset-hash.js';
import type { ScanReport } from '../../findings/report.js';
import { builtinFrameworks } from '../../compliance/rule-controls.js';
import { buildBundleFiles, type EvidenceRun } from '../../evidence/bundle.js';
import { redactCommandLine } from '../../evidence/command-line.js';
import { readPrivateKey, SigningKeyError } from '../../evidence/signature.js';
import { checkEvidenceTarget, EvidenceTargetError, writeBundle } from '../../evidence/write-bundle.js';
import { recordRun } from '../../history/record-run.js';
import type { RunScope } from '../../history/types.js';
import type { PolicyConfig } from '../../policy/config.js';
import type { HistorySection } from '../../reporters/history-section.js';
import type { RuleInfo } from '../../reporters/rule-info.js';
import { UsageError } from '../errors.js';

export interface RunOutputOptions {
  /** --history PATH|URL, or false for --no-history. */
  history?: string | false;
  /** --evidence DIR|FILE.tar.gz */
  evidence?: string;
  /** --sign-key FILE (Ed25519 private key, PEM) */
  signKey?: string;
  /** The command line as typed (set by withRunRecordOptions). */
  invocation?: string[];
}

export interface PreparedOutputs {
  signingKey?: KeyObject;
}

/** The command line after the program name, from the root command that parsed it. */
export function invocationArgs(command: Command | undefined): string[] {
  let root = command;
  while (root?.parent) root = root.parent;
  const raw = (root as (Command & { rawArgs?: string[] }) | undefined)?.rawArgs ?? process.argv;
  return ['leakproof', ...raw.slice(2)];
}

/** Fails fast (exit 2) on an evidence target that exists or a signing key that cannot be used. */
export function prepareRunOutputs(options: RunOutputOptions): PreparedOutputs {
  if (options.signKey && !options.evidence) throw new UsageError('--sign-key signs an evidence bundle: give --evidence DIR too');
  try {
    if (options.evidence) checkEvidenceTarget(options.evidence);
    return options.signKey ? { signingKey: readPrivateKey(options.signKey) } : {};
  } catch (e) {
    if (e instanceof EvidenceTargetError || e instanceof SigningKeyError) throw new UsageError(e.message);
    throw e;
  }
}

export interface FinishedRun {
  scope: RunScope;
  /** After policy. */
  report: ScanReport;
  /** The rules that ran (for the history and the control tables). */
  rules: RuleInfo[];
  ruleSet: RuleSet;
  config: PolicyConfig;
  startedAt: Date;
  finishedAt: Date;
  argv: string[];
  evidenceSource: EvidenceRun['source'];
  covered: EvidenceRun['covered'];
  /** The inventory snapshot and the clouds it holds; called only when evidence is written. */
  inventory: () => { inventory: unknown; providers?: Set<string> };
}

export interface RunOutputs {
  history?: HistorySection;
  historyRunId?: string;
}

export async function recordHistory(run: FinishedRun, options: RunOutputOptions): Promise<RunOutputs> {
  const outcome = await recordRun({
    target: options.history,
    scope: run.scope,
    report: run.report,
    rules: run.rules.map((r) => r.id),
    rulesetHash: rulesetHash(run.ruleSet, run.report.tool.version),
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  });
  if (outcome.warning) process.stderr.write(`leakproof: warning: ${outcome.warning}\n`);
  return { ...(outcome.section ? { history: outcome.section } : {}), ...(outcome.run ? { historyRunId: outcome.run.id } : {}) };
}

export function writeEvidence(run: FinishedRun, options: RunOutputOptions, prepared: PreparedOutputs, historyRunId?: string): void {
  if (!options.evidence) return;
  const { inventory, providers } = run.inventory();
  const files = buildBundleFiles({
    run: {
      source: run.evidenceSource,
      argv: redactCommandLine(run.argv),
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt.toISOString(),
      covered: run.covered,
      ...(historyRunId ? { historyRunId } : {}),
    },
    report: run.report,
    rules: run.rules,
    rulesetHash: rulesetHash(run.ruleSet, run.report.tool.version),
    inventory,
    ...(providers ? { providers } : {}),
    waivers: run.config.waivers,
    ...(run.config.file ? { configFile: path.relative(process.cwd(), run.config.file).split(path.sep).join('/') } : {}),
    frameworks: builtinFrameworks(),
  });
  try {
    writeBundle(options.evidence, files, { ...(prepared.signingKey ? { signingKey: prepared.signingKey } : {}), mtime: run.finishedAt });
  } catch (e) {
    if (e instanceof EvidenceTargetError) throw new UsageError(e.message);
    throw new UsageError(`cannot write the evidence bundle ${options.evidence}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
