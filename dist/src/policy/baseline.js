/**
 * Baselines: the findings a team has accepted for now, recorded by fingerprint
 * (never by line, so edits elsewhere do not invalidate it). A scan with a
 * baseline reports baselined findings as suppressed, fails only on new ones,
 * and counts the baselined findings that are gone.
 *
 * The file is sorted and carries no timestamp, so regenerating an unchanged
 * baseline gives an identical file and a clean diff.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readUserText, UserFileError } from '../sources/shared/read-user-file.js';
export const BASELINE_VERSION = 1;
/** Records the findings that still count (not already waived or suppressed inline). */
export function baselineOf(findings, tool) {
    const byFingerprint = new Map();
    for (const f of findings) {
        if (f.suppressed)
            continue;
        if (!byFingerprint.has(f.fingerprint))
            byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, resource: f.resource.address, file: f.location.file });
    }
    const entries = [...byFingerprint.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.resource.localeCompare(b.resource) || a.fingerprint.localeCompare(b.fingerprint));
    return { version: BASELINE_VERSION, tool, findings: entries };
}
export function renderBaseline(baseline) {
    return JSON.stringify(baseline, null, 2) + '\n';
}
export function writeBaseline(file, baseline) {
    writeFileSync(file, renderBaseline(baseline));
}
function entryProblem(e) {
    if (typeof e !== 'object' || e === null)
        return 'is not an object';
    const entry = e;
    for (const key of ['fingerprint', 'ruleId', 'resource', 'file'])
        if (typeof entry[key] !== 'string')
            return `has no '${key}' string`;
    return undefined;
}
/** Reads a baseline file; any problem is a configuration error (exit 2), never an empty baseline. */
export function readBaseline(file) {
    const shown = path.relative(process.cwd(), path.resolve(file)) || file;
    let raw;
    try {
        raw = JSON.parse(readUserText(file, 'baseline file'));
    }
    catch (e) {
        const code = e.code;
        if (code !== 'ENOENT' && e instanceof UserFileError)
            return { errors: [{ file: shown, message: e.message }] };
        return { errors: [{ file: shown, message: code === 'ENOENT' ? 'baseline file not found (create it with `leakproof baseline -o FILE`)' : `not a baseline file: ${e.message}` }] };
    }
    const b = raw;
    if (typeof raw !== 'object' || raw === null || !Array.isArray(b.findings))
        return { errors: [{ file: shown, message: "not a baseline file: expected { version, tool, findings: [...] }" }] };
    if (b.version !== BASELINE_VERSION)
        return { errors: [{ file: shown, message: `baseline version ${String(b.version)} is not supported (expected ${BASELINE_VERSION})` }] };
    const errors = [];
    b.findings.forEach((e, i) => {
        const problem = entryProblem(e);
        if (problem)
            errors.push({ file: shown, message: `findings[${i}] ${problem}` });
    });
    if (errors.length > 0)
        return { errors };
    return { baseline: { version: BASELINE_VERSION, tool: typeof b.tool === 'string' ? b.tool : '', findings: b.findings }, errors: [] };
}
