import { type RuleSet } from '../../engine/rule-loader.js';
/** Built-in plus extra rules; any problem with an extra rule stops the run with exit code 2. */
export declare function loadRuleSet(extra: string[]): Promise<RuleSet>;
