import type { Datastore } from '../../../model/resources.js';
import { type NormalizeContext } from './common.js';
export declare function normalizePublicFlagDatastores(ctx: NormalizeContext): Datastore[];
