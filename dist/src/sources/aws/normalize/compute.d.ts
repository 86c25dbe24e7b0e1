import type { Compute } from '../../../model/resources.js';
import type { RegionContext } from './network.js';
export declare function normalizeCompute(ctx: RegionContext): Compute[];
