import type { RuleSet } from '../../engine/rule-loader.js';
import type { RuleInfo } from '../../reporters/rule-info.js';
/** The metadata of every rule in a set, without checks: what reporters, history and evidence describe. */
export declare function ruleInfosOf(ruleSet: RuleSet): RuleInfo[];
