import { normalizeDatastores } from './datastores.js';
import { normalizeFlows } from './flows.js';
import { normalizeNetwork, regionIds } from './network.js';
import { normalizeStorage } from './storage.js';
export function normalizeAlicloud(snapshot) {
    const out = [];
    for (const [region, snap] of snapshot.byRegion) {
        const ctx = { account: snapshot.account, region, snap, ids: regionIds(snapshot.account, region, snap) };
        out.push(...normalizeNetwork(ctx), ...normalizeDatastores(ctx));
    }
    out.push(...normalizeStorage(snapshot), ...normalizeFlows(snapshot));
    return out;
}
