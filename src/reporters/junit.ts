/**
 * JUnit XML for GitLab (`artifacts:reports:junit`) and Jenkins (`junit` step).
 * One test suite per rule; one test case per rule and resource. A finding is a
 * failure carrying its message and location; a suppressed finding is a skipped
 * case with the reason; a rule with no finding is one passing case, so passes
 * show up too. Input errors are `<error>` cases in a suite of their own.
 * Parts of a live account that could not be read (`notAssessed`) are skipped
 * cases in a suite of their own, one per part, so a CI test view never counts
 * them as passed.
 */
import type { Finding } from '../findings/finding.js';
import { sortFindings, type NotAssessed, type ScanReport } from '../findings/report.js';
import { formatLocation } from '../model/location.js';
import { escapeXml } from './escape.js';
import { rulesForReport, type RuleInfo } from './rule-info.js';

export interface JunitOptions {
  rules?: RuleInfo[];
}

interface Case {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  body: string;
  failed: boolean;
  skipped: boolean;
  errored: boolean;
}

const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(String(value))}"`;

function findingText(f: Finding): string {
  const lines = [`${f.severity.toUpperCase()} ${f.ruleId} ${f.title}`, formatLocation(f.location), f.message];
  if (f.evidence?.path?.length) {
    lines.push('path:');
    f.evidence.path.forEach((hop, i) => lines.push(`  ${i + 1}. ${hop.kind} ${hop.address}: ${hop.detail}`));
  }
  if (f.evidence?.missing?.length) lines.push(`unknown: ${f.evidence.missing.join('; ')}`);
  lines.push(`fix: ${f.remediation.text}`);
  if (f.remediation.snippet) lines.push(f.remediation.snippet.code.trimEnd());
  return lines.join('\n');
}

/** A rule's findings on one resource become one case: failed if any counts, skipped if all are suppressed. */
function caseFor(ruleId: string, address: string, findings: Finding[]): Case {
  const active = findings.filter((f) => !f.suppressed);
  const first = (active[0] ?? findings[0])!;
  let body: string;
  if (active.length > 0) {
    const message = active.length === 1 ? first.message : `${active.length} findings: ${active.map((f) => f.message).join(' | ')}`;
    body = `<failure${attr('message', message)}${attr('type', first.severity)}>${escapeXml(active.map(findingText).join('\n\n'))}</failure>`;
  } else {
    const s = first.suppressed!;
    body = `<skipped${attr('message', `suppressed (${s.kind}): ${s.reason}`)}/>`;
  }
  return {
    name: address,
    classname: ruleId,
    file: first.location.file,
    ...(first.location.startLine > 0 ? { line: first.location.startLine } : {}),
    body,
    failed: active.length > 0,
    skipped: active.length === 0,
    errored: false,
  };
}

function renderSuite(name: string, cases: Case[]): string {
  const head =
    `  <testsuite${attr('name', name)}${attr('tests', cases.length)}${attr('failures', cases.filter((c) => c.failed).length)}` +
    `${attr('errors', cases.filter((c) => c.errored).length)}${attr('skipped', cases.filter((c) => c.skipped).length)}${attr('time', 0)}>`;
  const body = cases.map((c) => {
    const loc = (c.file ? attr('file', c.file) : '') + (c.line ? attr('line', c.line) : '');
    const open = `    <testcase${attr('name', c.name)}${attr('classname', c.classname)}${loc}${attr('time', 0)}`;
    return c.body ? `${open}>\n      ${c.body}\n    </testcase>` : `${open}/>`;
  });
  return [head, ...body, '  </testsuite>'].join('\n');
}

function notAssessedCase(n: NotAssessed): Case {
  const message = `not assessed${n.apiCall ? ` (${n.apiCall})` : ''}: ${n.reason}`;
  return {
    name: `${n.provider} account ${n.account} ${n.region} ${n.service}: ${n.scope}`,
    classname: 'leakproof.not-assessed',
    body: `<skipped${attr('message', message)}/>`,
    failed: false,
    skipped: true,
    errored: false,
  };
}

export function renderJunit(report: ScanReport, options: JunitOptions = {}): string {
  const findings = sortFindings(report.findings);
  const rules = rulesForReport(findings, options.rules);
  const suites: Array<{ name: string; cases: Case[] }> = [];
  for (const rule of rules) {
    const byResource = new Map<string, Finding[]>();
    for (const f of findings.filter((x) => x.ruleId === rule.id)) {
      const list = byResource.get(f.resource.address) ?? [];
      list.push(f);
      byResource.set(f.resource.address, list);
    }
    const cases = [...byResource.entries()].map(([address, list]) => caseFor(rule.id, address, list));
    if (cases.length === 0) cases.push({ name: 'no findings', classname: rule.id, body: '', failed: false, skipped: false, errored: false });
    suites.push({ name: `${rule.id} ${rule.title}`, cases });
  }
  if (report.errors.length > 0) {
    const cases: Case[] = report.errors.map((e) => {
      const where = `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`;
      return {
        name: where,
        classname: 'leakproof.input',
        file: e.file,
        ...(e.line ? { line: e.line } : {}),
        body: `<error${attr('message', e.message)}${attr('type', 'input-error')}>${escapeXml(`${where}: ${e.message}`)}</error>`,
        failed: false,
        skipped: false,
        errored: true,
      };
    });
    suites.push({ name: 'leakproof input errors', cases });
  }
  if (report.notAssessed?.length) suites.push({ name: 'leakproof not assessed', cases: report.notAssessed.map(notAssessedCase) });
  const all = suites.flatMap((s) => s.cases);
  const head =
    `<testsuites${attr('name', report.tool.name)}${attr('tests', all.length)}${attr('failures', all.filter((c) => c.failed).length)}` +
    `${attr('errors', all.filter((c) => c.errored).length)}${attr('skipped', all.filter((c) => c.skipped).length)}${attr('time', 0)}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => renderSuite(s.name, s.cases)), '</testsuites>', ''].join('\n');
}
