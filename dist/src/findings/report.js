import { CATEGORIES, SEVERITIES, severityRank } from './finding.js';
/** Most severe first, then by file and line, so every report reads in the same order. */
export function sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.startLine - b.location.startLine ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.fingerprint.localeCompare(b.fingerprint));
}
export function summarize(findings, errors, filesScanned, resources, skipped = 0) {
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
    let suppressed = 0;
    for (const f of findings) {
        if (f.suppressed) {
            suppressed++;
            continue;
        }
        bySeverity[f.severity]++;
        byCategory[f.category]++;
    }
    return { filesScanned, resources, findings: findings.length - suppressed, bySeverity, byCategory, suppressed, errors: errors.length, ...(skipped > 0 ? { skipped } : {}) };
}
/** Does any unsuppressed finding reach the fail-on threshold? `none` never fails. */
export function failsGate(findings, failOn) {
    if (failOn === 'none')
        return false;
    const threshold = severityRank(failOn);
    return findings.some((f) => !f.suppressed && severityRank(f.severity) >= threshold);
}
