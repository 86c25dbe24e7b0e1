/**
 * Loads rules: the built-in ones from the top-level `rules/` folder, and extra
 * ones from `--rules <dir|package>` (JavaScript modules exporting rules, and
 * declarative YAML rules). A broken extra rule is a configuration error that
 * names its file; it never takes the scan down with a stack trace.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDeclarativeRules, type ConfigError, type DeclarativeRule } from './declarative-rule.js';
import type { Rule } from './rule.js';
import { ruleMetadataProblems } from './rule-validation.js';

export interface RuleSet {
  /** Rules over model records, built-in and JavaScript. */
  rules: Rule[];
  /** Declarative YAML rules. */
  declarative: DeclarativeRule[];
}

const BUILTIN_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
const MAX_RULE_FILE_BYTES = 1024 * 1024;

const isCodeFile = (f: string) => /\.(m?js|ts)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.map');
const isYamlFile = (f: string) => /\.ya?ml$/.test(f);

async function importRules(file: string): Promise<unknown[]> {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const exported = mod.default ?? mod.rules ?? mod.rule;
  return Array.isArray(exported) ? exported : exported === undefined ? [] : [exported];
}

function ruleProblems(candidate: unknown): string[] {
  if (typeof candidate !== 'object' || candidate === null) return ['the export is not a rule object'];
  const rule = candidate as Record<string, unknown>;
  const problems = ruleMetadataProblems(rule);
  if (!Array.isArray(rule.resourceKinds) || rule.resourceKinds.length === 0) problems.push("'resourceKinds' must be a non-empty list");
  if (typeof rule.check !== 'function') problems.push("'check(resource, ctx)' must be a function");
  return problems;
}

function withDefaults(rule: Rule): Rule {
  return { ...rule, slug: rule.slug ?? rule.id.toLowerCase(), references: rule.references ?? [], frameworks: rule.frameworks ?? [] };
}

/** Loads the built-in rules shipped in `rules/`. */
export async function loadBuiltinRules(): Promise<Rule[]> {
  const files = readdirSync(BUILTIN_DIR).filter(isCodeFile).sort();
  const rules: Rule[] = [];
  for (const f of files) {
    for (const candidate of await importRules(path.join(BUILTIN_DIR, f))) {
      const problems = ruleProblems(candidate);
      // A malformed built-in rule is a bug in leakproof itself, not a user error.
      if (problems.length > 0) throw new Error(`built-in rule ${f}: ${problems.join('; ')}`);
      rules.push(withDefaults(candidate as Rule));
    }
  }
  return rules;
}

/** Finds an npm package's entry relative to the working directory. */
function resolvePackage(name: string, cwd: string): string | undefined {
  try {
    return createRequire(path.join(cwd, 'noop.js')).resolve(name);
  } catch {
    return undefined;
  }
}

/** Loads extra rules from folders, files or npm packages. */
export async function loadExtraRules(specs: string[], cwd = process.cwd()): Promise<{ ruleSet: RuleSet; errors: ConfigError[] }> {
  const ruleSet: RuleSet = { rules: [], declarative: [] };
  const errors: ConfigError[] = [];
  for (const spec of specs) {
    const asPath = path.resolve(cwd, spec);
    let files: string[];
    if (existsSync(asPath)) {
      files = statSync(asPath).isDirectory()
        ? readdirSync(asPath).filter((f) => isCodeFile(f) || isYamlFile(f)).sort().map((f) => path.join(asPath, f))
        : [asPath];
    } else {
      const entry = resolvePackage(spec, cwd);
      if (!entry) {
        errors.push({ file: spec, message: 'no such rules folder, file or installed npm package' });
        continue;
      }
      files = [entry];
    }
    for (const file of files) {
      const shown = path.relative(cwd, file) || file;
      if (statSync(file).size > MAX_RULE_FILE_BYTES) {
        errors.push({ file: shown, message: 'rule file is larger than 1 MiB' });
        continue;
      }
      if (isYamlFile(file)) {
        const parsed = parseDeclarativeRules(readFileSync(file, 'utf8'), shown);
        ruleSet.declarative.push(...parsed.rules);
        errors.push(...parsed.errors);
        continue;
      }
      let exported: unknown[];
      try {
        exported = await importRules(file);
      } catch (e) {
        errors.push({ file: shown, message: `could not be loaded: ${(e as Error).message.split('\n')[0]}` });
        continue;
      }
      if (exported.length === 0) errors.push({ file: shown, message: 'exports no rule (export default a rule or a list of rules)' });
      for (const candidate of exported) {
        const problems = ruleProblems(candidate);
        if (problems.length > 0) errors.push({ file: shown, message: `rule ${String((candidate as { id?: unknown })?.id ?? '(no id)')}: ${problems.join('; ')}` });
        else ruleSet.rules.push(withDefaults(candidate as Rule));
      }
    }
  }
  return { ruleSet, errors };
}

/** Every rule id must be unique across built-in and extra rules. */
export function duplicateRuleIds(ruleSet: RuleSet): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const r of [...ruleSet.rules, ...ruleSet.declarative]) {
    if (seen.has(r.id)) dups.add(r.id);
    seen.add(r.id);
  }
  return [...dups];
}
