import type { Model, ModelResource } from '../model/resources.js';
import type { ReachabilityVerdict } from './types.js';
/**
 * The reachability analysis for one model: call it per resource; verdicts are
 * computed once and cached.
 */
export declare function createReachabilityAnalyzer(model: Model): (resource: ModelResource) => ReachabilityVerdict;
