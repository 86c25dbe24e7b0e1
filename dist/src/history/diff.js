/**
 * What changed between two runs of one scope:
 *
 *   new          seen now, never seen in or before the base run;
 *   regressed    seen now, absent from the base run, but seen before it
 *                (it was fixed, then came back);
 *   resolved     in the base run, absent now, and this run could have seen it;
 *   unverified   in the base run, absent now, but this run could not have
 *                seen it (its rule did not run, an input failed, or its part
 *                of the account was not assessed): neither fixed nor open;
 *   still open   in both.
 *
 * Each finding carries its age: how long since it was first seen.
 */
import { SEVERITIES, severityRank } from '../findings/finding.js';
import { runCouldSee } from './lifecycle.js';
const DAY = 86_400_000;
const days = (from, to) => Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY));
function describe(row, state, until) {
    const firstSeenAt = state?.firstSeenAt ?? until;
    return {
        fingerprint: row.fingerprint,
        ruleId: row.ruleId,
        severity: row.severity,
        title: state?.title ?? row.ruleId,
        resource: state?.resource ?? '',
        location: state?.location ?? '',
        firstSeenAt,
        ageDays: days(firstSeenAt, until),
        ...(state?.regressedAt ? { regressedAt: state.regressedAt } : {}),
        regressions: state?.regressions ?? 0,
        ...(row.suppression ? { suppression: row.suppression } : {}),
    };
}
/** Most severe first, then oldest, then by fingerprint: the same order every time. */
const order = (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.firstSeenAt.localeCompare(b.firstSeenAt) || a.fingerprint.localeCompare(b.fingerprint);
export function diffRuns(input) {
    const { base, target } = input;
    const states = new Map(input.states.map((s) => [s.fingerprint, s]));
    const before = new Map(input.baseFindings.map((f) => [f.fingerprint, f]));
    const now = new Map(input.targetFindings.map((f) => [f.fingerprint, f]));
    const diff = { ...(base ? { base } : {}), target, new: [], regressed: [], resolved: [], unverified: [], stillOpen: [] };
    for (const [fp, row] of now) {
        const state = states.get(fp);
        const changed = describe(row, state, target.finishedAt);
        if (before.has(fp))
            diff.stillOpen.push(changed);
        else if (base && state && state.firstSeenSeq <= base.seq)
            diff.regressed.push(changed);
        else
            diff.new.push(changed);
    }
    for (const [fp, row] of before) {
        if (now.has(fp))
            continue;
        const state = states.get(fp);
        const lastSeen = state && state.lastSeenSeq < target.seq ? state.lastSeenAt : (base?.finishedAt ?? target.finishedAt);
        const changed = describe(row, state, lastSeen);
        const visible = state ? runCouldSee(target, state) : target.rules.includes(row.ruleId) && target.inputErrors === 0 && target.notAssessed.length === 0;
        (visible ? diff.resolved : diff.unverified).push(changed);
    }
    for (const list of [diff.new, diff.regressed, diff.resolved, diff.unverified, diff.stillOpen])
        list.sort(order);
    return diff;
}
/** New and regressed findings that are not suppressed, at or above the threshold: what `diff --fail-on` fails on. */
export function failingChanges(diff, failOn) {
    if (failOn === 'none')
        return [];
    const threshold = severityRank(failOn);
    return [...diff.new, ...diff.regressed].filter((f) => !f.suppression && severityRank(f.severity) >= threshold);
}
export function trendOf(runs) {
    return [...runs]
        .sort((a, b) => a.seq - b.seq)
        .map((r) => ({ runId: r.id, at: r.finishedAt, open: Object.fromEntries(SEVERITIES.map((s) => [s, r.openBySeverity[s] ?? 0])) }));
}
