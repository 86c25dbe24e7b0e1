/**
 * GitLab's security report (`artifacts:reports:sast`, gl-sast-report.json),
 * schema 15.0.x: what the merge request security widget, the pipeline's
 * Security tab and the vulnerability report read.
 *
 * - One vulnerability per unsuppressed finding. GitLab has no notion of a
 *   suppressed vulnerability, so baselined, waived and comment-suppressed
 *   findings are left out and counted in `scan.messages`.
 * - `id` is the finding's fingerprint written as a UUID, so the same finding
 *   keeps its id from pipeline to pipeline; the rule id is the primary
 *   identifier, which is how GitLab matches a vulnerability across runs.
 * - Paths are relative to the repository root (GitLab links them into the
 *   project). Live findings point at their record in the saved inventory
 *   when one was written, and name the ARN / id as the location's `class`.
 * - Input errors, parts of a live account not assessed and policy changes
 *   are `scan.messages` (warn); notes are info. With input errors or parts
 *   not assessed, `scan.status` is `failure`: a partial scan must not read
 *   as a clean one. Schema times have no
 *   fractional seconds and no zone (UTC).
 */
import { createHash } from 'node:crypto';
import { sortFindings } from '../findings/report.js';
import { liveRecord, repositoryPath } from './repo-root.js';
import { notAssessedText, policyChangeText, TOOL_INFORMATION_URI } from './sarif.js';
export const GITLAB_SAST_SCHEMA_VERSION = '15.0.4';
export const GITLAB_SAST_SCHEMA_URI = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SAST_SCHEMA_VERSION}/dist/sast-report-format.json`;
/** Field limits of the schema (characters). */
const MAX_NAME = 255;
const MAX_SOLUTION = 7000;
const MAX_DESCRIPTION = 1_048_576;
const SEVERITY = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
/** `2026-12-08T01:14:09`: the schema's pattern allows neither milliseconds nor a zone. */
export function gitlabTime(d) {
    return d.toISOString().slice(0, 19);
}
/** The 128-bit fingerprint as a UUID; anything else is hashed down to one first. */
export function fingerprintUuid(fingerprint) {
    const hex = /^[0-9a-f]{32}$/.test(fingerprint) ? fingerprint : createHash('sha256').update(fingerprint).digest('hex').slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
const clip = (s, max) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const isLive = (f) => f.resource.sourceKind === 'aws-live' || f.resource.sourceKind === 'alicloud-live';
const httpLinks = (refs) => refs.filter((r) => /^https?:\/\/.+/.test(r));
function description(f) {
    const parts = [f.message];
    const hops = f.evidence?.path;
    if (hops?.length)
        parts.push('', 'The way in from the internet:', ...hops.map((h, i) => `${i + 1}. ${h.kind} ${h.address}: ${h.detail}`));
    if (f.evidence?.missing?.length)
        parts.push('', `Not known from the input: ${f.evidence.missing.join('; ')}`);
    return clip(parts.join('\n'), MAX_DESCRIPTION);
}
function solution(f) {
    const parts = [f.remediation.text];
    if (f.remediation.snippet)
        parts.push('', f.remediation.snippet.code);
    return clip(parts.join('\n'), MAX_SOLUTION);
}
function location(f, options) {
    if (isLive(f)) {
        const record = liveRecord(options.liveLocations, f.resource.address);
        const loc = { class: f.resource.address };
        if (record)
            Object.assign(loc, { file: repositoryPath(record.file, options), start_line: record.line, end_line: record.line });
        return loc;
    }
    const loc = { file: repositoryPath(f.location.file, options), class: f.resource.address };
    if (f.location.startLine > 0)
        Object.assign(loc, { start_line: f.location.startLine, end_line: Math.max(f.location.endLine, f.location.startLine) });
    return loc;
}
function vulnerability(f, options) {
    const links = httpLinks(f.references);
    const identifier = { type: 'leakproof_rule_id', name: `leakproof ${f.ruleId}`, value: f.ruleId };
    if (links[0])
        identifier.url = links[0];
    const v = {
        id: fingerprintUuid(f.fingerprint),
        category: 'sast',
        name: clip(f.title, MAX_NAME),
        description: description(f),
        severity: SEVERITY[f.severity],
        solution: solution(f),
        identifiers: [identifier],
        location: location(f, options),
    };
    if (links.length > 0)
        v.links = links.map((url) => ({ url }));
    return v;
}
export function buildGitlabSast(report, options = {}) {
    const now = new Date();
    const all = sortFindings(report.findings);
    const findings = all.filter((f) => !f.suppressed);
    const messages = [];
    for (const e of report.errors)
        messages.push({ level: 'warn', value: `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}` });
    for (const n of report.notAssessed ?? [])
        messages.push({ level: 'warn', value: notAssessedText(n) });
    for (const c of report.policyChanges ?? [])
        messages.push({ level: c.origin === 'discovered' ? 'warn' : 'info', value: `${policyChangeText(c)} (${c.source.file}${c.source.line ? `:${c.source.line}` : ''})` });
    const omitted = all.length - findings.length;
    if (omitted > 0)
        messages.push({ level: 'info', value: `${omitted} suppressed finding${omitted === 1 ? ' is' : 's are'} left out (baseline, waivers, suppression comments)` });
    for (const note of report.notes)
        messages.push({ level: 'info', value: note });
    const url = options.informationUri ?? TOOL_INFORMATION_URI;
    const tool = { id: 'leakproof', name: 'leakproof', version: report.tool.version, vendor: { name: 'leakproof' }, url };
    return {
        version: GITLAB_SAST_SCHEMA_VERSION,
        schema: GITLAB_SAST_SCHEMA_URI,
        scan: {
            analyzer: tool,
            scanner: tool,
            type: 'sast',
            start_time: gitlabTime(options.startedAt ?? now),
            end_time: gitlabTime(options.finishedAt ?? now),
            // Part of the input unread (errors) or of an account unassessed: the scan did not do its whole job.
            status: report.errors.length > 0 || (report.notAssessed?.length ?? 0) > 0 ? 'failure' : 'success',
            messages: messages.filter((m) => m.value.length > 0),
        },
        vulnerabilities: findings.map((f) => vulnerability(f, options)),
    };
}
export function renderGitlabSast(report, options = {}) {
    return JSON.stringify(buildGitlabSast(report, options), null, 2) + '\n';
}
