/**
 * One account's live snapshot → model records: per region the network,
 * compute and datastores (linked by EC2 ids within the region), then the
 * account's buckets and public access block, then the data flows between
 * regions (linked to whichever ends are records of the account).
 */
import type { ModelResource } from '../../../model/resources.js';
import type { AccountSnapshot } from '../snapshot.js';
export declare function normalizeAccount(snapshot: AccountSnapshot): ModelResource[];
