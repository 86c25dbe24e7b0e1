/**
 * An Alibaba Cloud account's snapshot → model records: per region the
 * network, compute and datastore records; for the account the buckets, the
 * Block Public Access switch and the data flows.
 */
import type { ModelResource } from '../../../model/resources.js';
import type { AlicloudSnapshot } from '../snapshot.js';
export declare function normalizeAlicloud(snapshot: AlicloudSnapshot): ModelResource[];
