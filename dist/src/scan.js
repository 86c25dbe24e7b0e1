import { sortFindings, summarize } from './findings/report.js';
import { buildRuleContext } from './analysis/context.js';
import { runRules } from './engine/run-rules.js';
import { loadBuiltinRules } from './engine/rule-loader.js';
import { walkInputs } from './sources/walk.js';
import { excludedReason } from './sources/path-globs.js';
import { reconcilePlanFindings } from './reconcile-plan-findings.js';
import { createParseCache } from './sources/terraform/load.js';
import { normalizeTerraform } from './sources/terraform/normalize/index.js';
import { normalizeCloudFormation } from './sources/cloudformation/normalize/index.js';
import { loadUnitSources } from './sources/load-unit.js';
import { scanInventoryFiles } from './sources/live/inventory.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
/** Evaluates one deployment's source resources through model, analysis and rules. */
export function evaluateResources(sources, ruleSet, residency = {}, 
/** The deployment the findings are fingerprinted under; default the resources' root. */
deployment = sources[0]?.root) {
    // Each normalizer picks the source types it knows (Terraform and plan types, or template types).
    const model = [...normalizeTerraform(sources), ...normalizeCloudFormation(sources)];
    const ctx = buildRuleContext(model, residency);
    return runRules({ ruleSet, ctx, sources, deployment });
}
export async function scanPaths(paths, options = {}) {
    const ruleSet = options.ruleSet ?? { rules: await loadBuiltinRules(), declarative: [] };
    const walked = walkInputs(paths.length > 0 ? paths : ['.'], { ...(options.exclude ? { exclude: options.exclude } : {}) });
    const findings = [];
    const errors = [...walked.errors];
    const notes = [];
    const warnings = [];
    const skipped = walked.units.flatMap((u) => u.skipped);
    // An exclude written in the scanned tree hides code on the tree's word: say so even without --verbose.
    for (const e of options.exclude ?? []) {
        if (typeof e === 'string' || !e.discovered)
            continue;
        const hidden = skipped.filter((s) => s.kind === 'excluded' && s.reason === excludedReason(e)).map((s) => s.path);
        if (hidden.length > 0)
            warnings.push(`${e.origin}: exclude ${e.pattern} left ${hidden.length} path${hidden.length === 1 ? '' : 's'} unscanned (${hidden.slice(0, 3).join(', ')}${hidden.length > 3 ? ', ...' : ''})`);
    }
    const notAssessed = [];
    const files = new Set();
    let resources = 0;
    const cache = createParseCache();
    for (const unit of walked.units) {
        options.onProgress?.(`reading ${unit.input}`);
        const loaded = loadUnitSources(unit, {
            vars: options.vars ?? [],
            varFiles: options.varFiles ?? [],
            ...(options.cloudFormation ? { cloudFormation: options.cloudFormation } : {}),
            ...(options.plan ? { plan: options.plan } : {}),
            verbose: !!options.verbose,
            cache,
        });
        errors.push(...loaded.errors);
        notes.push(...loaded.notes);
        for (const f of loaded.files)
            files.add(f);
        resources += countResources(loaded);
        // Saved live inventories carry their own model and coverage; they are evaluated as they were audited.
        const inventories = scanInventoryFiles(loaded.inventoryFiles, ruleSet, options.residency);
        findings.push(...inventories.findings);
        errors.push(...inventories.errors);
        notes.push(...inventories.notes);
        notAssessed.push(...inventories.notAssessed);
        resources += inventories.resources;
        for (const f of inventories.files)
            files.add(f);
        // A path that yields nothing to scan is worth a word even without --verbose: a wrong path or a format not read.
        if (loaded.inputs === 0 && !unit.skipped.some((s) => s.kind === 'oversize'))
            warnings.push(noInputWarning(unit));
        // A plan of a root folder is fingerprinted under the folder, so that the same finding has one identity from either input.
        const planFolder = loaded.planDeployments;
        const byRoot = new Map();
        const deployments = groupByRoot(loaded.resources);
        for (const [i, deployment] of deployments.entries()) {
            const root = deployment[0]?.root;
            options.onProgress?.(`analysing ${unit.input}: ${i + 1}/${deployments.length} ${root ?? ''}`);
            const evaluated = evaluateResources(deployment, ruleSet, options.residency, (root !== undefined ? planFolder.get(root) : undefined) ?? root);
            byRoot.set(root ?? '', evaluated.findings);
            errors.push(...evaluated.errors);
        }
        const paired = new Set();
        for (const folder of new Set(loaded.pairings.map((p) => p.folder))) {
            const plans = loaded.pairings.filter((p) => p.folder === folder).map((p) => ({ plan: p.plan, findings: byRoot.get(p.plan) ?? [] }));
            const merged = reconcilePlanFindings({ folder, hcl: byRoot.get(folder) ?? [], plans });
            findings.push(...merged.findings);
            notes.push(...merged.notes);
            paired.add(folder);
            for (const p of plans)
                paired.add(p.plan);
        }
        for (const [root, list] of byRoot)
            if (!paired.has(root))
                findings.push(...list);
    }
    const unique = dedupeByFingerprint(findings);
    return {
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        findings: sortFindings(unique),
        errors,
        notes: [...new Set(notes)],
        ...(notAssessed.length > 0 ? { notAssessed } : {}),
        ...(skipped.length > 0 ? { skipped } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
        summary: summarize(unique, errors, files.size, resources, skipped.length),
    };
}
/** Resources scanned, a resource that a paired plan and its .tf files both declare counted once. */
function countResources(loaded) {
    const stripKeys = (address) => address.replace(/\[[^\]]*\]/g, '');
    const pairedPlans = new Map(loaded.pairings.map((p) => [p.plan, p.folder]));
    const declared = new Set(loaded.resources.filter((r) => r.sourceKind === 'terraform').map((r) => `${r.root}\u0000${stripKeys(r.address)}`));
    let n = 0;
    for (const r of loaded.resources) {
        if (r.isData)
            continue;
        const folder = r.root !== undefined ? pairedPlans.get(r.root) : undefined;
        if (folder !== undefined && declared.has(`${folder}\u0000${stripKeys(r.address)}`))
            continue;
        n++;
    }
    return n;
}
function noInputWarning(unit) {
    const kinds = 'Terraform, CloudFormation, ROS, plan or inventory file';
    if (unit.kind === 'file')
        return `${unit.input} is not a ${kinds}`;
    const excluded = unit.skipped.length > 0 ? ` (${unit.skipped.length} entr${unit.skipped.length === 1 ? 'y' : 'ies'} skipped; --verbose lists them)` : '';
    return `${unit.input.endsWith('/') ? unit.input : `${unit.input}/`} holds no ${kinds}${excluded}`;
}
/** Splits a unit's resources into deployments (root modules), in first-seen order. */
function groupByRoot(resources) {
    const groups = new Map();
    for (const r of resources) {
        const key = r.root ?? '';
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = []));
        group.push(r);
    }
    return [...groups.values()];
}
/** Two path arguments can cover the same module; report each finding once. */
function dedupeByFingerprint(findings) {
    const seen = new Map();
    for (const f of findings) {
        const key = `${f.fingerprint}\u0000${f.location.file}\u0000${f.location.startLine}`;
        if (!seen.has(key))
            seen.set(key, f);
    }
    return [...seen.values()];
}
