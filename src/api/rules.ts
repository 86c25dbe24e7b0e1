/**
 * Rules for the library: the built-in set, plus extra rules from folders, files
 * or installed npm packages (JavaScript modules and declarative YAML), checked
 * the way `--rules` checks them. Extra rules are code the caller chose to run;
 * nothing here loads a rule because a scanned tree or a config names it.
 */
import { duplicateRuleIds, loadBuiltinRules, loadExtraRules, type RuleSet } from '../engine/rule-loader.js';
import { LeakproofError } from './errors.js';

export interface LoadRulesOptions {
  /** Rule folders, files or npm package names (what `--rules` takes). */
  extra?: string[];
  /** Folder that relative `extra` entries and package names resolve from; default process.cwd(). */
  cwd?: string;
  /** Leave the built-in rules out (only the extra ones run). */
  builtin?: boolean;
}

/** Loads the rules a scan runs; a rule that does not load, or an id defined twice, throws a LeakproofError. */
export async function loadRules(options: LoadRulesOptions = {}): Promise<RuleSet> {
  const builtin = options.builtin === false ? [] : await loadBuiltinRules();
  const { ruleSet, errors } = await loadExtraRules(options.extra ?? [], options.cwd ?? process.cwd());
  if (errors.length > 0) throw new LeakproofError('extra rules did not load', errors);
  const merged: RuleSet = { rules: [...builtin, ...ruleSet.rules], declarative: ruleSet.declarative };
  const dups = duplicateRuleIds(merged);
  if (dups.length > 0) throw new LeakproofError(`rule id(s) defined twice: ${dups.join(', ')}`);
  return merged;
}
