import type { Snapshot } from '../../../model/resources.js';
import type { RegionContext } from './network.js';
export declare function normalizeSnapshots(ctx: RegionContext): Snapshot[];
