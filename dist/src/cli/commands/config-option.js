/**
 * The policy config a command runs with: --config FILE, --no-config, or the
 * .leakproof.yaml found upward. A found file belongs to the scanned tree, so
 * unless --trust-config says otherwise it may re-rate and waive but never
 * load code: its JavaScript rules and rule packages are refused here, once,
 * for every command that reads a config.
 */
import path from 'node:path';
import { isDeclarativeRuleFile, ruleSourceOf } from '../../engine/rule-loader.js';
import { discoverConfigFile, EMPTY_CONFIG, loadConfig } from '../../policy/config.js';
import { findTrustRoot, locateInTrustRoot } from '../../sources/trust-root.js';
import { UsageError } from '../errors.js';
export const configErrorText = (errors) => errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\nleakproof: ');
/** The tree a discovered config speaks for: the trust root of its folder (its git work tree, else the folder itself). */
const treeOf = (configFile) => findTrustRoot(path.dirname(configFile));
/**
 * Keeps the declarative YAML rules of an untrusted config and lists the code
 * it names. A folder is split file by file, so its YAML rules still load.
 * Nothing outside the config's tree is looked at on its behalf, not even
 * whether it exists.
 */
function withoutCode(config, file) {
    const kept = [];
    const refused = [];
    const root = treeOf(file);
    const shown = (f) => path.relative(process.cwd(), f) || f;
    config.extraRules.forEach((spec, i) => {
        const line = config.lines?.extraRules[i];
        const at = line ? { line } : {};
        // config.ts makes every path absolute; anything else is an npm package name, and a package is code.
        if (!path.isAbsolute(spec)) {
            refused.push({ spec, what: `extra-rules npm package ${spec}`, reason: 'code', ...at });
            return;
        }
        const where = locateInTrustRoot(root, spec);
        if (!where.ok) {
            if (where.missing)
                kept.push(spec); // the loader reports it as not found
            else
                refused.push({ spec, what: `extra-rules ${shown(spec)}`, reason: 'outside', ...at });
            return;
        }
        const source = ruleSourceOf(spec, process.cwd(), { resolvePackages: false });
        for (const f of source.kind === 'files' ? source.files : []) {
            if (!isDeclarativeRuleFile(f))
                refused.push({ spec, what: `extra-rules ${shown(f)}`, reason: 'code', ...at });
            else if (!locateInTrustRoot(root, f).ok)
                refused.push({ spec, what: `extra-rules ${shown(f)}`, reason: 'outside', ...at });
            else
                kept.push(f);
        }
    });
    return { ...config, extraRules: kept, ...(refused.length ? { refusedCode: refused } : {}) };
}
/** A baseline named by a discovered config is read only from inside that config's tree; one outside is dropped and listed. */
function withBaselineInside(config, file) {
    if (!config.baseline)
        return config;
    const where = locateInTrustRoot(treeOf(file), config.baseline);
    if (where.ok || where.missing)
        return config; // a missing one inside is reported when it is read
    const { baseline, ...rest } = config;
    const line = config.lines?.baseline;
    const refused = { spec: baseline, what: `baseline ${path.relative(process.cwd(), baseline) || baseline}`, reason: 'outside', ...(line ? { line } : {}) };
    return { ...rest, refusedCode: [...(config.refusedCode ?? []), refused] };
}
/** `option` is the --config value (false for --no-config); discovery starts at the scanned paths. */
export function resolveConfigOption(option, startPaths = ['.'], trust = {}) {
    if (option === false)
        return EMPTY_CONFIG;
    let file = option;
    if (file === undefined) {
        const found = discoverConfigFile(startPaths);
        if (found.error)
            throw new UsageError(found.error);
        file = found.file;
    }
    if (!file)
        return EMPTY_CONFIG;
    const { config, errors } = loadConfig(file);
    if (errors.length > 0)
        throw new UsageError(configErrorText(errors));
    const origin = option === undefined ? 'discovered' : 'command-line';
    const located = { ...config, origin };
    if (origin === 'command-line' || trust.trustConfig)
        return located;
    return withBaselineInside(withoutCode(located, file), file);
}
