import type { DataFlow, ModelResource } from '../../../model/resources.js';
import type { AccountSnapshot } from '../snapshot.js';
/** Flows of one account; `records` are its other model records, for linking the ends. */
export declare function normalizeFlows(snapshot: AccountSnapshot, records: ModelResource[]): DataFlow[];
