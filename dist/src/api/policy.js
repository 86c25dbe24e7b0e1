import { evaluatePolicy } from '../policy/apply.js';
import { readBaseline } from '../policy/baseline.js';
import { loadConfig as readConfig } from '../policy/config.js';
import { LeakproofError } from './errors.js';
/** Reads and validates a `.leakproof.yaml`; any problem throws a LeakproofError with file:line. */
export function loadConfig(file) {
    const { config, errors } = readConfig(file);
    if (errors.length > 0)
        throw new LeakproofError(`config ${file} is not valid`, errors);
    return config;
}
function baselineInput(baseline) {
    if (typeof baseline !== 'string')
        return { file: 'baseline', baseline };
    const read = readBaseline(baseline);
    if (!read.baseline)
        throw new LeakproofError(`baseline ${baseline} cannot be used`, read.errors);
    return { file: baseline, baseline: read.baseline };
}
/**
 * Applies policy to a report. `cwd` is the folder the report's relative
 * locations are relative to (where inline suppression comments are read);
 * default process.cwd(). Warnings (expired waivers, unknown rule names) are in
 * the outcome and in the report's notes.
 */
export function applyPolicy(report, options = {}, cwd = process.cwd()) {
    const { config, baseline, filters, rules, today } = options;
    return evaluatePolicy(report, {
        ...(config ? { config } : {}),
        ...(baseline !== undefined ? { baseline: baselineInput(baseline) } : {}),
        ...(filters ? { filters } : {}),
        ...(rules ? { knownRuleIds: [...rules.rules, ...rules.declarative].map((r) => r.id) } : {}),
        ...(today ? { today } : {}),
        cwd,
    });
}
