/**
 * From a finished scan or audit to the run the history records: its scope
 * (what it was over, and which rules were selected), and each finding's
 * fingerprint, rule, severity, place and suppression.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { formatLocation } from '../model/location.js';
function selectionText(s) {
    const parts = [];
    const list = (name, v) => v?.length && parts.push(`--${name} ${[...v].sort().join(',')}`);
    list('rule', s.rule);
    list('skip-rule', s.skipRule);
    list('severity', s.severity);
    list('category', s.category);
    list('rules', s.rules);
    if (s.framework)
        parts.push(`--framework ${s.framework.toLowerCase()}`);
    return parts.join(' ');
}
function scopeOf(kind, targets, selection) {
    const sel = selectionText(selection);
    const label = `${kind} ${targets.join(' ')}${sel ? ` ${sel}` : ''}`;
    const key = createHash('sha256').update(JSON.stringify({ kind, targets, sel })).digest('hex').slice(0, 16);
    return { key, label, kind };
}
/**
 * A scan's scope: its paths relative to the working directory (so CI
 * checkouts in different folders share history), sorted.
 */
export function scanScope(paths, selection, cwd = process.cwd()) {
    const targets = (paths.length ? paths : ['.']).map((p) => path.relative(cwd, path.resolve(cwd, p)).split(path.sep).join('/') || '.');
    return scopeOf('scan', [...new Set(targets)].sort(), selection);
}
/** A live audit's scope: provider, accounts and regions as asked for (`all` stays `all`). */
export function auditScope(provider, accounts, regions, selection) {
    const acc = accounts.length ? [...accounts].sort().join(',') : 'default-account';
    const reg = regions.length ? [...regions].sort().join(',') : 'default-regions';
    return scopeOf('audit', [provider, acc, reg], selection);
}
/** A new run id: the finish time and a random suffix, so ids sort by time and never clash. */
export function newRunId(finishedAt = new Date()) {
    const stamp = finishedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${randomBytes(3).toString('hex')}`;
}
export function seenFinding(f) {
    return {
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        title: f.title,
        resource: f.resource.address,
        location: formatLocation(f.location),
        provider: f.resource.provider,
        ...(f.resource.account ? { account: f.resource.account } : {}),
        ...(f.resource.region ? { region: f.resource.region } : {}),
        ...(f.suppressed ? { suppression: f.suppressed.kind } : {}),
    };
}
