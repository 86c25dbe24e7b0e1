import type { Datastore } from '../../../model/resources.js';
import type { RegionContext } from './network.js';
export declare function normalizeDatastores(ctx: RegionContext): Datastore[];
