import { createNormalizeContext } from './common.js';
import { normalizeDatastores } from './datastores.js';
import { normalizeNetwork } from './network.js';
import { normalizePublicFlagDatastores } from './public-flag-datastores.js';
import { normalizeReplication } from './replication.js';
import { normalizeSnapshots } from './snapshots.js';
import { normalizeStorage } from './storage.js';
export function normalizeTerraform(resources) {
    const ctx = createNormalizeContext(resources.filter((r) => !r.isData), resources.filter((r) => r.isData));
    return [
        ...normalizeNetwork(ctx),
        ...normalizeDatastores(ctx),
        ...normalizePublicFlagDatastores(ctx),
        ...normalizeStorage(ctx),
        ...normalizeReplication(ctx),
        ...normalizeSnapshots(ctx),
    ];
}
