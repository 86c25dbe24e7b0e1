/**
 * `leakproof diff`: what changed between two recorded runs of one scope —
 * new, regressed, resolved, not verifiable and still-open findings with their
 * age. Exit 1 when a new or regressed unsuppressed finding is at or above
 * --fail-on, 0 otherwise, 2 when the history or the runs cannot be found.
 */
import { existsSync } from 'node:fs';
import { diffRuns, failingChanges } from '../../history/diff.js';
import { isPostgresUrl, openHistory } from '../../history/open-history.js';
import { historyTarget, sectionOf, shownHistory, TREND_RUNS } from '../../history/record-run.js';
import { historyMarkdown } from '../../reporters/history-section.js';
import { UsageError } from '../errors.js';
import { resolveConfigOption } from './config-option.js';
import { configHistory } from './run-outputs.js';
/**
 * Opens an existing history for reading, from the same place runs record in:
 * --history, $LEAKPROOF_HISTORY, the `history:` of the .leakproof.yaml found
 * from the working directory, else the state-folder default that audits use.
 * A missing SQLite file is an error that says how to make one, not a new empty history.
 */
export async function openExistingHistory(option) {
    if (option === false)
        throw new UsageError('this command reads the run history: drop --no-history');
    const named = option !== undefined || !!process.env.LEAKPROOF_HISTORY;
    const choice = historyTarget({ option, config: named ? undefined : configHistory(resolveConfigOption(undefined)), useDefault: true });
    const target = choice.target;
    if (!isPostgresUrl(target) && !existsSync(target)) {
        const how = choice.from === 'default'
            ? 'audits record there by default; a scan records with --history FILE, $LEAKPROOF_HISTORY or `history:` in .leakproof.yaml; --history names another history'
            : `nothing has been recorded there yet (it was named by ${choice.from === 'option' ? '--history' : choice.from === 'env' ? '$LEAKPROOF_HISTORY' : '`history:` in the config'})`;
        throw new UsageError(`no run history at ${target}: ${how}`);
    }
    try {
        return await openHistory(target);
    }
    catch (e) {
        throw new UsageError(`cannot open the run history ${shownHistory(target)}: ${e.message.split('\n')[0]}`);
    }
}
const DATE = /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
async function baseRun(store, target, since) {
    if (since === 'last')
        return (await store.runs({ scope: target.scope, beforeSeq: target.seq, limit: 1 }))[0];
    if (DATE.test(since)) {
        const at = Date.parse(since.length === 10 ? `${since}T00:00:00Z` : since);
        if (Number.isNaN(at))
            throw new UsageError(`--since ${since} is not a date`);
        return store.lastRunBefore(target.scope, new Date(at).toISOString(), target.seq);
    }
    const run = await store.run(since);
    if (!run)
        throw new UsageError(`--since ${since}: no such run (give last, a date YYYY-MM-DD, or a run id from 'leakproof history')`);
    if (run.scope !== target.scope)
        throw new UsageError(`--since ${since} is a run of '${run.scopeLabel}', not of '${target.scopeLabel}'`);
    if (run.seq >= target.seq)
        throw new UsageError(`--since ${since} is not older than run ${target.id}`);
    return run;
}
const day = (iso) => iso.slice(0, 16).replace('T', ' ');
const ageText = (d) => (d === 0 ? 'today' : d === 1 ? '1 day' : `${d} days`);
function lines(title, list, describe) {
    if (list.length === 0)
        return [];
    const width = Math.max(...list.map((f) => f.resource.length));
    return [
        `${title} (${list.length}):`,
        ...list.map((f) => `  ${f.severity.toUpperCase().padEnd(8)} ${f.ruleId.padEnd(10)} ${f.resource.padEnd(width)}  ${f.location}  ${describe(f)}${f.suppression ? ` [suppressed: ${f.suppression}]` : ''}`),
        '',
    ];
}
export function renderDiffText(diff) {
    const t = diff.target;
    const out = [
        `Run history: ${t.scopeLabel}`,
        `  run ${t.id} (${day(t.finishedAt)})${diff.base ? ` against run ${diff.base.id} (${day(diff.base.finishedAt)})` : ', the first run of this scope: every finding is new'}`,
        `  new ${diff.new.length} · regressed ${diff.regressed.length} · resolved ${diff.resolved.length} · still open ${diff.stillOpen.length} · not verifiable ${diff.unverified.length}`,
        '',
        ...lines('New', diff.new, () => 'first seen in this run'),
        ...lines('Regressed', diff.regressed, (f) => `first seen ${f.firstSeenAt.slice(0, 10)} (${ageText(f.ageDays)} ago), fixed and back ${f.regressions}×`),
        ...lines('Resolved', diff.resolved, (f) => `was open ${ageText(f.ageDays)}`),
        ...lines('Not verifiable (this run could not see them: rule not run, input error or not assessed)', diff.unverified, (f) => `first seen ${f.firstSeenAt.slice(0, 10)}`),
        ...lines('Still open', diff.stillOpen, (f) => `open ${ageText(f.ageDays)}`),
    ];
    return out.join('\n').trimEnd() + '\n';
}
export async function runDiffCommand(options) {
    const store = await openExistingHistory(options.history);
    try {
        const target = options.run ? await store.run(options.run) : await store.latestRun(options.scope);
        if (!target)
            throw new UsageError(options.run ? `no run ${options.run} in the history` : options.scope ? `no run of scope '${options.scope}' in the history` : 'the run history is empty');
        if (options.scope && options.run && target.scope !== options.scope && target.scopeLabel !== options.scope)
            throw new UsageError(`run ${target.id} is a run of '${target.scopeLabel}', not of '${options.scope}'`);
        const base = await baseRun(store, target, options.since);
        const diff = diffRuns({
            ...(base ? { base } : {}),
            target,
            baseFindings: base ? await store.runFindings(base.seq) : [],
            targetFindings: await store.runFindings(target.seq),
            states: await store.findingStates(target.scope),
        });
        if (options.format === 'json')
            process.stdout.write(JSON.stringify(diff, null, 2) + '\n');
        else if (options.format === 'markdown') {
            const trend = (await store.runs({ scope: target.scope, beforeSeq: target.seq + 1, limit: TREND_RUNS }));
            process.stdout.write(historyMarkdown(sectionOf(diff, trend)));
        }
        else
            process.stdout.write(renderDiffText(diff));
        return failingChanges(diff, options.failOn).length > 0 ? 1 : 0;
    }
    finally {
        await store.close();
    }
}
