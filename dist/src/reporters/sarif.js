/**
 * SARIF 2.1.0, shaped for what GitHub code scanning accepts and shows.
 *
 * - Every rule that ran is described in `tool.driver.rules`. Its
 *   `security-severity` (0–10) and level come from the rule's own severity,
 *   never from the findings of this run: GitHub reads an alert's severity
 *   from the rule, and a value that moved with each run would move every alert.
 * - GitHub ignores SARIF `suppressions`: a suppressed result is an open alert.
 *   So baselined, waived and inline-suppressed findings are left out (counted
 *   in `run.properties` and a note) unless `includeSuppressed` keeps them.
 * - Every result has a physical location, because GitHub rejects a file with
 *   a result without one. IaC findings point at their file and lines; live
 *   findings point at their record in the saved inventory (`liveLocations`)
 *   and keep the ARN / id as a logical location.
 * - URIs are relative to %SRCROOT% = the repository root (`srcRoot`), whatever
 *   folder the scan ran in (`cwd`); files outside the root are file:// URIs.
 * - `message.text` is the only text GitHub shows per alert: one line, the
 *   finding and its fix. The markdown adds the fix snippet.
 * - `automationDetails.id` names the scan scope (stable across runs), so
 *   several leakproof runs in one repository do not close each other's alerts.
 * - GitHub's upload limits are kept: at most MAX_RESULTS results and
 *   MAX_UPLOAD_BYTES once gzipped and base64-encoded. Beyond them the most
 *   severe results are kept; the cut is noted in the run and reported
 *   through `onWarning`.
 * - Fix snippets are NOT emitted as SARIF `fixes`: a SARIF fix is an exact
 *   replacement of a region, and a snippet is the corrected block, not a
 *   computed edit of the scanned file. It goes into `properties.fix` instead.
 * - Parts of a live account that could not be read (`notAssessed`) are
 *   warning-level tool execution notifications (descriptor LP-NOT-ASSESSED),
 *   counted in the invocation's `properties.notAssessed`: no result there
 *   does not mean the part passed.
 * - Policy changes (rules disabled, severities lowered, waivers, suppression
 *   comments...) are tool configuration notifications (descriptor
 *   LP-POLICY-CHANGE), located where they are written: policy found in a
 *   scanned pull request must be visible to its reviewer.
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { sortFindings } from '../findings/report.js';
import { markdownCodeBlock } from './escape.js';
import { liveRecord, rootRelative } from './repo-root.js';
import { rulesForReport } from './rule-info.js';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** Key under partialFingerprints; bump the version if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'leakproofFingerprint/v1';
/** Notification descriptor id of a part of a live account that was not assessed. */
export const NOT_ASSESSED_ID = 'LP-NOT-ASSESSED';
/** Notification descriptor id of a change made by policy (config, waivers, comments, baseline). */
export const POLICY_CHANGE_ID = 'LP-POLICY-CHANGE';
/** Where users learn about the tool (`tool.driver.informationUri`) unless the caller names another. */
export const TOOL_INFORMATION_URI = 'https://github.com/leakproof/leakproof';
/** GitHub stores at most 5,000 results a run (and rejects more than 25,000), without a reliable order: we choose which. */
export const MAX_RESULTS = 5000;
/** GitHub rejects an upload over 10 MB, measured gzipped and base64-encoded as upload-sarif sends it. */
export const MAX_UPLOAD_BYTES = 10_000_000;
/** GitHub keeps 10 tags a rule (20 at most); the rest are in `properties.frameworks`. */
const MAX_TAGS = 10;
/** GitHub: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
function level(s) {
    if (s === 'critical' || s === 'high')
        return 'error';
    if (s === 'medium')
        return 'warning';
    return 'note';
}
const isLive = (kind) => kind === 'aws-live' || kind === 'alicloud-live';
/** `db-publicly-accessible` → `DbPubliclyAccessible`: SARIF wants a readable identifier as the rule name. */
function pascalCase(slug) {
    return slug
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function relativeUri(file) {
    return file
        .replace(/\\/g, '/')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/** One line: GitHub shows message.text as plain text, and a newline in it would cut the message. */
const oneLine = (s) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
/**
 * `leakproof/scan/<paths>/`: GitHub takes the part up to the last `/` as the
 * analysis category, so the id is the scope alone (paths from the repository
 * root, sorted) and stays the same from run to run.
 */
export function scanAutomationId(paths, cwd, root) {
    const scope = (paths.length ? paths : ['.']).map((p) => rootRelative(p, cwd, root) ?? path.resolve(cwd, p).split(path.sep).join('/'));
    const cleaned = [...new Set(scope.map((p) => p.replace(/\/+$/, '') || '.'))].sort();
    return `leakproof/scan/${cleaned.join(',')}/`;
}
/** `leakproof/audit/aws/<accounts>/`: one category per provider and set of accounts. */
export function auditAutomationId(provider, accounts) {
    const list = [...new Set(accounts)].sort().join(',') || 'none';
    return `leakproof/audit/${provider}/${list}/`;
}
class Locator {
    root;
    cwd;
    constructor(options) {
        if (options.srcRoot)
            this.root = path.resolve(options.srcRoot);
        this.cwd = options.cwd ? path.resolve(options.cwd) : this.root;
    }
    artifact(file) {
        const absolute = path.isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file);
        if (this.root && this.cwd) {
            const rel = rootRelative(file, this.cwd, this.root);
            if (rel !== undefined)
                return { uri: relativeUri(rel), uriBaseId: SRCROOT };
            return { uri: pathToFileURL(path.resolve(this.cwd, file)).href };
        }
        return absolute ? { uri: pathToFileURL(file).href } : { uri: relativeUri(file), uriBaseId: SRCROOT };
    }
    physical(loc) {
        const artifactLocation = this.artifact(loc.file);
        if (loc.startLine < 1)
            return { artifactLocation };
        const region = { startLine: loc.startLine, endLine: Math.max(loc.endLine, loc.startLine) };
        if (loc.startColumn && loc.startColumn > 0)
            region.startColumn = loc.startColumn;
        if (loc.endColumn && loc.endColumn > 0 && region.endLine === region.startLine && loc.endColumn >= (region.startColumn ?? 1))
            region.endColumn = loc.endColumn;
        return { artifactLocation, region };
    }
}
function logical(name, fullyQualifiedName, kind = 'resource') {
    return [{ name, fullyQualifiedName, kind }];
}
/** A live resource: its record in the inventory (when known) and its ARN / id. */
function liveLocation(at, live, address, fqn) {
    const record = liveRecord(live, address);
    const loc = { logicalLocations: logical(address, fqn) };
    if (record)
        loc.physicalLocation = at.physical({ file: record.file, startLine: record.line, endLine: record.line });
    return loc;
}
function findingLocation(f, at, live) {
    if (isLive(f.resource.sourceKind))
        return liveLocation(at, live, f.resource.address, f.location.file || f.resource.address);
    return { physicalLocation: at.physical(f.location) };
}
function codeFlows(f, at, live) {
    const hops = f.evidence?.path;
    if (!hops?.length)
        return undefined;
    const isLiveFinding = isLive(f.resource.sourceKind);
    const locations = hops.map((hop) => {
        const message = { text: `${hop.kind} ${hop.address}: ${hop.detail}` };
        if (!hop.loc)
            return { location: { message } };
        const where = isLiveFinding ? liveLocation(at, live, hop.address, hop.loc.file || hop.address) : { physicalLocation: at.physical(hop.loc) };
        return { location: { ...where, message } };
    });
    return [{ message: { text: 'The way in from the internet' }, threadFlows: [{ locations }] }];
}
function messageMarkdown(f) {
    const parts = [f.message, '', `**Fix:** ${f.remediation.text}`];
    if (f.remediation.snippet)
        parts.push('', markdownCodeBlock(f.remediation.snippet.code, f.remediation.snippet.language));
    return parts.join('\n');
}
function suppressions(f) {
    if (!f.suppressed)
        return undefined;
    const properties = { leakproofKind: f.suppressed.kind };
    if (f.suppressed.expires)
        properties.expires = f.suppressed.expires;
    return [{ kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: f.suppressed.reason, properties }];
}
function result(f, ruleIndex, at, live) {
    const properties = {
        severity: f.severity,
        category: f.category,
        resource: f.resource.address,
        resourceType: f.resource.type,
        'security-severity': SECURITY_SEVERITY[f.severity],
    };
    if (f.resource.region)
        properties.region = f.resource.region;
    if (f.remediation.snippet)
        properties.fix = { language: f.remediation.snippet.language, code: f.remediation.snippet.code };
    if (f.evidence?.missing?.length)
        properties.unknownFacts = f.evidence.missing;
    if (f.evidence?.details && Object.keys(f.evidence.details).length > 0)
        properties.details = f.evidence.details;
    const out = {
        ruleId: f.ruleId,
        ruleIndex,
        kind: 'fail',
        level: level(f.severity),
        message: { text: `${oneLine(f.message).replace(/[.\s]+$/, '')}. Fix: ${oneLine(f.remediation.text)}`, markdown: messageMarkdown(f) },
        locations: [findingLocation(f, at, live)],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties,
    };
    const flows = codeFlows(f, at, live);
    if (flows)
        out.codeFlows = flows;
    const supp = suppressions(f);
    if (supp)
        out.suppressions = supp;
    return out;
}
function descriptor(rule, informationUri) {
    const help = [rule.description, '', `**Fix:** ${rule.remediation}`];
    if (rule.references.length > 0)
        help.push('', ...rule.references.map((r) => `- ${r}`));
    const tags = [...new Set(['security', rule.category, ...rule.frameworks])];
    const properties = {
        tags: tags.slice(0, MAX_TAGS),
        precision: 'high',
        'security-severity': SECURITY_SEVERITY[rule.severity],
    };
    if (tags.length > MAX_TAGS)
        properties.frameworks = rule.frameworks;
    const d = {
        id: rule.id,
        name: pascalCase(rule.slug || rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description || rule.title },
        help: { text: `${rule.description}\nFix: ${rule.remediation}`, markdown: help.join('\n') },
        defaultConfiguration: { level: level(rule.severity) },
        helpUri: rule.references.find((r) => /^https?:\/\//.test(r)) ?? informationUri,
        properties,
    };
    return d;
}
const NOT_ASSESSED_DESCRIPTOR = {
    id: NOT_ASSESSED_ID,
    name: 'NotAssessed',
    shortDescription: { text: 'Part of a live account not assessed' },
    fullDescription: {
        text: 'This part of the account could not be read (access denied, a timeout, an opt-in region), so nothing in it was checked; no result there does not mean no problem.',
    },
    defaultConfiguration: { level: 'warning' },
};
const POLICY_CHANGE_DESCRIPTOR = {
    id: POLICY_CHANGE_ID,
    name: 'PolicyChange',
    shortDescription: { text: 'Policy turned findings off or down' },
    fullDescription: {
        text: 'A configuration, waiver, suppression comment or baseline disabled rules, lowered severities or the fail-on threshold, or silenced findings. Policy found inside the scanned tree is the tree\'s own word: review it.',
    },
    defaultConfiguration: { level: 'warning' },
};
/** One sentence naming the part and why, e.g. `Not assessed: aws account 1234 us-east-1 ec2: security groups (ec2:DescribeSecurityGroups) — AccessDenied`. */
export function notAssessedText(n) {
    return `Not assessed: ${n.provider} account ${n.account}, region ${n.region}, ${n.service}: ${n.scope}${n.apiCall ? ` (${n.apiCall})` : ''} — ${n.reason}`;
}
function notAssessedNotification(n) {
    const properties = { provider: n.provider, account: n.account, region: n.region, service: n.service, scope: n.scope };
    if (n.apiCall)
        properties.apiCall = n.apiCall;
    properties.reason = n.reason;
    return { level: 'warning', descriptor: { id: NOT_ASSESSED_ID, index: 0 }, message: { text: notAssessedText(n) }, properties };
}
/** `Policy change (found in the scanned tree): rules LP-FW-* disabled — 3 findings`. */
export function policyChangeText(c) {
    const origin = c.origin === 'discovered' ? 'found in the scanned tree' : 'from the command line';
    return `Policy change (${origin}): ${oneLine(c.description)} — ${c.findings} finding${c.findings === 1 ? '' : 's'} affected`;
}
function policyNotification(c, index, at) {
    const n = {
        // Policy from the scanned tree is what a reviewer must look at; the user's own flags are information.
        level: c.origin === 'discovered' ? 'warning' : 'note',
        descriptor: { id: POLICY_CHANGE_ID, index },
        message: { text: policyChangeText(c) },
        properties: { kind: c.kind, origin: c.origin, findings: c.findings },
    };
    if (c.source.file)
        n.locations = [{ physicalLocation: at.physical({ file: c.source.file, startLine: c.source.line ?? 0, endLine: c.source.line ?? 0 }) }];
    return n;
}
function notifications(report, at) {
    const out = report.errors.map((e) => {
        const n = { level: 'error', message: { text: e.message } };
        if (e.file) {
            const loc = { file: e.file, startLine: e.line ?? 0, endLine: e.line ?? 0 };
            if (e.column)
                loc.startColumn = e.column;
            n.locations = [{ physicalLocation: at.physical(loc) }];
        }
        return n;
    });
    for (const note of report.notes)
        out.push({ level: 'note', message: { text: note } });
    for (const n of report.notAssessed ?? [])
        out.push(notAssessedNotification(n));
    return out;
}
function buildRun(report, options, findings, cut, omittedSuppressed) {
    const at = new Locator(options);
    const informationUri = options.informationUri ?? TOOL_INFORMATION_URI;
    const rules = rulesForReport(report.findings, options.rules);
    const indexOf = new Map(rules.map((r, i) => [r.id, i]));
    const notAssessed = report.notAssessed?.length ?? 0;
    const changes = report.policyChanges ?? [];
    const descriptors = [];
    if (notAssessed > 0)
        descriptors.push(NOT_ASSESSED_DESCRIPTOR);
    const policyIndex = descriptors.length;
    if (changes.length > 0)
        descriptors.push(POLICY_CHANGE_DESCRIPTOR);
    const execution = notifications(report, at);
    if (omittedSuppressed > 0)
        execution.push({
            level: 'note',
            message: {
                text: `${omittedSuppressed} suppressed finding${omittedSuppressed === 1 ? ' is' : 's are'} left out (baseline, waivers, suppression comments): GitHub code scanning does not honour SARIF suppressions; --sarif-include-suppressed keeps them`,
            },
        });
    if (cut)
        execution.push({ level: 'warning', message: { text: cut.reason } });
    const invocation = {
        executionSuccessful: report.errors.length === 0,
        toolExecutionNotifications: execution,
    };
    if (changes.length > 0)
        invocation.toolConfigurationNotifications = changes.map((c) => policyNotification(c, policyIndex, at));
    const invocationProperties = {};
    if (notAssessed > 0)
        invocationProperties.notAssessed = notAssessed;
    if (changes.length > 0)
        invocationProperties.policyChanges = changes.length;
    if (Object.keys(invocationProperties).length > 0)
        invocation.properties = invocationProperties;
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                version: report.tool.version,
                semanticVersion: report.tool.version,
                informationUri,
                rules: rules.map((r) => descriptor(r, informationUri)),
                ...(descriptors.length > 0 ? { notifications: descriptors } : {}),
            },
        },
        invocations: [invocation],
        results: findings.map((f) => result(f, indexOf.get(f.ruleId), at, options.liveLocations)),
        columnKind: 'utf16CodeUnits',
    };
    if (options.automationId)
        run.automationDetails = { id: options.automationId };
    if (options.srcRoot) {
        const root = pathToFileURL(path.resolve(options.srcRoot)).href;
        run.originalUriBaseIds = { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } };
    }
    const runProperties = {};
    if (omittedSuppressed > 0)
        runProperties.suppressedOmitted = omittedSuppressed;
    if (cut)
        runProperties.resultsTruncated = { total: cut.total, kept: cut.kept, reason: cut.reason };
    if (Object.keys(runProperties).length > 0)
        run.properties = runProperties;
    return run;
}
const logOf = (run) => ({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] });
const serialise = (log) => JSON.stringify(log, null, 2) + '\n';
const uploadSize = (text) => Math.ceil(gzipSync(text).length / 3) * 4;
function cutText(total, kept, why) {
    return `${total - kept} of ${total} results left out to stay within GitHub code scanning's ${why}; the ${kept} most severe are kept (the JSON report has them all)`;
}
/** The log and its text, within the result-count and upload-size limits. */
function build(report, options) {
    const all = sortFindings(report.findings);
    const findings = options.includeSuppressed ? all : all.filter((f) => !f.suppressed);
    const omitted = all.length - findings.length;
    const maxResults = options.limits?.maxResults ?? MAX_RESULTS;
    const maxBytes = options.limits?.maxUploadBytes ?? MAX_UPLOAD_BYTES;
    // sortFindings puts the most severe first, so a cut keeps a prefix.
    let kept = Math.min(findings.length, maxResults);
    let why = kept < findings.length ? `limit of ${maxResults} results a run` : '';
    let log = logOf(buildRun(report, options, findings.slice(0, kept), why ? { total: findings.length, kept, reason: cutText(findings.length, kept, why) } : undefined, omitted));
    let text = serialise(log);
    while (uploadSize(text) > maxBytes && kept > 0) {
        // Shrink in proportion to the excess (with a margin) rather than one result at a time.
        const ratio = maxBytes / uploadSize(text);
        kept = Math.max(0, Math.min(kept - 1, Math.floor(kept * ratio * 0.95)));
        why = `upload limit of ${maxBytes} bytes (gzipped, base64)`;
        log = logOf(buildRun(report, options, findings.slice(0, kept), { total: findings.length, kept, reason: cutText(findings.length, kept, why) }, omitted));
        text = serialise(log);
    }
    if (kept < findings.length)
        options.onWarning?.(`SARIF: ${cutText(findings.length, kept, why)}`);
    return { log, text };
}
export function buildSarifLog(report, options = {}) {
    return build(report, options).log;
}
export function renderSarif(report, options = {}) {
    return build(report, options).text;
}
