import { diffRuns, trendOf } from './diff.js';
import { defaultHistoryPath, isPostgresUrl, openHistory } from './open-history.js';
import { displayUrl } from './postgres-connection.js';
import { newRunId, seenFinding } from './run-input.js';
/** How many runs the trend shows. */
export const TREND_RUNS = 12;
/**
 * --history, else $LEAKPROOF_HISTORY (keeps a database password off the
 * command line), else the config's `history:`, else (when useDefault) the
 * state-folder file; undefined means "record nothing".
 */
export function historyTarget(settings, env = process.env) {
    if (settings.option === false)
        return undefined;
    if (settings.option)
        return { target: settings.option, from: 'option' };
    if (env.LEAKPROOF_HISTORY)
        return { target: env.LEAKPROOF_HISTORY, from: 'env' };
    if (settings.config)
        return { target: settings.config, from: 'config' };
    return settings.useDefault ? { target: defaultHistoryPath(env), from: 'default' } : undefined;
}
/** A target as it may be printed: never a database password. */
export const shownHistory = (target) => (isPostgresUrl(target) ? displayUrl(target) : target);
/** The diff of a run against the previous run of its scope. */
export async function diffWithPrevious(store, run) {
    const [base] = await store.runs({ scope: run.scope, beforeSeq: run.seq, limit: 1 });
    return diffRuns({
        ...(base ? { base } : {}),
        target: run,
        baseFindings: base ? await store.runFindings(base.seq) : [],
        targetFindings: await store.runFindings(run.seq),
        states: await store.findingStates(run.scope),
    });
}
export function sectionOf(diff, trend) {
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
export async function recordRun(request) {
    const target = request.target;
    if (!target)
        return {};
    let store;
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
    }
    catch (e) {
        const err = e;
        const reason = `${err.code && !String(err.message).includes(err.code) ? `${err.code}: ` : ''}${String(err.message ?? e).split('\n')[0]}`;
        return { warning: `run history not recorded in ${shownHistory(target)}: ${isPostgresUrl(target) ? reason.replace(target, shownHistory(target)) : reason} (--no-history turns recording off)` };
    }
    finally {
        await store?.close().catch(() => { });
    }
}
