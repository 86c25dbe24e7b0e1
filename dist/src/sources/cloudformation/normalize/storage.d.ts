import type { ModelResource } from '../../../model/resources.js';
import { type NormalizeContext } from './common.js';
export declare function normalizeBuckets(ctx: NormalizeContext): ModelResource[];
