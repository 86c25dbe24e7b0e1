import { sortFindings } from '../findings/report.js';
import { formatLocation } from '../model/location.js';
import { escapeControl as t, escapeControlKeepLines, escapeXml, escapeXmlLines } from './escape.js';
import { rulesForReport } from './rule-info.js';
const attr = (name, value) => ` ${name}="${escapeXml(String(value))}"`;
function findingText(f) {
    const lines = [`${f.severity.toUpperCase()} ${t(f.ruleId)} ${t(f.title)}`, t(formatLocation(f.location)), t(f.message)];
    if (f.evidence?.path?.length) {
        lines.push('path:');
        f.evidence.path.forEach((hop, i) => lines.push(`  ${i + 1}. ${t(hop.kind)} ${t(hop.address)}: ${t(hop.detail)}`));
    }
    if (f.evidence?.missing?.length)
        lines.push(`unknown: ${t(f.evidence.missing.join('; '))}`);
    lines.push(`fix: ${t(f.remediation.text)}`);
    if (f.remediation.snippet)
        lines.push(escapeControlKeepLines(f.remediation.snippet.code).trimEnd());
    return lines.join('\n');
}
/** A rule's findings on one resource become one case: failed if any counts, skipped if all are suppressed. */
function caseFor(ruleId, address, findings) {
    const active = findings.filter((f) => !f.suppressed);
    const first = (active[0] ?? findings[0]);
    let body;
    if (active.length > 0) {
        const message = active.length === 1 ? first.message : `${active.length} findings: ${active.map((f) => f.message).join(' | ')}`;
        body = `<failure${attr('message', message)}${attr('type', first.severity)}>${escapeXmlLines(active.map(findingText).join('\n\n'))}</failure>`;
    }
    else {
        const s = first.suppressed;
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
function renderSuite(name, cases) {
    const head = `  <testsuite${attr('name', name)}${attr('tests', cases.length)}${attr('failures', cases.filter((c) => c.failed).length)}` +
        `${attr('errors', cases.filter((c) => c.errored).length)}${attr('skipped', cases.filter((c) => c.skipped).length)}${attr('time', 0)}>`;
    const body = cases.map((c) => {
        const loc = (c.file ? attr('file', c.file) : '') + (c.line ? attr('line', c.line) : '');
        const open = `    <testcase${attr('name', c.name)}${attr('classname', c.classname)}${loc}${attr('time', 0)}`;
        return c.body ? `${open}>\n      ${c.body}\n    </testcase>` : `${open}/>`;
    });
    return [head, ...body, '  </testsuite>'].join('\n');
}
function notAssessedCase(n) {
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
function policyCase(p) {
    const where = `${p.source.file}${p.source.line ? `:${p.source.line}` : ''}`;
    const affected = p.findings === 0 ? 'no findings affected' : `${p.findings} finding${p.findings === 1 ? '' : 's'} affected`;
    const by = p.origin === 'discovered' ? 'policy found in the scanned tree' : 'policy from the command line';
    return {
        name: `${p.kind}: ${p.description}`,
        classname: `leakproof.policy.${p.origin}`,
        file: p.source.file,
        ...(p.source.line ? { line: p.source.line } : {}),
        body: `<skipped${attr('message', `${by}, ${where}: ${p.description} (${affected})`)}/>`,
        failed: false,
        skipped: true,
        errored: false,
    };
}
function skippedCases(entries) {
    const kinds = [...new Set(entries.map((e) => e.kind))].sort();
    return kinds.map((kind) => {
        const list = entries.filter((e) => e.kind === kind);
        const lines = list.map((e) => `${t(e.path)}: ${t(e.reason)}`).join('\n');
        return {
            name: `${list.length} ${kind} entr${list.length === 1 ? 'y' : 'ies'} not scanned`,
            classname: 'leakproof.skipped',
            body: `<skipped${attr('message', `${list.length} ${kind} entr${list.length === 1 ? 'y' : 'ies'} passed over by the walker`)}/>\n      <system-out>${escapeXmlLines(lines)}</system-out>`,
            failed: false,
            skipped: true,
            errored: false,
        };
    });
}
export function renderJunit(report, options = {}) {
    const findings = sortFindings(report.findings);
    const rules = rulesForReport(findings, options.rules);
    const suites = [];
    for (const rule of rules) {
        const byResource = new Map();
        for (const f of findings.filter((x) => x.ruleId === rule.id)) {
            const list = byResource.get(f.resource.address) ?? [];
            list.push(f);
            byResource.set(f.resource.address, list);
        }
        const cases = [...byResource.entries()].map(([address, list]) => caseFor(rule.id, address, list));
        if (cases.length === 0)
            cases.push({ name: 'no findings', classname: rule.id, body: '', failed: false, skipped: false, errored: false });
        suites.push({ name: `${rule.id} ${rule.title}`, cases });
    }
    if (report.errors.length > 0) {
        const cases = report.errors.map((e) => {
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
    if (report.notAssessed?.length)
        suites.push({ name: 'leakproof not assessed', cases: report.notAssessed.map(notAssessedCase) });
    const changes = report.policyChanges ?? [];
    if (changes.length > 0)
        suites.push({
            name: 'leakproof policy changes',
            cases: [...changes.filter((p) => p.origin === 'discovered'), ...changes.filter((p) => p.origin !== 'discovered')].map(policyCase),
        });
    if (report.skipped?.length)
        suites.push({ name: 'leakproof skipped entries', cases: skippedCases(report.skipped) });
    const all = suites.flatMap((s) => s.cases);
    const head = `<testsuites${attr('name', report.tool.name)}${attr('tests', all.length)}${attr('failures', all.filter((c) => c.failed).length)}` +
        `${attr('errors', all.filter((c) => c.errored).length)}${attr('skipped', all.filter((c) => c.skipped).length)}${attr('time', 0)}>`;
    return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => renderSuite(s.name, s.cases)), '</testsuites>', ''].join('\n');
}
