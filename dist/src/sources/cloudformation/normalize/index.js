import { normalizeAlicloud } from './alicloud.js';
import { createNormalizeContext } from './common.js';
import { normalizeAwsCompute } from './compute.js';
import { normalizeAwsDatastores } from './datastores.js';
import { normalizeAwsNetwork } from './network.js';
import { normalizePublicFlagDatastores } from './public-flag-datastores.js';
import { normalizeAwsReplication } from './replication.js';
import { normalizeBuckets } from './storage.js';
export function isTemplateResource(r) {
    return r.sourceKind === 'cloudformation' || r.sourceKind === 'ros';
}
/** Model records of template resources; each template (root) is normalized on its own. */
export function normalizeCloudFormation(resources) {
    const byRoot = new Map();
    for (const r of resources) {
        if (!isTemplateResource(r))
            continue;
        const key = r.root ?? '';
        let group = byRoot.get(key);
        if (!group)
            byRoot.set(key, (group = []));
        group.push(r);
    }
    return [...byRoot.values()].flatMap(normalizeTemplate);
}
function normalizeTemplate(resources) {
    const ctx = createNormalizeContext(resources);
    return [
        ...normalizeAwsNetwork(ctx),
        ...normalizeAwsDatastores(ctx),
        ...normalizePublicFlagDatastores(ctx),
        ...normalizeAwsCompute(ctx),
        ...normalizeBuckets(ctx),
        ...normalizeAwsReplication(ctx),
        ...normalizeAlicloud(ctx),
    ];
}
