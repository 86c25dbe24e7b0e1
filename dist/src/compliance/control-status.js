import { gapAffectsCategories } from '../findings/coverage-gaps.js';
import { findingInFramework, findingMatchesRef } from './finding-match.js';
export const CONTROL_STATUSES = ['fail', 'not assessed', 'waived', 'pass', 'not covered'];
function gapsFor(categories, framework, coverage) {
    return coverage.notAssessed.filter((n) => (!framework.provider || n.provider === framework.provider) && gapAffectsCategories(n, categories));
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function describeGap(gaps) {
    const shown = gaps.slice(0, 3).map((g) => `${g.account} ${g.region} ${g.service}: ${g.scope}`);
    return `${plural(gaps.length, 'part')} of the account${gaps.length > 3 ? 's' : ''} that these rules read ${gaps.length === 1 ? 'was' : 'were'} not assessed (${shown.join('; ')}${gaps.length > 3 ? '; …' : ''})`;
}
export function assessControl(control, framework, findings, coverage) {
    const inScope = findings.filter((f) => findingInFramework(f, framework));
    const evidence = inScope.filter((f) => control.informs.includes(f.ruleId));
    if (control.notCovered !== undefined)
        return { control, status: 'not covered', reason: control.notCovered, failing: [], waived: [], evidence };
    const ran = new Map(coverage.rules.map((r) => [r.id, r.category]));
    const ranRefs = control.rules.filter((r) => ran.has(r.id));
    const matching = inScope.filter((f) => ranRefs.some((ref) => findingMatchesRef(f, ref)));
    const failing = matching.filter((f) => !f.suppressed);
    const waived = matching.filter((f) => f.suppressed);
    const base = { control, failing, waived, evidence };
    if (failing.length > 0)
        return { ...base, status: 'fail', reason: `${plural(failing.length, 'open finding')}${waived.length ? ` (and ${waived.length} suppressed)` : ''}` };
    if (ranRefs.length === 0)
        return { ...base, status: 'not assessed', reason: `its rules (${control.rules.map((r) => r.id).join(', ')}) did not run in this run` };
    const notRun = control.rules.filter((r) => !ran.has(r.id)).map((r) => r.id);
    if (notRun.length > 0)
        return { ...base, status: 'not assessed', reason: `some of its rules did not run: ${[...new Set(notRun)].join(', ')}` };
    if (framework.provider && coverage.providers && !coverage.providers.has(framework.provider))
        return { ...base, status: 'not assessed', reason: `nothing scanned in this run is a ${framework.provider} resource` };
    const gaps = gapsFor([...new Set(ranRefs.map((r) => ran.get(r.id)))], framework, coverage);
    if (gaps.length > 0)
        return { ...base, status: 'not assessed', reason: describeGap(gaps) };
    if (coverage.inputErrors > 0)
        return { ...base, status: 'not assessed', reason: `${plural(coverage.inputErrors, 'input')} could not be read, so what they declare was not judged` };
    if (waived.length > 0) {
        const reasons = [...new Set(waived.map((f) => `${f.suppressed.kind}: ${f.suppressed.reason}`))];
        return { ...base, status: 'waived', reason: `${plural(waived.length, 'finding')} suppressed (${reasons.join('; ')})` };
    }
    return { ...base, status: 'pass', reason: `${control.rules.map((r) => r.id).filter((id, i, all) => all.indexOf(id) === i).join(', ')} ran and found nothing` };
}
export function assessFramework(framework, findings, coverage) {
    return framework.controls.map((c) => assessControl(c, framework, findings, coverage));
}
export function countStatuses(results) {
    const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0]));
    for (const r of results)
        counts[r.status]++;
    return counts;
}
