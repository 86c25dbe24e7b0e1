/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * - Every rule that ran is described in `tool.driver.rules`, with GitHub's
 *   `security-severity` (0–10) so alerts get the right severity.
 * - IaC findings point at a relative URI under `%SRCROOT%`; live findings
 *   (aws-live, alicloud-live) have no file and use `logicalLocations`.
 * - The reachability path becomes a code flow.
 * - Fix snippets are NOT emitted as SARIF `fixes`: a SARIF fix is an exact
 *   replacement of a byte/line region, and a remediation snippet is the
 *   corrected attribute or block, not a computed edit of the scanned file.
 *   The snippet goes into `properties.fix` and the message's markdown instead.
 * - Parts of a live account that could not be read (`notAssessed`) are
 *   warning-level tool execution notifications (descriptor LP-NOT-ASSESSED,
 *   described in `tool.driver.notifications`), counted in the invocation's
 *   `properties.notAssessed`: no result there does not mean the part passed.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, Severity } from '../findings/finding.js';
import { severityRank } from '../findings/finding.js';
import { sortFindings, type NotAssessed, type ScanReport } from '../findings/report.js';
import type { SourceLocation } from '../model/location.js';
import type { SourceKind } from '../model/source-resource.js';
import { markdownCodeBlock } from './escape.js';
import { rulesForReport, type RuleInfo } from './rule-info.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** Key under partialFingerprints; bump the version if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'leakproofFingerprint/v1';
/** Notification descriptor id of a part of a live account that was not assessed. */
export const NOT_ASSESSED_ID = 'LP-NOT-ASSESSED';

export interface SarifOptions {
  /** Every rule that ran (so rules without findings are described too). */
  rules?: RuleInfo[];
  /** Absolute folder that relative URIs are resolved against; recorded as %SRCROOT% when given. */
  srcRoot?: string;
  /** Where users read about rules when a rule has no reference of its own. */
  informationUri?: string;
}

/** GitHub: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

function level(s: Severity): Sarif.ReportingConfiguration.level {
  if (s === 'critical' || s === 'high') return 'error';
  if (s === 'medium') return 'warning';
  return 'note';
}

const isLive = (kind: SourceKind) => kind === 'aws-live' || kind === 'alicloud-live';

/** `db-publicly-accessible` → `DbPubliclyAccessible`: SARIF wants a readable identifier as the rule name. */
function pascalCase(slug: string): string {
  return slug
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

const isAbsolutePath = (file: string) => file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file);

function physicalLocation(loc: SourceLocation): Sarif.PhysicalLocation {
  const artifactLocation: Sarif.ArtifactLocation = isAbsolutePath(loc.file)
    ? { uri: pathToFileURL(loc.file).href }
    : { uri: relativeUri(loc.file), uriBaseId: SRCROOT };
  if (loc.startLine < 1) return { artifactLocation };
  const region: Sarif.Region = { startLine: loc.startLine, endLine: Math.max(loc.endLine, loc.startLine) };
  if (loc.startColumn && loc.startColumn > 0) region.startColumn = loc.startColumn;
  if (loc.endColumn && loc.endColumn > 0 && region.endLine === region.startLine && loc.endColumn >= (region.startColumn ?? 1)) region.endColumn = loc.endColumn;
  return { artifactLocation, region };
}

function liveLocation(name: string, fullyQualifiedName: string, kind = 'resource'): Sarif.Location {
  return { logicalLocations: [{ name, fullyQualifiedName, kind }] };
}

function findingLocation(f: Finding): Sarif.Location {
  if (isLive(f.resource.sourceKind)) return liveLocation(f.resource.address, f.location.file || f.resource.address);
  return { physicalLocation: physicalLocation(f.location) };
}

function codeFlows(f: Finding): Sarif.CodeFlow[] | undefined {
  const path = f.evidence?.path;
  if (!path?.length) return undefined;
  const live = isLive(f.resource.sourceKind);
  const locations: Sarif.ThreadFlowLocation[] = path.map((hop) => {
    const message = { text: `${hop.kind} ${hop.address}: ${hop.detail}` };
    if (!hop.loc) return { location: { message } };
    const where = live ? liveLocation(hop.address, hop.loc.file || hop.address) : { physicalLocation: physicalLocation(hop.loc) };
    return { location: { ...where, message } };
  });
  return [{ message: { text: 'The way in from the internet' }, threadFlows: [{ locations }] }];
}

function messageMarkdown(f: Finding): string {
  const parts = [f.message, '', `**Fix:** ${f.remediation.text}`];
  if (f.remediation.snippet) parts.push('', markdownCodeBlock(f.remediation.snippet.code, f.remediation.snippet.language));
  return parts.join('\n');
}

function suppressions(f: Finding): Sarif.Suppression[] | undefined {
  if (!f.suppressed) return undefined;
  const properties: Sarif.PropertyBag = { leakproofKind: f.suppressed.kind };
  if (f.suppressed.expires) properties.expires = f.suppressed.expires;
  return [{ kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: f.suppressed.reason, properties }];
}

function result(f: Finding, ruleIndex: number): Sarif.Result {
  const properties: Sarif.PropertyBag = {
    severity: f.severity,
    category: f.category,
    resource: f.resource.address,
    resourceType: f.resource.type,
    'security-severity': SECURITY_SEVERITY[f.severity],
  };
  if (f.resource.region) properties.region = f.resource.region;
  if (f.remediation.snippet) properties.fix = { language: f.remediation.snippet.language, code: f.remediation.snippet.code };
  if (f.evidence?.missing?.length) properties.unknownFacts = f.evidence.missing;
  if (f.evidence?.details && Object.keys(f.evidence.details).length > 0) properties.details = f.evidence.details;
  const out: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    kind: 'fail',
    level: level(f.severity),
    message: { text: f.message, markdown: messageMarkdown(f) },
    locations: [findingLocation(f)],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties,
  };
  const flows = codeFlows(f);
  if (flows) out.codeFlows = flows;
  const supp = suppressions(f);
  if (supp) out.suppressions = supp;
  return out;
}

/**
 * GitHub takes an alert's severity from its rule, not from the result. A finding
 * can be more severe than its rule's default (sensitive data, a config override),
 * so a rule is described with the highest severity it reported in this run.
 */
function effectiveSeverity(rule: RuleInfo, findings: Finding[]): Severity {
  let s = rule.severity;
  for (const f of findings) if (f.ruleId === rule.id && !f.suppressed && severityRank(f.severity) > severityRank(s)) s = f.severity;
  return s;
}

function descriptor(rule: RuleInfo, findings: Finding[], informationUri: string | undefined): Sarif.ReportingDescriptor {
  const severity = effectiveSeverity(rule, findings);
  const help = [rule.description, '', `**Fix:** ${rule.remediation}`];
  if (rule.references.length > 0) help.push('', ...rule.references.map((r) => `- ${r}`));
  const d: Sarif.ReportingDescriptor = {
    id: rule.id,
    name: pascalCase(rule.slug || rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description || rule.title },
    help: { text: `${rule.description}\nFix: ${rule.remediation}`, markdown: help.join('\n') },
    defaultConfiguration: { level: level(severity) },
    properties: {
      tags: ['security', rule.category, ...rule.frameworks],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[severity],
    },
  };
  const helpUri = rule.references.find((r) => /^https?:\/\//.test(r)) ?? informationUri;
  if (helpUri) d.helpUri = helpUri;
  return d;
}

function notifications(report: ScanReport): Sarif.Notification[] {
  const out: Sarif.Notification[] = report.errors.map((e) => {
    const n: Sarif.Notification = { level: 'error', message: { text: e.message } };
    if (e.file) {
      const loc: SourceLocation = { file: e.file, startLine: e.line ?? 0, endLine: e.line ?? 0 };
      if (e.column) loc.startColumn = e.column;
      n.locations = [{ physicalLocation: physicalLocation(loc) }];
    }
    return n;
  });
  for (const note of report.notes) out.push({ level: 'note', message: { text: note } });
  for (const n of report.notAssessed ?? []) out.push(notAssessedNotification(n));
  return out;
}

const NOT_ASSESSED_DESCRIPTOR: Sarif.ReportingDescriptor = {
  id: NOT_ASSESSED_ID,
  name: 'NotAssessed',
  shortDescription: { text: 'Part of a live account not assessed' },
  fullDescription: {
    text: 'This part of the account could not be read (access denied, a timeout, an opt-in region), so nothing in it was checked; no result there does not mean no problem.',
  },
  defaultConfiguration: { level: 'warning' },
};

/** One sentence naming the part and why, e.g. `Not assessed: aws account 1234 us-east-1 ec2: security groups (ec2:DescribeSecurityGroups) — AccessDenied`. */
export function notAssessedText(n: NotAssessed): string {
  return `Not assessed: ${n.provider} account ${n.account}, region ${n.region}, ${n.service}: ${n.scope}${n.apiCall ? ` (${n.apiCall})` : ''} — ${n.reason}`;
}

function notAssessedNotification(n: NotAssessed): Sarif.Notification {
  const properties: Sarif.PropertyBag = { provider: n.provider, account: n.account, region: n.region, service: n.service, scope: n.scope };
  if (n.apiCall) properties.apiCall = n.apiCall;
  properties.reason = n.reason;
  return { level: 'warning', descriptor: { id: NOT_ASSESSED_ID, index: 0 }, message: { text: notAssessedText(n) }, properties };
}

export function buildSarifLog(report: ScanReport, options: SarifOptions = {}): Sarif.Log {
  const findings = sortFindings(report.findings);
  const rules = rulesForReport(findings, options.rules);
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  const notAssessed = report.notAssessed?.length ?? 0;
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
        rules: rules.map((r) => descriptor(r, findings, options.informationUri)),
        ...(notAssessed > 0 ? { notifications: [NOT_ASSESSED_DESCRIPTOR] } : {}),
      },
    },
    invocations: [
      {
        executionSuccessful: report.errors.length === 0,
        toolExecutionNotifications: notifications(report),
        ...(notAssessed > 0 ? { properties: { notAssessed } } : {}),
      },
    ],
    results: findings.map((f) => result(f, indexOf.get(f.ruleId)!)),
    columnKind: 'utf16CodeUnits',
  };
  if (options.srcRoot) {
    const root = pathToFileURL(options.srcRoot).href;
    run.originalUriBaseIds = { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export function renderSarif(report: ScanReport, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarifLog(report, options), null, 2) + '\n';
}
