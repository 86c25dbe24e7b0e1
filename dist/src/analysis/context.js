import { buildModelIndex } from '../model/resources.js';
import { createReachabilityAnalyzer } from './reachability.js';
import { buildResidencyPolicy } from './residency.js';
export function buildRuleContext(resources, residency = {}) {
    const model = Array.isArray(resources) ? buildModelIndex(resources) : resources;
    return {
        model,
        reachability: createReachabilityAnalyzer(model),
        residency: buildResidencyPolicy(residency),
    };
}
