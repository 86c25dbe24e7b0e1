/**
 * What `scan` and `baseline` share: find and load the config, load and select
 * the rules, scan, and apply policy. Config problems are usage errors (exit 2),
 * reported with file:line.
 */
import path from 'node:path';
import { CATEGORIES } from '../../findings/finding.js';
import { evaluatePolicy } from '../../policy/apply.js';
import { readBaseline } from '../../policy/baseline.js';
import { configErrorText, resolveConfigOption } from './config-option.js';
import { ruleInfosOf } from './rule-infos.js';
import { ruleRuns, ruleSelected, unmatchedRuleSelectors } from '../../policy/rule-selection.js';
import { scanPaths } from '../../scan.js';
import { toRelative, walkInputs } from '../../sources/walk.js';
import { excludeProblem } from '../../sources/path-globs.js';
import { UsageError } from '../errors.js';
import { notice } from '../terminal.js';
import { userFileProblem } from '../../sources/shared/read-user-file.js';
import { parseSeverityList } from '../parse-options.js';
import { Progress } from '../progress.js';
import { loadRuleSet } from './load-rules.js';
import { buildResidencyPolicy, ResidencyOptionError } from '../../analysis/residency.js';
import { frameworkRuleFilter } from './framework-filter.js';
/** Rejects an unknown jurisdiction or region before anything is scanned (exit 2, no stack trace). */
function checkResidencyOptions(options) {
    try {
        buildResidencyPolicy(options);
    }
    catch (e) {
        if (e instanceof ResidencyOptionError)
            throw new UsageError(e.message);
        throw e;
    }
}
function filtersOf(options) {
    const categories = options.category ?? [];
    for (const c of categories)
        if (!CATEGORIES.includes(c))
            throw new UsageError(`unknown category '${c}' (expected ${CATEGORIES.join(', ')})`);
    return {
        ...(options.severity?.length ? { severities: parseSeverityList(options.severity.map((s) => s.toLowerCase())) } : {}),
        ...(categories.length ? { categories: categories } : {}),
        ...(options.rule?.length ? { rules: options.rule } : {}),
        ...(options.skipRule?.length ? { skipRules: options.skipRule } : {}),
    };
}
/**
 * The rules to run and the rules that count. Rules left out by --rule /
 * --skip-rule / --framework do not run at all. Rules the config disables run
 * too, so that policy can say how many findings the config hides; their
 * findings are dropped there and they are not listed as having run.
 */
function selectRules(ruleSet, config, filters, framework) {
    const inFramework = framework ? frameworkRuleFilter(framework) : () => true;
    const pick = (keep) => ({ rules: ruleSet.rules.filter((r) => keep(r.id)), declarative: ruleSet.declarative.filter((r) => keep(r.id)) });
    return {
        toRun: pick((id) => ruleSelected(id, filters) && inFramework(id)),
        counted: pick((id) => ruleRuns(id, config.rules, filters) && inFramework(id)),
    };
}
/** A --rule or --skip-rule that names no rule is a typo: it would select nothing, or skip nothing, without a word. */
function checkRuleSelectors(options, knownRuleIds) {
    for (const [flag, selectors] of [['--rule', options.rule ?? []], ['--skip-rule', options.skipRule ?? []]]) {
        const unknown = unmatchedRuleSelectors(selectors, knownRuleIds);
        if (unknown.length > 0)
            throw new UsageError(`${flag} ${unknown.map((g) => `'${g}'`).join(', ')} ${unknown.length === 1 ? 'matches' : 'match'} no known rule (run \`leakproof rules\` to list them)`);
    }
}
/** Baseline entries under one of the scanned paths; others were not looked at, so they are not "gone". */
function inScannedPaths(paths) {
    const cwd = process.cwd();
    const roots = (paths.length > 0 ? paths : ['.']).map((p) => toRelative(cwd, path.resolve(p)));
    return (entry) => roots.some((r) => r === '.' || entry.file === r || entry.file.startsWith(`${r}/`));
}
const COMMENT_FILE = /\.(tf|ya?ml|template)$/;
export async function runScanWithPolicy(paths, options, useBaseline) {
    // Files named on the command line fail at once (missing, a folder, a FIFO, a device, too big), before any scan.
    for (const [flag, files] of [['--var-file', options.varFile ?? []], ['--parameter-file', options.parameterFile ?? []]])
        for (const file of files) {
            const problem = userFileProblem(file, `${flag} ${file}:`);
            if (problem)
                throw new UsageError(problem.message);
        }
    const config = resolveConfigOption(options.config, paths, { trustConfig: !!options.trustConfig });
    const filters = filtersOf(options);
    const allRules = await loadRuleSet([...config.extraRules, ...options.rules]);
    const knownRuleIds = [...allRules.rules, ...allRules.declarative].map((r) => r.id);
    checkRuleSelectors(options, knownRuleIds);
    const { toRun, counted: ruleSet } = selectRules(allRules, config, filters, options.framework);
    const baselineFile = useBaseline ? (options.baseline ?? config.baseline) : undefined;
    // A baseline named only by a discovered config is the scanned tree's word too.
    const baselineOrigin = options.baseline === undefined ? (config.origin ?? 'command-line') : 'command-line';
    let baseline;
    if (baselineFile) {
        const read = readBaseline(baselineFile);
        if (!read.baseline)
            throw new UsageError(configErrorText(read.errors));
        baseline = { file: toRelative(process.cwd(), path.resolve(baselineFile)), baseline: read.baseline, inScope: inScannedPaths(paths), origin: baselineOrigin };
    }
    const residency = {
        allowedJurisdictions: options.allowedJurisdictions.length ? options.allowedJurisdictions : (config.residency.allowedJurisdictions ?? []),
        allowedRegions: options.allowedRegions.length ? options.allowedRegions : (config.residency.allowedRegions ?? []),
    };
    checkResidencyOptions(residency);
    // Each exclude names where it was written: an exclude from a discovered config is the scanned tree's word.
    const shownConfig = config.file ? toRelative(process.cwd(), config.file) : '.leakproof.yaml';
    const excludes = [
        ...(config.exclude ?? []).map((e) => ({
            pattern: e.pattern,
            origin: `${shownConfig}:${e.line}${config.origin === 'discovered' ? ', found in the scanned tree' : ''}`,
            ...(config.origin === 'discovered' ? { discovered: true } : {}),
        })),
        ...(options.exclude ?? []).map((pattern) => ({ pattern, origin: '--exclude' })),
    ];
    for (const e of excludes) {
        const problem = excludeProblem(e.pattern);
        if (problem)
            throw new UsageError(`${e.origin}: ${problem}`);
    }
    const progress = new Progress();
    progress.update(`scanning ${paths.length === 1 ? paths[0] : `${paths.length} paths`}`, true);
    let report;
    try {
        report = await scanPaths(paths, {
            ruleSet: toRun,
            vars: options.var,
            varFiles: options.varFile,
            cloudFormation: {
                ...(options.region ? { region: options.region } : {}),
                parameters: options.parameter ?? [],
                parameterFiles: options.parameterFile ?? [],
            },
            plan: options.tfDir ? { tfDir: options.tfDir } : {},
            residency,
            verbose: !!options.verbose,
            exclude: excludes,
            onProgress: (message) => progress.update(message),
        });
    }
    finally {
        progress.done();
    }
    const commentFiles = options.reportUnusedSuppressions
        ? walkInputs(paths.length > 0 ? paths : ['.'], { exclude: excludes }).units.flatMap((u) => u.files).filter((f) => COMMENT_FILE.test(f))
        : [];
    const outcome = evaluatePolicy(report, {
        config,
        filters,
        ...(baseline ? { baseline } : {}),
        commentFiles,
        knownRuleIds,
        ruleSeverities: Object.fromEntries([...allRules.rules, ...allRules.declarative].map((r) => [r.id, r.severity])),
        failOnFromCommandLine: options.failOn !== undefined,
    });
    if (options.reportUnusedSuppressions)
        outcome.report.notes.push(...outcome.unused.map((u) => `unused suppression: ${u.description}`));
    const rules = ruleInfosOf(ruleSet);
    return { config, rules, ruleSet, outcome };
}
/** Warnings, the baseline summary and (when asked) unused suppressions, on stderr. */
export function printPolicyMessages(run, reportUnused) {
    for (const w of run.outcome.warnings)
        notice(`warning: ${w}`);
    for (const w of run.outcome.report.warnings ?? [])
        notice(`warning: ${w}`);
    for (const line of run.outcome.discoveredSummary)
        notice(line);
    const b = run.outcome.baseline;
    if (b)
        notice(`baseline ${b.file}: ${b.matched} baselined finding${b.matched === 1 ? '' : 's'} still present, ${b.gone} gone (fixed)`);
    if (reportUnused)
        for (const u of run.outcome.unused)
            notice(`unused suppression: ${u.description}`);
}
