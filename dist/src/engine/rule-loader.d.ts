import { type ConfigError, type DeclarativeRule } from './declarative-rule.js';
import type { Rule } from './rule.js';
export interface RuleSet {
    /** Rules over model records, built-in and JavaScript. */
    rules: Rule[];
    /** Declarative YAML rules. */
    declarative: DeclarativeRule[];
}
/** Loads the built-in rules shipped in `rules/`. */
export declare function loadBuiltinRules(): Promise<Rule[]>;
/**
 * The files one `--rules` / `extra-rules` entry stands for: a folder's rule
 * files, a file, or an installed npm package's entry point. Whether a file is
 * code (imported) or data (declarative YAML, parsed) is decided by its name
 * alone, here and in loadExtraRules, so a caller can keep the code out.
 */
export type RuleSource = {
    kind: 'files';
    files: string[];
} | {
    kind: 'package';
    name: string;
    entry?: string;
} | {
    kind: 'missing';
};
/** `resolvePackages: false` names a package without looking for it (nothing in node_modules is read). */
export declare function ruleSourceOf(spec: string, cwd?: string, { resolvePackages }?: {
    resolvePackages?: boolean | undefined;
}): RuleSource;
/** Declarative YAML rule files are data; everything else a rule source holds runs as code. */
export declare const isDeclarativeRuleFile: (f: string) => boolean;
/** Loads extra rules from folders, files or npm packages. */
export declare function loadExtraRules(specs: string[], cwd?: string): Promise<{
    ruleSet: RuleSet;
    errors: ConfigError[];
}>;
/** Every rule id must be unique across built-in and extra rules. */
export declare function duplicateRuleIds(ruleSet: RuleSet): string[];
