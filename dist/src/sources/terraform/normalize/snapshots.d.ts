import type { Snapshot } from '../../../model/resources.js';
import { type NormalizeContext } from './common.js';
export declare function normalizeSnapshots(ctx: NormalizeContext): Snapshot[];
