/**
 * The files of an evidence bundle, built in memory from a finished run:
 *
 *   README.md               what the bundle is and how to check it
 *   run.json                run metadata: tool, rule-set hash, times, command
 *                           line (secrets removed), what was covered and what
 *                           was not assessed — the only file with times in it
 *   inventory.json          what was scanned: IaC files with their hashes and
 *                           the resources read from them, or the saved live
 *                           inventory
 *   findings.json / .csv    every finding (suppressed ones marked), by the
 *                           JSON and CSV reporters
 *   waivers.json / .csv     the waivers in the config (reason, owner, expiry,
 *                           status, findings they suppress) and every other
 *                           suppression applied
 *   controls/summary.*      status counts per framework
 *   controls/<id>.csv / .md per framework, each control's status, why, and
 *                           the findings behind it
 *   MANIFEST.sha256         (added when written) every file's SHA-256
 *
 * Everything is sorted, so two runs over the same input give the same bytes
 * apart from the times in run.json (and so its line in the manifest).
 */
import { assessFramework, countStatuses } from '../compliance/control-status.js';
import { hasExpired, todayUtc } from '../policy/dates.js';
import { matchesGlob } from '../policy/glob.js';
import { formatLocation } from '../model/location.js';
import { csvCell } from '../reporters/escape.js';
import { renderCsv } from '../reporters/csv.js';
import { renderJson } from '../reporters/json.js';
import { controlsCsv, controlsMarkdown, summaryCsv, summaryMarkdown } from './control-pages.js';
import { commandLineText } from './command-line.js';
import { MANIFEST, SIGNATURE } from './manifest.js';
export const EVIDENCE_FORMAT = 1;
const json = (value) => JSON.stringify(value, null, 2) + '\n';
function waiverRecords(input) {
    const today = input.today ?? todayUtc();
    const findings = input.report.findings;
    const config = input.waivers
        .map((w) => ({
        rule: w.rule,
        resource: w.resource,
        reason: w.reason,
        owner: w.owner ?? null,
        expires: w.expires ?? null,
        status: hasExpired(w.expires, today) ? 'expired' : 'active',
        definedAt: `${w.file}:${w.line}`,
        findingsSuppressed: findings.filter((f) => f.suppressed?.kind === 'waiver' && matchesGlob(w.rule, f.ruleId) && matchesGlob(w.resource, f.resource.address)).length,
    }))
        .sort((a, b) => a.definedAt.localeCompare(b.definedAt, 'en', { numeric: true }));
    const applied = findings
        .filter((f) => !!f.suppressed)
        .map((f) => ({
        kind: f.suppressed.kind,
        ruleId: f.ruleId,
        resource: f.resource.address,
        location: formatLocation(f.location),
        reason: f.suppressed.reason,
        expires: f.suppressed.expires ?? null,
        fingerprint: f.fingerprint,
    }))
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
    return { config, applied };
}
function waiversCsv(records) {
    const header = ['kind', 'rule', 'resource', 'reason', 'owner', 'expires', 'status', 'defined_at', 'findings_suppressed', 'location', 'fingerprint'];
    const rows = [header.join(',')];
    for (const w of records.config)
        rows.push(['waiver', w.rule, w.resource, w.reason, w.owner ?? '', w.expires ?? '', w.status, w.definedAt, String(w.findingsSuppressed), '', ''].map(csvCell).join(','));
    for (const s of records.applied)
        if (s.kind !== 'waiver')
            rows.push([s.kind, s.ruleId, s.resource, s.reason, '', s.expires ?? '', 'applied', '', '1', s.location, s.fingerprint].map(csvCell).join(','));
    return rows.join('\r\n') + '\r\n';
}
function readme(input, summaries) {
    const covered = input.run.covered;
    const what = covered.paths ? `the paths ${covered.paths.join(', ')}` : `${covered.provider ?? 'a live'} account(s) ${covered.accounts?.join(', ') ?? ''} in ${covered.regions?.join(', ') ?? 'its regions'}`;
    return [
        '# leakproof evidence bundle',
        '',
        `Made by ${input.report.tool.name} ${input.report.tool.version} from a ${input.run.source} of ${what}.`,
        `Rule set ${input.rulesetHash} (${input.rules.length} rules). Run metadata, times and the command line are in run.json.`,
        '',
        `Findings: ${input.report.summary.findings} open, ${input.report.summary.suppressed} suppressed; ${input.report.errors.length} input errors; ${input.report.notAssessed?.length ?? 0} parts not assessed.`,
        '',
        'Frameworks (controls/summary.md):',
        ...summaries.map(({ framework, results }) => {
            const c = countStatuses(results);
            return `- ${framework.name} ${framework.version}: ${c.fail} fail, ${c['not assessed']} not assessed, ${c.waived} waived, ${c.pass} pass, ${c['not covered']} not covered`;
        }),
        '',
        'Check the bundle:',
        '',
        '    sha256sum -c MANIFEST.sha256',
        '    leakproof evidence verify . [--public-key KEY.pem]',
        '',
        `${MANIFEST} lists every file's SHA-256; ${SIGNATURE}, when present, is an Ed25519 signature of the manifest (base64).`,
        '',
    ].join('\n');
}
/** The bundle's files (without the manifest and signature), by relative path. */
export function buildBundleFiles(input) {
    const report = input.report;
    const coverage = {
        rules: input.rules.map((r) => ({ id: r.id, category: r.category })),
        notAssessed: report.notAssessed ?? [],
        inputErrors: report.errors.length,
        ...(input.providers ? { providers: input.providers } : {}),
    };
    const summaries = input.frameworks.map((framework) => ({ framework, results: assessFramework(framework, report.findings, coverage) }));
    const waivers = waiverRecords(input);
    const files = new Map();
    files.set('README.md', readme(input, summaries));
    files.set('run.json', json({
        leakproofEvidence: EVIDENCE_FORMAT,
        tool: report.tool,
        source: input.run.source,
        startedAt: input.run.startedAt ?? null,
        finishedAt: input.run.finishedAt ?? null,
        command: commandLineText(input.run.argv),
        argv: input.run.argv,
        covered: input.run.covered,
        historyRunId: input.run.historyRunId ?? null,
        ruleSet: { hash: input.rulesetHash, rules: input.rules.map((r) => r.id).sort() },
        config: input.configFile ?? null,
        summary: report.summary,
        inputErrors: report.errors,
        notAssessed: report.notAssessed ?? [],
        frameworks: summaries.map(({ framework, results }) => ({ id: framework.id, name: framework.name, version: framework.version, mapping: framework.file, controls: countStatuses(results) })),
    }));
    files.set('inventory.json', typeof input.inventory === 'string' ? input.inventory : json(input.inventory));
    files.set('findings.json', renderJson(report));
    files.set('findings.csv', renderCsv(report));
    files.set('waivers.json', json(waivers));
    files.set('waivers.csv', waiversCsv(waivers));
    files.set('controls/summary.csv', summaryCsv(summaries));
    files.set('controls/summary.md', summaryMarkdown(summaries));
    for (const { framework, results } of summaries) {
        files.set(`controls/${framework.id}.csv`, controlsCsv(results));
        files.set(`controls/${framework.id}.md`, controlsMarkdown(framework, results));
    }
    return new Map([...files].map(([p, text]) => [p, Buffer.from(text, 'utf8')]));
}
