import { summarize } from '../../findings/report.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { evaluateModelRecords } from './evaluate.js';
import { fixerFor } from './providers.js';
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
export function liveReport(outcome, ruleSet, residency = {}) {
    const { findings, errors } = evaluateModelRecords(outcome.resources, ruleSet, residency, fixerFor(outcome.provider));
    const resources = outcome.resources.filter((r) => r.kind !== 'data-flow').length;
    const { accounts, regions, notAssessed } = outcome.coverage;
    const notes = [
        `${outcome.provider} audit of ${plural(accounts.length, 'account')} (${accounts.join(', ') || 'none'}) in ${plural(regions.length, 'region')} (${regions.join(', ') || 'none'}), read ${outcome.startedAt} to ${outcome.finishedAt}`,
    ];
    if (notAssessed.length > 0)
        notes.push(`${plural(notAssessed.length, 'part')} of the audit could not be read and were not assessed: see "Not assessed"; a resource there was not judged, not passed`);
    const summary = summarize(findings, errors, 0, resources);
    return {
        report: {
            tool: { name: TOOL_NAME, version: TOOL_VERSION },
            findings,
            errors,
            notes,
            summary,
            notAssessed,
        },
        resources,
    };
}
