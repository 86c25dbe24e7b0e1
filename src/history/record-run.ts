/**
 * Records a finished scan or audit in the run history and tells the reports
 * what changed since the previous run of the same scope. A scan records only
 * when asked (--history, $LEAKPROOF_HISTORY, `history:` in the config): it
 * runs in someone's repository and must leave nothing behind. An audit
 * records by default, in the user's state folder. Recording must never change
 * a run's outcome: any failure (a read-only folder, a locked or newer
 * database, an unreachable server) becomes a warning, and the run goes on
 * without history.
 */
import type { ScanReport } from '../findings/report.js';
import type { HistorySection } from '../reporters/history-section.js';
import { diffRuns, trendOf, type RunDiff } from './diff.js';
import type { HistoryStore } from './history-store.js';
import { defaultHistoryPath, isPostgresUrl, openHistory } from './open-history.js';
import { displayUrl } from './postgres-connection.js';
import { newRunId, seenFinding } from './run-input.js';
import type { RunRow, RunScope } from './types.js';

/** How many runs the trend shows. */
export const TREND_RUNS = 12;

export interface RecordRequest {
  /** A SQLite path or PostgreSQL URL (see historyTarget); false or undefined records nothing. */
  target: string | false | undefined;
  scope: RunScope;
  /** The report after policy (suppressions marked). */
  report: ScanReport;
  /** Ids of the rules that ran. */
  rules: string[];
  rulesetHash: string;
  startedAt: Date;
  finishedAt: Date;
}

export interface RecordOutcome {
  run?: RunRow;
  diff?: RunDiff;
  section?: HistorySection;
  /** Why nothing was recorded (for stderr). */
  warning?: string;
}

/** Where a history target came from; `default` is the only one the user did not name. */
export type HistorySource = 'option' | 'env' | 'config' | 'default';

export interface HistoryChoice {
  target: string;
  from: HistorySource;
}

export interface HistorySettings {
  /** --history PATH|URL, or false for --no-history. */
  option: string | false | undefined;
  /** `history:` of the config in use (a URL, or a path resolved against the config's folder). */
  config?: string | undefined;
  /** Audits and the commands that read a history fall back to the user's state folder; scans do not. */
  useDefault: boolean;
}

/**
 * --history, else $LEAKPROOF_HISTORY (keeps a database password off the
 * command line), else the config's `history:`, else (when useDefault) the
 * state-folder file; undefined means "record nothing".
 */
export function historyTarget(settings: HistorySettings, env: NodeJS.ProcessEnv = process.env): HistoryChoice | undefined {
  if (settings.option === false) return undefined;
  if (settings.option) return { target: settings.option, from: 'option' };
  if (env.LEAKPROOF_HISTORY) return { target: env.LEAKPROOF_HISTORY, from: 'env' };
  if (settings.config) return { target: settings.config, from: 'config' };
  return settings.useDefault ? { target: defaultHistoryPath(env), from: 'default' } : undefined;
}

/** A target as it may be printed: never a database password. */
export const shownHistory = (target: string) => (isPostgresUrl(target) ? displayUrl(target) : target);

/** The diff of a run against the previous run of its scope. */
export async function diffWithPrevious(store: HistoryStore, run: RunRow): Promise<RunDiff> {
  const [base] = await store.runs({ scope: run.scope, beforeSeq: run.seq, limit: 1 });
  return diffRuns({
    ...(base ? { base } : {}),
    target: run,
    baseFindings: base ? await store.runFindings(base.seq) : [],
    targetFindings: await store.runFindings(run.seq),
    states: await store.findingStates(run.scope),
  });
}

export function sectionOf(diff: RunDiff, trend: RunRow[]): HistorySection {
  return {
    runId: diff.target.id,
    scope: diff.target.scopeLabel,
    ...(diff.base ? { since: { runId: diff.base.id, at: diff.base.finishedAt } } : {}),
    new: diff.new,
    regressed: diff.regressed,
    resolved: diff.resolved,
    unverified: diff.unverified,
    stillOpen: diff.stillOpen.length,
    trend: trendOf(trend),
  };
}

export async function recordRun(request: RecordRequest): Promise<RecordOutcome> {
  const target = request.target;
  if (!target) return {};
  let store: HistoryStore | undefined;
  try {
    store = await openHistory(target);
    const run = await store.record({
      id: newRunId(request.finishedAt),
      scope: request.scope,
      startedAt: request.startedAt.toISOString(),
      finishedAt: request.finishedAt.toISOString(),
      toolVersion: request.report.tool.version,
      rulesetHash: request.rulesetHash,
      rules: request.rules,
      findings: request.report.findings.map(seenFinding),
      inputErrors: request.report.errors.length,
      notAssessed: request.report.notAssessed ?? [],
    });
    const diff = await diffWithPrevious(store, run);
    const trend = await store.runs({ scope: run.scope, limit: TREND_RUNS });
    return { run, diff, section: sectionOf(diff, trend) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = `${err.code && !String(err.message).includes(err.code) ? `${err.code}: ` : ''}${String(err.message ?? e).split('\n')[0]}`;
    return { warning: `run history not recorded in ${shownHistory(target)}: ${isPostgresUrl(target) ? reason.replace(target, shownHistory(target)) : reason} (--no-history turns recording off)` };
  } finally {
    await store?.close().catch(() => {});
  }
}
