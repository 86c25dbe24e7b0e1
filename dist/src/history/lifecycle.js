/**
 * How one run moves each finding's life on: seen for the first time (new),
 * seen again (still open), seen again after it was resolved (regressed), or
 * not seen any more (resolved) — but only when the run could have seen it:
 * its rule ran, no input failed to load, and no not-assessed part of a live
 * account covers its place. A finding the run could not see stays open: an
 * unread account must never look fixed.
 */
import { gapAffectsFinding } from '../findings/coverage-gaps.js';
/** Could this run have seen the finding, had it still been there? */
export function runCouldSee(run, state) {
    if (!run.rules.includes(state.ruleId))
        return false;
    if (run.inputErrors > 0)
        return false;
    return !run.notAssessed.some((gap) => gapAffectsFinding(gap, state));
}
/**
 * The finding rows this run changes, given the scope's current rows. Every
 * finding of the run is returned (its last-seen moves on); rows of findings
 * that disappeared are returned when they become resolved.
 */
export function nextStates(current, run, seq) {
    const at = run.finishedAt;
    const changed = [];
    const seen = new Set();
    for (const f of run.findings) {
        if (seen.has(f.fingerprint))
            continue;
        seen.add(f.fingerprint);
        const before = current.get(f.fingerprint);
        const details = {
            ruleId: f.ruleId,
            category: f.category,
            severity: f.severity,
            title: f.title,
            resource: f.resource,
            location: f.location,
            provider: f.provider,
            ...(f.account ? { account: f.account } : {}),
            ...(f.region ? { region: f.region } : {}),
            ...(f.suppression ? { suppression: f.suppression } : {}),
        };
        if (!before) {
            changed.push({ scope: run.scope.key, fingerprint: f.fingerprint, ...details, firstSeenSeq: seq, firstSeenAt: at, lastSeenSeq: seq, lastSeenAt: at, status: 'open', regressions: 0 });
            continue;
        }
        const { suppression: _old, account: _a, region: _r, ...kept } = before;
        const next = { ...kept, ...details, lastSeenSeq: seq, lastSeenAt: at, status: 'open' };
        if (before.status === 'resolved') {
            next.regressedSeq = seq;
            next.regressedAt = at;
            next.regressions = before.regressions + 1;
            delete next.resolvedSeq;
            delete next.resolvedAt;
        }
        changed.push(next);
    }
    for (const state of current.values()) {
        if (state.status !== 'open' || seen.has(state.fingerprint))
            continue;
        if (!runCouldSee(run, state))
            continue;
        changed.push({ ...state, status: 'resolved', resolvedSeq: seq, resolvedAt: at });
    }
    return changed;
}
