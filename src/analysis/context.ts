/**
 * Builds the RuleContext: the analyses every rule shares, computed once per
 * scan unit (reachability verdicts are memoised by the analyzer).
 */
import type { RuleContext } from '../engine/rule.js';
import type { Model, ModelResource } from '../model/resources.js';
import { buildModelIndex } from '../model/resources.js';
import { createReachabilityAnalyzer } from './reachability.js';
import { buildResidencyPolicy, type ResidencyOptions } from './residency.js';

export type { ResidencyOptions } from './residency.js';

export function buildRuleContext(resources: ModelResource[] | Model, residency: ResidencyOptions = {}): RuleContext {
  const model = Array.isArray(resources) ? buildModelIndex(resources) : resources;
  return {
    model,
    reachability: createReachabilityAnalyzer(model),
    residency: buildResidencyPolicy(residency),
  };
}
