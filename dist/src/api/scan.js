/**
 * Scanning for the library: files on disk (`scan`) and files held in memory
 * (`scanFiles`), both through the same pipeline the CLI's `scan` runs
 * (src/scan.ts), with policy applied when the options carry one (policy.ts).
 */
import { buildResidencyPolicy, ResidencyOptionError } from '../analysis/residency.js';
import { loadBuiltinRules } from '../engine/rule-loader.js';
import { scanPaths } from '../scan.js';
import { LeakproofError } from './errors.js';
import { applyPolicy } from './policy.js';
/** Resolves the options that need work (rules) and checks the ones a user can get wrong, before any input is read. */
export async function pipelineOptions(options) {
    const configured = options.policy?.config?.residency ?? {};
    const residency = {
        allowedJurisdictions: options.allowedJurisdictions ?? configured.allowedJurisdictions ?? [],
        allowedRegions: options.allowedRegions ?? configured.allowedRegions ?? [],
    };
    try {
        buildResidencyPolicy(residency);
    }
    catch (e) {
        if (e instanceof ResidencyOptionError)
            throw new LeakproofError(e.message);
        throw e;
    }
    const cf = options.cloudFormation;
    return {
        ruleSet: options.rules ?? { rules: await loadBuiltinRules(), declarative: [] },
        vars: Object.entries(options.vars ?? {}),
        varFiles: options.varFiles ?? [],
        cloudFormation: {
            ...(cf?.region ? { region: cf.region } : {}),
            parameters: Object.entries(cf?.parameters ?? {}),
            parameterFiles: cf?.parameterFiles ?? [],
        },
        plan: options.tfDir ? { tfDir: options.tfDir } : {},
        residency,
        verbose: !!options.verbose,
        ...(options.exclude ? { exclude: options.exclude } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
}
/**
 * Scans files and folders on disk (relative paths are relative to
 * process.cwd(), and so are the report's locations). Input problems do not
 * throw: they are in `report.errors`, and the rest is still scanned. No
 * paths means the current folder, as on the command line.
 */
export async function scan(paths, options = {}) {
    if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string'))
        throw new LeakproofError('scan(paths): paths must be an array of strings');
    const report = await scanPaths(paths, await pipelineOptions(options));
    return options.policy ? applyPolicy(report, options.policy).report : report;
}
