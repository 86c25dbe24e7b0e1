/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of
 * Code Climate issues. GitLab shows them in the merge request widget and
 * in the diff, by `location.path` (from the repository root) and
 * `location.lines.begin`, and matches them between pipelines by
 * `fingerprint`, which must be unique in the report.
 *
 * Unsuppressed findings only: Code Quality has no suppressed state. Live
 * findings point at their record in the saved inventory when one was
 * written, else at the ARN / id (which GitLab cannot link).
 */
import { createHash } from 'node:crypto';
import { sortFindings } from '../findings/report.js';
import { liveRecord, repositoryPath } from './repo-root.js';
/** Code Climate's five severities; GitLab shows them as info, minor, major, critical, blocker. */
const SEVERITY = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor', info: 'info' };
const isLive = (f) => f.resource.sourceKind === 'aws-live' || f.resource.sourceKind === 'alicloud-live';
const oneLine = (s) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
function where(f, options) {
    if (isLive(f)) {
        const record = liveRecord(options.liveLocations, f.resource.address);
        if (record)
            return { path: repositoryPath(record.file, options), lines: { begin: record.line, end: record.line } };
        return { path: f.location.file || f.resource.address, lines: { begin: 1, end: 1 } };
    }
    const begin = Math.max(1, f.location.startLine);
    return { path: repositoryPath(f.location.file, options), lines: { begin, end: Math.max(begin, f.location.endLine) } };
}
function body(f) {
    const parts = [f.message, '', `Fix: ${f.remediation.text}`];
    if (f.remediation.snippet)
        parts.push('', '```' + f.remediation.snippet.language, f.remediation.snippet.code.replace(/\n$/, ''), '```');
    return parts.join('\n');
}
export function buildCodeClimate(report, options = {}) {
    const seen = new Set();
    return sortFindings(report.findings)
        .filter((f) => !f.suppressed)
        .map((f) => {
        // Fingerprints are unique per finding; should two ever collide, the second is re-hashed so GitLab keeps both.
        let fingerprint = f.fingerprint;
        for (let n = 1; seen.has(fingerprint); n++)
            fingerprint = createHash('sha256').update(`${f.fingerprint}#${n}`).digest('hex').slice(0, 32);
        seen.add(fingerprint);
        return {
            type: 'issue',
            check_name: f.ruleId,
            description: `${f.ruleId}: ${oneLine(f.message)}`,
            content: { body: body(f) },
            categories: ['Security'],
            severity: SEVERITY[f.severity],
            fingerprint,
            location: where(f, options),
        };
    });
}
export function renderCodeClimate(report, options = {}) {
    return JSON.stringify(buildCodeClimate(report, options), null, 2) + '\n';
}
