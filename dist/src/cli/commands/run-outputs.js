import path from 'node:path';
import { rulesetHash } from '../../engine/ruleset-hash.js';
import { builtinFrameworks } from '../../compliance/rule-controls.js';
import { buildBundleFiles } from '../../evidence/bundle.js';
import { redactCommandLine } from '../../evidence/command-line.js';
import { readPrivateKey, SigningKeyError } from '../../evidence/signature.js';
import { checkEvidenceTarget, EvidenceTargetError, writeBundle } from '../../evidence/write-bundle.js';
import { isPostgresUrl } from '../../history/open-history.js';
import { historyTarget, recordRun, shownHistory } from '../../history/record-run.js';
import { UsageError } from '../errors.js';
import { notice } from '../terminal.js';
/** The command line after the program name, from the root command that parsed it. */
export function invocationArgs(command) {
    let root = command;
    while (root?.parent)
        root = root.parent;
    const raw = root?.rawArgs ?? process.argv;
    return ['leakproof', ...raw.slice(2)];
}
/** Fails fast (exit 2) on an evidence target that exists or a signing key that cannot be used. */
export function prepareRunOutputs(options) {
    if (options.signKey && !options.evidence)
        throw new UsageError('--sign-key signs an evidence bundle: give --evidence DIR too');
    if (options.evidence === '-')
        throw new UsageError('an evidence bundle is a folder or a .tar.gz file, not stdout: give --evidence DIR or FILE.tar.gz');
    try {
        if (options.evidence)
            checkEvidenceTarget(options.evidence);
        return options.signKey ? { signingKey: readPrivateKey(options.signKey) } : {};
    }
    catch (e) {
        if (e instanceof EvidenceTargetError || e instanceof SigningKeyError)
            throw new UsageError(e.message);
        throw e;
    }
}
/**
 * The `history:` of the config, if it may be used. A config found in the
 * scanned tree was written by whoever wrote the tree (in CI, an unreviewed
 * pull request): it may keep a SQLite file inside its own folder, but never
 * send the findings to a database server or write elsewhere on the machine.
 */
export function configHistory(config, trusted = false) {
    if (!config.history)
        return undefined;
    if (config.origin !== 'discovered' || trusted)
        return config.history;
    const dir = config.file ? path.dirname(config.file) : process.cwd();
    const rel = path.relative(dir, config.history);
    const inside = !isPostgresUrl(config.history) && rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && !rel.split(path.sep).includes('.git');
    if (inside)
        return config.history;
    const shownConfig = config.file ? path.relative(process.cwd(), config.file) || config.file : '.leakproof.yaml';
    notice(`warning: ${shownConfig}: history ${shownHistory(config.history)} ignored: a config found in the scanned tree may only name a SQLite file inside its own folder (--config FILE or --trust-config to use it)`);
    return undefined;
}
/** The history this run records in: scans only when asked, audits by default (and say where, once). */
export function runHistory(run, options) {
    // The config is consulted (and may warn) only when the command line and the environment say nothing.
    const named = options.history !== undefined || !!process.env.LEAKPROOF_HISTORY;
    const choice = historyTarget({
        option: options.history,
        config: named ? undefined : configHistory(run.config, !!options.trustConfig),
        useDefault: run.evidenceSource === 'audit',
    });
    if (choice?.from === 'default')
        notice(`run history: ${choice.target} (--history names another, --no-history records nothing)`);
    return choice;
}
export async function recordHistory(run, options) {
    const choice = runHistory(run, options);
    if (!choice)
        return {};
    const outcome = await recordRun({
        target: choice.target,
        scope: run.scope,
        report: run.report,
        rules: run.rules.map((r) => r.id),
        rulesetHash: rulesetHash(run.ruleSet, run.report.tool.version),
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
    });
    if (outcome.warning)
        notice(`warning: ${outcome.warning}`);
    return { ...(outcome.section ? { history: outcome.section } : {}), ...(outcome.run ? { historyRunId: outcome.run.id } : {}) };
}
export function writeEvidence(run, options, prepared, historyRunId) {
    if (!options.evidence)
        return;
    const { inventory, providers } = run.inventory();
    const files = buildBundleFiles({
        run: {
            source: run.evidenceSource,
            argv: redactCommandLine(run.argv),
            startedAt: run.startedAt.toISOString(),
            finishedAt: run.finishedAt.toISOString(),
            covered: run.covered,
            ...(historyRunId ? { historyRunId } : {}),
        },
        report: run.report,
        rules: run.rules,
        rulesetHash: rulesetHash(run.ruleSet, run.report.tool.version),
        inventory,
        ...(providers ? { providers } : {}),
        waivers: run.config.waivers,
        ...(run.config.file ? { configFile: path.relative(process.cwd(), run.config.file).split(path.sep).join('/') } : {}),
        frameworks: builtinFrameworks(),
    });
    try {
        writeBundle(options.evidence, files, { ...(prepared.signingKey ? { signingKey: prepared.signingKey } : {}), mtime: run.finishedAt });
    }
    catch (e) {
        if (e instanceof EvidenceTargetError)
            throw new UsageError(e.message);
        throw new UsageError(`cannot write the evidence bundle ${options.evidence}: ${e.code ?? e.message}`);
    }
}
