/** The Terraform argument of each setting (S3; OSS has the single `block_public_access`). */
export const SETTING_ARGUMENT = {
    blockPublicAcls: 'block_public_acls',
    ignorePublicAcls: 'ignore_public_acls',
    blockPublicPolicy: 'block_public_policy',
    restrictPublicBuckets: 'restrict_public_buckets',
};
export const ALL_SETTINGS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'];
/**
 * The account-level blocks of a model by provider, found in one pass over the
 * model and kept with it: every bucket asks, and scanning all resources once
 * per bucket made 10,000 buckets take minutes.
 */
const accountBlocksByModel = new WeakMap();
function accountBlocksOf(model, provider) {
    let byProvider = accountBlocksByModel.get(model);
    if (!byProvider) {
        byProvider = new Map();
        for (const r of model.resources) {
            if (r.kind !== 'account-public-access-block')
                continue;
            let list = byProvider.get(r.provider);
            if (!list)
                byProvider.set(r.provider, (list = []));
            list.push({ block: r.block, scope: 'account', address: r.id });
        }
        accountBlocksByModel.set(model, byProvider);
    }
    return byProvider.get(provider) ?? [];
}
/** The bucket's own blocks (all declarations of them) and the account-level blocks of the same provider in the model. */
export function governingBlocks(bucket, model) {
    const bucketBlocks = [bucket.publicAccessBlock, ...(bucket.extraAccessBlocks ?? [])]
        .filter((b) => b !== undefined)
        .map((block) => ({ block, scope: 'bucket', address: block.address ?? bucket.id }));
    // A copy: callers own the arrays they get.
    return { bucketBlocks, accountBlocks: [...accountBlocksOf(model, bucket.provider)] };
}
function describeUnknown(g, setting, fact, provider) {
    const name = provider === 'alicloud' ? 'block_public_access' : SETTING_ARGUMENT[setting];
    return `${g.address} ${name}: ${fact.known ? String(fact.value) : fact.reason}`;
}
/**
 * Is the exposure that any of `settings` blocks (ignore_public_acls for ACLs;
 * restrict_public_buckets or block_public_policy for policies) neutralised?
 * One account-level block with the setting on suffices; at bucket level every
 * declaration for the bucket must have it on, since which one is applied last
 * is not determined.
 */
export function neutralisation(bucket, model, settings) {
    const { bucketBlocks, accountBlocks } = governingBlocks(bucket, model);
    const missing = [];
    for (const setting of settings) {
        for (const g of accountBlocks) {
            const fact = g.block[setting];
            if (fact.known && fact.value)
                return { kind: 'neutralised', by: g, setting, ...(fact.loc ? { loc: fact.loc } : {}) };
            if (!fact.known)
                missing.push(describeUnknown(g, setting, fact, bucket.provider));
        }
        if (bucketBlocks.length > 0) {
            const facts = bucketBlocks.map((g) => g.block[setting]);
            if (facts.every((f) => f.known && f.value)) {
                const first = bucketBlocks[0];
                const loc = first.block[setting].loc;
                return { kind: 'neutralised', by: first, setting, ...(loc ? { loc } : {}) };
            }
            // A known false anywhere may be the one applied; only when none is false do unknowns matter.
            if (!facts.some((f) => f.known && !f.value))
                bucketBlocks.forEach((g, i) => {
                    if (!facts[i].known)
                        missing.push(describeUnknown(g, setting, facts[i], bucket.provider));
                });
        }
        for (const candidate of bucket.unresolvedAccessBlocks ?? []) {
            const fact = candidate[setting];
            if (!fact.known || fact.value)
                missing.push(`whether ${candidate.address ?? 'a public access block'} (its bucket could not be determined) applies to this bucket`);
        }
    }
    if (missing.length > 0)
        return { kind: 'possibly', missing: [...new Set(missing)] };
    return { kind: 'not-neutralised' };
}
/** The Terraform resource name of a bucket record (`aws_s3_bucket.logs` → `logs`), for fix snippets. */
export function terraformName(address) {
    const last = address.split('.').pop() ?? address;
    return last.replace(/\[.*\]$/, '') || 'this';
}
/** How to write a reference to the bucket in a fix snippet. */
export function bucketReference(bucket) {
    if (bucket.external)
        return bucket.name.known ? `"${bucket.name.value}"` : '"<bucket name>"';
    if (bucket.viaModule)
        return bucket.name.known ? `"${bucket.name.value}"` : '"<bucket name>"';
    const base = bucket.id.replace(/\[[^\]]*\]$/, '');
    return `${base}.id`;
}
