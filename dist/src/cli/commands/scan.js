import { failsGate } from '../../findings/report.js';
import { renderReport } from '../../reporters/index.js';
import { repositoryRoot } from '../../reporters/repo-root.js';
import { scanAutomationId } from '../../reporters/sarif.js';
import { inventoryLocations } from '../../sources/live/inventory.js';
import { colorWanted, isQuiet, notice, printInputError } from '../terminal.js';
import { reportTargetsOf, writeReport } from './output.js';
import { printPolicyMessages, runScanWithPolicy } from './policy-run.js';
import { scanScope } from '../../history/run-input.js';
import { iacInventory } from '../../evidence/iac-inventory.js';
import { prepareRunOutputs, recordHistory, writeEvidence } from './run-outputs.js';
export async function runScanCommand(paths, options, argv = ['leakproof', 'scan', ...paths]) {
    const startedAt = new Date();
    // Bad --format values, an evidence folder that exists, an unusable key: all fail before the scan, not after it.
    const targets = reportTargetsOf(options);
    const prepared = prepareRunOutputs(options);
    const run = await runScanWithPolicy(paths, options, true);
    const report = run.outcome.report;
    const finished = {
        scope: scanScope(paths, options),
        report,
        rules: run.rules,
        ruleSet: run.ruleSet,
        config: run.config,
        startedAt,
        finishedAt: new Date(),
        argv,
        evidenceSource: 'scan',
        covered: { paths: paths.length ? paths : ['.'] },
        inventory: () => iacInventory(paths, {
            vars: options.var,
            varFiles: options.varFile,
            cloudFormation: { ...(options.region ? { region: options.region } : {}), parameters: options.parameter ?? [], parameterFiles: options.parameterFile ?? [] },
            plan: options.tfDir ? { tfDir: options.tfDir } : {},
        }),
    };
    const recorded = await recordHistory(finished, options);
    // Report paths are anchored at the repository root, wherever in it the scan was started.
    const cwd = process.cwd();
    const srcRoot = repositoryRoot(cwd);
    // Live findings of a saved inventory named on the command line point at their records in it.
    const live = report.findings.some((f) => f.resource.sourceKind === 'aws-live' || f.resource.sourceKind === 'alicloud-live');
    const liveLocations = live ? inventoryLocations(paths) : [];
    for (const target of targets) {
        const text = renderReport(target.format, report, {
            rules: run.rules,
            color: !target.output && colorWanted(process.stdout),
            showSuppressed: !!options.showSuppressed,
            verbose: !!options.verbose,
            srcRoot,
            cwd,
            includeSuppressed: !!options.sarifIncludeSuppressed,
            automationId: scanAutomationId(paths, cwd, srcRoot),
            ...(liveLocations.length ? { liveLocations } : {}),
            startedAt,
            finishedAt: finished.finishedAt,
            onWarning: (m) => notice(`warning: ${m}`),
            ...(recorded.history ? { history: recorded.history } : {}),
        });
        writeReport(text, target.output);
    }
    writeEvidence(finished, options, prepared, recorded.historyRunId);
    if (!isQuiet())
        printPolicyMessages(run, !!options.reportUnusedSuppressions);
    // One clear line per input error on stderr, whatever the report format. File names and
    // messages come from the scanned tree: control characters are shown, never sent to the terminal.
    for (const e of report.errors)
        printInputError(e);
    if (report.errors.length > 0)
        return 2;
    // A saved inventory that could not see everything must not pass as if it had.
    if (report.notAssessed?.length) {
        process.stderr.write(`leakproof: ${report.notAssessed.length} part(s) of the audited accounts were not assessed${options.allowPartial ? '' : '; exit code 2 (--allow-partial judges by findings alone)'}\n`);
        if (!options.allowPartial)
            return 2;
    }
    return failsGate(report.findings, options.failOn ?? run.config.failOn ?? 'high') ? 1 : 0;
}
