/**
 * An Alibaba Cloud account's snapshot → model records: per region the
 * network, compute and datastore records; for the account the buckets, the
 * Block Public Access switch and the data flows.
 */
import type { ModelResource } from '../../../model/resources.js';
import type { AlicloudSnapshot } from '../snapshot.js';
import { normalizeDatastores } from './datastores.js';
import { normalizeFlows } from './flows.js';
import { normalizeNetwork, regionIds, type RegionContext } from './network.js';
import { normalizeStorage } from './storage.js';

export function normalizeAlicloud(snapshot: AlicloudSnapshot): ModelResource[] {
  const out: ModelResource[] = [];
  for (const [region, snap] of snapshot.byRegion) {
    const ctx: RegionContext = { account: snapshot.account, region, snap, ids: regionIds(snapshot.account, region, snap) };
    out.push(...normalizeNetwork(ctx), ...normalizeDatastores(ctx));
  }
  out.push(...normalizeStorage(snapshot), ...normalizeFlows(snapshot));
  return out;
}
