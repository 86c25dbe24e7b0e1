/**
 * What `scan` and `audit` do after judging, besides reporting: record the run
 * in the history (a scan only when asked, an audit by default in the user's
 * state folder; a failure is a warning and never changes the exit code) and,
 * with --evidence, write the evidence bundle (a failure there is an error:
 * evidence was asked for). Checks that can fail are made before the run
 * starts, so an hour-long audit never ends in "cannot write".
 */
import type { KeyObject } from 'node:crypto';
import type { Command } from 'commander';
import type { RuleSet } from '../../engine/rule-loader.js';
import type { ScanReport } from '../../findings/report.js';
import { type EvidenceRun } from '../../evidence/bundle.js';
import { type HistoryChoice } from '../../history/record-run.js';
import type { RunScope } from '../../history/types.js';
import type { PolicyConfig } from '../../policy/config.js';
import type { HistorySection } from '../../reporters/history-section.js';
import type { RuleInfo } from '../../reporters/rule-info.js';
export interface RunOutputOptions {
    /** --history PATH|URL, or false for --no-history. */
    history?: string | false;
    /** --evidence DIR|FILE.tar.gz */
    evidence?: string;
    /** --sign-key FILE (Ed25519 private key, PEM) */
    signKey?: string;
    /** The command line as typed (set by withRunRecordOptions). */
    invocation?: string[];
    /** --trust-config: a discovered config counts as the user's own. */
    trustConfig?: boolean;
}
export interface PreparedOutputs {
    signingKey?: KeyObject;
}
/** The command line after the program name, from the root command that parsed it. */
export declare function invocationArgs(command: Command | undefined): string[];
/** Fails fast (exit 2) on an evidence target that exists or a signing key that cannot be used. */
export declare function prepareRunOutputs(options: RunOutputOptions): PreparedOutputs;
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
    inventory: () => {
        inventory: unknown;
        providers?: Set<string>;
    };
}
export interface RunOutputs {
    history?: HistorySection;
    historyRunId?: string;
}
/**
 * The `history:` of the config, if it may be used. A config found in the
 * scanned tree was written by whoever wrote the tree (in CI, an unreviewed
 * pull request): it may keep a SQLite file inside its own folder, but never
 * send the findings to a database server or write elsewhere on the machine.
 */
export declare function configHistory(config: PolicyConfig, trusted?: boolean): string | undefined;
/** The history this run records in: scans only when asked, audits by default (and say where, once). */
export declare function runHistory(run: Pick<FinishedRun, 'config' | 'evidenceSource'>, options: RunOutputOptions): HistoryChoice | undefined;
export declare function recordHistory(run: FinishedRun, options: RunOutputOptions): Promise<RunOutputs>;
export declare function writeEvidence(run: FinishedRun, options: RunOutputOptions, prepared: PreparedOutputs, historyRunId?: string): void;
