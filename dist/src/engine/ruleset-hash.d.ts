import type { RuleSet } from './rule-loader.js';
export declare function rulesetHash(ruleSet: RuleSet, toolVersion: string): string;
