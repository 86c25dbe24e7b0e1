/**
 * Builds the RuleContext: the analyses every rule shares, computed once per
 * scan unit (reachability verdicts are memoised by the analyzer).
 */
import type { RuleContext } from '../engine/rule.js';
import type { Model, ModelResource } from '../model/resources.js';
import { type ResidencyOptions } from './residency.js';
export type { ResidencyOptions } from './residency.js';
export declare function buildRuleContext(resources: ModelResource[] | Model, residency?: ResidencyOptions): RuleContext;
