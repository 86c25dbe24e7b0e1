/**
 * Loads rules: the built-in ones from the top-level `rules/` folder, and extra
 * ones from `--rules <dir|package>` (JavaScript modules exporting rules, and
 * declarative YAML rules). A broken extra rule is a configuration error that
 * names its file; it never takes the scan down with a stack trace.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readUserText, userFileProblem } from '../sources/shared/read-user-file.js';
import { parseDeclarativeRules } from './declarative-rule.js';
import { ruleMetadataProblems } from './rule-validation.js';
const BUILTIN_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
const MAX_RULE_FILE_BYTES = 1024 * 1024;
const isCodeFile = (f) => /\.(m?js|ts)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.map');
const isYamlFile = (f) => /\.ya?ml$/.test(f);
async function importRules(file) {
    const mod = (await import(pathToFileURL(file).href));
    const exported = mod.default ?? mod.rules ?? mod.rule;
    return Array.isArray(exported) ? exported : exported === undefined ? [] : [exported];
}
function ruleProblems(candidate) {
    if (typeof candidate !== 'object' || candidate === null)
        return ['the export is not a rule object'];
    const rule = candidate;
    const problems = ruleMetadataProblems(rule);
    if (!Array.isArray(rule.resourceKinds) || rule.resourceKinds.length === 0)
        problems.push("'resourceKinds' must be a non-empty list");
    if (typeof rule.check !== 'function')
        problems.push("'check(resource, ctx)' must be a function");
    return problems;
}
function withDefaults(rule) {
    return { ...rule, slug: rule.slug ?? rule.id.toLowerCase(), references: rule.references ?? [], frameworks: rule.frameworks ?? [] };
}
/** Loads the built-in rules shipped in `rules/`. */
export async function loadBuiltinRules() {
    const files = readdirSync(BUILTIN_DIR).filter(isCodeFile).sort();
    const rules = [];
    for (const f of files) {
        for (const candidate of await importRules(path.join(BUILTIN_DIR, f))) {
            const problems = ruleProblems(candidate);
            // A malformed built-in rule is a bug in leakproof itself, not a user error.
            if (problems.length > 0)
                throw new Error(`built-in rule ${f}: ${problems.join('; ')}`);
            rules.push(withDefaults(candidate));
        }
    }
    return rules;
}
/** Finds an npm package's entry relative to the working directory. */
function resolvePackage(name, cwd) {
    try {
        return createRequire(path.join(cwd, 'noop.js')).resolve(name);
    }
    catch {
        return undefined;
    }
}
/** `resolvePackages: false` names a package without looking for it (nothing in node_modules is read). */
export function ruleSourceOf(spec, cwd = process.cwd(), { resolvePackages = true } = {}) {
    const asPath = path.resolve(cwd, spec);
    if (existsSync(asPath)) {
        const files = statSync(asPath).isDirectory()
            ? readdirSync(asPath).filter((f) => isCodeFile(f) || isYamlFile(f)).sort().map((f) => path.join(asPath, f))
            : [asPath];
        return { kind: 'files', files };
    }
    // A path-like spec that does not exist is missing, not a package name.
    if (/^[.~/\\]|^[A-Za-z]:[\\/]/.test(spec))
        return { kind: 'missing' };
    const entry = resolvePackages ? resolvePackage(spec, cwd) : undefined;
    return { kind: 'package', name: spec, ...(entry ? { entry } : {}) };
}
/** Declarative YAML rule files are data; everything else a rule source holds runs as code. */
export const isDeclarativeRuleFile = isYamlFile;
/** Loads extra rules from folders, files or npm packages. */
export async function loadExtraRules(specs, cwd = process.cwd()) {
    const ruleSet = { rules: [], declarative: [] };
    const errors = [];
    for (const spec of specs) {
        const source = ruleSourceOf(spec, cwd);
        if (source.kind === 'missing' || (source.kind === 'package' && !source.entry)) {
            errors.push({ file: spec, message: 'no such rules folder, file or installed npm package' });
            continue;
        }
        const files = source.kind === 'files' ? source.files : [source.entry];
        for (const file of files) {
            const shown = path.relative(cwd, file) || file;
            // A FIFO, a device or a folder named like a rule file is refused before it is opened or imported.
            const problem = userFileProblem(file, 'rule file', MAX_RULE_FILE_BYTES);
            if (problem) {
                errors.push({ file: shown, message: problem.message });
                continue;
            }
            if (isYamlFile(file)) {
                let text;
                try {
                    text = readUserText(file, 'rule file', MAX_RULE_FILE_BYTES);
                }
                catch (e) {
                    errors.push({ file: shown, message: e.message });
                    continue;
                }
                const parsed = parseDeclarativeRules(text, shown);
                ruleSet.declarative.push(...parsed.rules);
                errors.push(...parsed.errors);
                continue;
            }
            let exported;
            try {
                exported = await importRules(file);
            }
            catch (e) {
                errors.push({ file: shown, message: `could not be loaded: ${e.message.split('\n')[0]}` });
                continue;
            }
            if (exported.length === 0)
                errors.push({ file: shown, message: 'exports no rule (export default a rule or a list of rules)' });
            for (const candidate of exported) {
                const problems = ruleProblems(candidate);
                if (problems.length > 0)
                    errors.push({ file: shown, message: `rule ${String(candidate?.id ?? '(no id)')}: ${problems.join('; ')}` });
                else
                    ruleSet.rules.push(withDefaults(candidate));
            }
        }
    }
    return { ruleSet, errors };
}
/** Every rule id must be unique across built-in and extra rules. */
export function duplicateRuleIds(ruleSet) {
    const seen = new Set();
    const dups = new Set();
    for (const r of [...ruleSet.rules, ...ruleSet.declarative]) {
        if (seen.has(r.id))
            dups.add(r.id);
        seen.add(r.id);
    }
    return [...dups];
}
