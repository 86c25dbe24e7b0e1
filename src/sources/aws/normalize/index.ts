/**
 * One account's live snapshot → model records: per region the network,
 * compute and datastores (linked by EC2 ids within the region), then the
 * account's buckets and public access block, then the data flows between
 * regions (linked to whichever ends are records of the account).
 */
import type { ModelResource } from '../../../model/resources.js';
import type { AccountSnapshot } from '../snapshot.js';
import { normalizeCompute } from './compute.js';
import { normalizeDatastores } from './datastores.js';
import { normalizeFlows } from './flows.js';
import { normalizeNetwork, regionLinks, type RegionContext } from './network.js';
import { normalizeSnapshots } from './snapshots.js';
import { normalizeStorage } from './storage.js';

export function normalizeAccount(snapshot: AccountSnapshot): ModelResource[] {
  const scope = { partition: snapshot.partition, account: snapshot.account };
  const records: ModelResource[] = [];
  for (const [region, snap] of snapshot.byRegion) {
    const ctx: RegionContext = { scope, region, snap, links: regionLinks(scope, snap) };
    records.push(...normalizeNetwork(ctx), ...normalizeCompute(ctx), ...normalizeDatastores(ctx), ...normalizeSnapshots(ctx));
  }
  records.push(...normalizeStorage(snapshot));
  records.push(...normalizeFlows(snapshot, records));
  return records;
}
