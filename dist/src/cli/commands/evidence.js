/**
 * `leakproof evidence --from FILE -o TARGET`: an evidence bundle from a saved
 * live inventory (re-evaluated offline with the current rules and config, as
 * `scan` would) or from a JSON report (taken as it is; the rules that ran are
 * assumed to be this leakproof's, which the bundle says).
 *
 * `leakproof evidence verify TARGET [--public-key KEY]`: checks every hash in
 * MANIFEST.sha256, that no file was added, and the signature. Exit 0 when
 * intact, 1 when anything does not match, 2 when it cannot be read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ResidencyOptionError } from '../../analysis/residency.js';
import { builtinFrameworks } from '../../compliance/rule-controls.js';
import { rulesetHash } from '../../engine/ruleset-hash.js';
import { buildBundleFiles } from '../../evidence/bundle.js';
import { redactCommandLine } from '../../evidence/command-line.js';
import { SigningKeyError } from '../../evidence/signature.js';
import { verifyBundle } from '../../evidence/verify-bundle.js';
import { EvidenceTargetError, writeBundle } from '../../evidence/write-bundle.js';
import { evaluatePolicy } from '../../policy/apply.js';
import { resolveConfigOption } from './config-option.js';
import { ruleInfosOf } from './rule-infos.js';
import { ruleEnabled } from '../../policy/rule-selection.js';
import { looksLikeInventory, readInventory } from '../../sources/live/inventory.js';
import { liveReport } from '../../sources/live/report.js';
import { UsageError } from '../errors.js';
import { loadRuleSet } from './load-rules.js';
import { prepareRunOutputs } from './run-outputs.js';
function isReport(json) {
    const r = json;
    return !!r && typeof r === 'object' && Array.isArray(r.findings) && Array.isArray(r.errors) && !!r.summary && !!r.tool;
}
export async function runEvidenceCommand(options, argv) {
    if (!options.from)
        throw new UsageError('give --from report.json|inventory.json (or use --evidence DIR on scan and audit)');
    if (!options.output)
        throw new UsageError('give the bundle to write with -o DIR (or -o FILE.tar.gz)');
    const prepared = prepareRunOutputs({ evidence: options.output, ...(options.signKey ? { signKey: options.signKey } : {}) });
    let text;
    try {
        text = readFileSync(options.from, 'utf8');
    }
    catch (e) {
        throw new UsageError(`cannot read ${options.from}: ${e.code ?? e.message}`);
    }
    const config = resolveConfigOption(options.config);
    const allRules = await loadRuleSet([...config.extraRules, ...options.rules]);
    const ruleSet = { rules: allRules.rules.filter((r) => ruleEnabled(r.id, config.rules)), declarative: allRules.declarative.filter((r) => ruleEnabled(r.id, config.rules)) };
    const rules = ruleInfosOf(ruleSet);
    const shownFrom = path.relative(process.cwd(), path.resolve(options.from)).split(path.sep).join('/') || options.from;
    let input;
    const common = {
        rules,
        rulesetHash: rulesetHash(ruleSet, ''),
        waivers: config.waivers,
        ...(config.file ? { configFile: path.relative(process.cwd(), config.file).split(path.sep).join('/') } : {}),
        frameworks: builtinFrameworks(),
    };
    if (looksLikeInventory(text)) {
        const read = readInventory(options.from, text);
        if ('error' in read)
            throw new UsageError(`${read.error.file}: ${read.error.message}`);
        const outcome = read.outcome;
        let evaluated;
        try {
            evaluated = liveReport(outcome, ruleSet, {
                allowedJurisdictions: options.allowedJurisdictions.length ? options.allowedJurisdictions : (config.residency.allowedJurisdictions ?? []),
                allowedRegions: options.allowedRegions.length ? options.allowedRegions : (config.residency.allowedRegions ?? []),
            });
        }
        catch (e) {
            if (e instanceof ResidencyOptionError)
                throw new UsageError(e.message);
            throw e;
        }
        const report = evaluatePolicy(evaluated.report, { config, knownRuleIds: [...allRules.rules, ...allRules.declarative].map((r) => r.id) }).report;
        input = {
            ...common,
            rulesetHash: rulesetHash(ruleSet, report.tool.version),
            run: {
                source: 'inventory',
                argv: redactCommandLine(argv),
                startedAt: outcome.startedAt,
                finishedAt: outcome.finishedAt,
                covered: { provider: outcome.provider, accounts: outcome.coverage.accounts, regions: outcome.coverage.regions },
            },
            report,
            inventory: text,
            providers: new Set(outcome.resources.map((r) => r.provider)),
        };
    }
    else {
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            throw new UsageError(`${shownFrom} is neither a leakproof JSON report nor a saved inventory`);
        }
        if (!isReport(json))
            throw new UsageError(`${shownFrom} is not a leakproof JSON report (--format json) nor a saved inventory`);
        const notes = [...json.notes, `evidence made from the report ${shownFrom}: the rules that ran are taken to be this leakproof's (${rules.length} rules)`];
        input = {
            ...common,
            rulesetHash: rulesetHash(ruleSet, json.tool.version),
            run: { source: 'report', argv: redactCommandLine(argv), covered: { paths: [shownFrom] } },
            report: { ...json, notes },
            inventory: { kind: 'report', note: 'made from a JSON report, which records findings but not the resources that passed', report: shownFrom },
        };
    }
    try {
        writeBundle(options.output, buildBundleFiles(input), {
            ...(prepared.signingKey ? { signingKey: prepared.signingKey } : {}),
            mtime: new Date(input.run.finishedAt ?? Date.now()),
        });
    }
    catch (e) {
        if (e instanceof EvidenceTargetError)
            throw new UsageError(e.message);
        throw new UsageError(`cannot write the evidence bundle ${options.output}: ${e.code ?? e.message}`);
    }
    process.stdout.write(`evidence written to ${options.output}${prepared.signingKey ? ' (signed)' : ''}\n`);
    return 0;
}
export async function runEvidenceVerifyCommand(target, options) {
    let result;
    try {
        result = verifyBundle(target, options.publicKey);
    }
    catch (e) {
        if (e instanceof SigningKeyError)
            throw new UsageError(e.message);
        throw new UsageError(`cannot read the evidence bundle ${target}: ${e.code ?? e.message}`);
    }
    for (const p of result.problems)
        process.stdout.write(`FAILED: ${p}\n`);
    const signature = result.signature === 'absent'
        ? 'not signed'
        : `signature ${result.signature} (key ${result.signer}${result.selfSigned ? ', the key inside the bundle: compare its fingerprint with one you trust, or pass --public-key' : ''})`;
    process.stdout.write(`${result.ok ? 'OK' : 'FAILED'}: ${result.checked} file${result.checked === 1 ? '' : 's'} match MANIFEST.sha256; ${signature}\n`);
    return result.ok ? 0 : 1;
}
