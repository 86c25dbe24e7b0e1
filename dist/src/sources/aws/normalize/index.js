import { normalizeCompute } from './compute.js';
import { normalizeDatastores } from './datastores.js';
import { normalizeFlows } from './flows.js';
import { normalizeNetwork, regionLinks } from './network.js';
import { normalizeSnapshots } from './snapshots.js';
import { normalizeStorage } from './storage.js';
export function normalizeAccount(snapshot) {
    const scope = { partition: snapshot.partition, account: snapshot.account };
    const records = [];
    for (const [region, snap] of snapshot.byRegion) {
        const ctx = { scope, region, snap, links: regionLinks(scope, snap) };
        records.push(...normalizeNetwork(ctx), ...normalizeCompute(ctx), ...normalizeDatastores(ctx), ...normalizeSnapshots(ctx));
    }
    records.push(...normalizeStorage(snapshot));
    records.push(...normalizeFlows(snapshot, records));
    return records;
}
