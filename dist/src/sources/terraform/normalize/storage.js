/**
 * Terraform → bucket records (S3 and OSS) and account-level public access
 * blocks. A bucket's exposure is spread over several resources (the bucket, a
 * separate ACL, policy and public access block); they are folded into one
 * record, matched by reference (`bucket = aws_s3_bucket.x.id`) or by literal
 * bucket name, and each keeps its own location. An attachment whose bucket is
 * not declared in the scan gets a record of its own, marked external.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { iamPolicyDocumentResolver, parsePolicyDocument } from '../../../model/policy.js';
import { asList, asString, getPath, refOf } from '../../../model/value.js';
import { attr, baseOf, boolFact, stringFact } from './common.js';
import { bucketsFromKnownModules, granteeOf } from './storage-modules.js';
const BUCKET_TYPES = ['aws_s3_bucket', 'alicloud_oss_bucket'];
const BUCKET_ADDRESS = /(^|[.:])(aws_s3_bucket|alicloud_oss_bucket)\.[^.]+$/;
/** Inline `grant` blocks of aws_s3_bucket (provider v3 style): one grant per permission. */
function inlineGrants(r) {
    const out = [];
    for (const block of asList(attr(r, 'grant'))) {
        if (block.t !== 'map')
            continue;
        const grantee = granteeOf(asString(getPath(block, 'type')), asString(getPath(block, 'uri')));
        for (const p of asList(getPath(block, 'permissions'))) {
            const permission = asString(p);
            if (permission !== undefined)
                out.push({ grantee, permission, loc: block.loc });
        }
    }
    return out;
}
/** `access_control_policy { grant { grantee { type uri } permission } }` of aws_s3_bucket_acl. */
function aclResourceGrants(r) {
    const out = [];
    for (const block of asList(getPath(r.attrs, 'access_control_policy', 'grant'))) {
        if (block.t !== 'map')
            continue;
        const grantee = granteeOf(asString(getPath(block, 'grantee', 'type')), asString(getPath(block, 'grantee', 'uri')));
        const permission = asString(getPath(block, 'permission'));
        if (permission !== undefined)
            out.push({ grantee, permission, loc: block.loc, address: r.address });
    }
    return out;
}
/** An S3 public access block; omitted settings default to false, located at the block. */
export function s3AccessBlockOf(r) {
    const off = known(false, r.loc);
    return {
        blockPublicAcls: boolFact(attr(r, 'block_public_acls'), off),
        ignorePublicAcls: boolFact(attr(r, 'ignore_public_acls'), off),
        blockPublicPolicy: boolFact(attr(r, 'block_public_policy'), off),
        restrictPublicBuckets: boolFact(attr(r, 'restrict_public_buckets'), off),
        loc: r.loc,
        address: r.address,
    };
}
/**
 * OSS Block Public Access is one switch: on, it ignores existing public ACLs and
 * policies and refuses new ones, i.e. all four S3 settings at once.
 */
function ossAccessBlockOf(r) {
    const on = boolFact(attr(r, 'block_public_access'), known(false, r.loc));
    return { blockPublicAcls: on, ignorePublicAcls: on, blockPublicPolicy: on, restrictPublicBuckets: on, loc: r.loc, address: r.address };
}
function bucketNameFact(r) {
    const name = attr(r, 'bucket');
    if (!name || name.t === 'null') {
        return attr(r, 'bucket_prefix') ? unknownFact('the name is generated from bucket_prefix', r.loc) : unknownFact('the provider generates the bucket name', r.loc);
    }
    return stringFact(name);
}
function newBucket(r, external) {
    return {
        ...baseOf(r),
        kind: 'bucket',
        name: external ? stringFact(attr(r, 'bucket'), unknownFact('the bucket is not declared in the scanned files')) : bucketNameFact(r),
        grants: [],
        policies: [],
        ...(external ? { external: true, tags: {} } : {}),
    };
}
function addAcl(bucket, value, address) {
    if (!value || value.t === 'null')
        return;
    const acl = stringFact(value);
    (bucket.aclDeclarations ??= []).push({ acl, address });
    bucket.acl = acl;
}
function addPolicy(bucket, value, address, resolve, fallbackLoc) {
    if (!value || value.t === 'null')
        return;
    const doc = parsePolicyDocument(value, address, resolve);
    if (doc.known)
        bucket.policies.push({ ...doc.value, loc: doc.value.loc ?? value.loc ?? fallbackLoc });
    else
        (bucket.unknownPolicies ??= []).push({ address, reason: doc.reason, loc: value.loc ?? fallbackLoc });
}
function addAccessBlock(bucket, block) {
    if (!bucket.publicAccessBlock)
        bucket.publicAccessBlock = block;
    else
        (bucket.extraAccessBlocks ??= []).push(block);
}
function relate(bucket, r) {
    if (bucket.id === r.address)
        return;
    (bucket.relatedLocs ??= []).push(r.loc);
}
/** Finds the bucket an attachment's `bucket` argument names, or says why it cannot. */
class BucketIndex {
    byAddress = new Map();
    byName = new Map();
    external = new Map();
    constructor(buckets) {
        for (const b of buckets) {
            this.byAddress.set(b.id, b);
            if (b.name.known)
                this.byName.set(`${b.provider}:${b.name.value}`, b);
        }
    }
    /** The bucket record for an attachment, creating an external one when the bucket is not in the scan. */
    bucketFor(r) {
        const target = attr(r, 'bucket');
        const anyRef = refOf(target);
        // An interpolation ("${random_pet.x.id}-logs") still names the resource it read: only a bucket is a bucket.
        const ref = anyRef && BUCKET_ADDRESS.test(anyRef.address) ? anyRef : undefined;
        let key;
        if (ref) {
            const exact = this.byAddress.get(ref.address);
            if (exact)
                return { bucket: exact, resolved: true };
            const prefix = ref.address + '[';
            for (const [address, b] of this.byAddress)
                if (address.startsWith(prefix))
                    return { bucket: b, resolved: true };
            key = `ref:${ref.address}`;
        }
        else {
            const name = asString(target);
            if (name !== undefined) {
                const named = this.byName.get(`${r.provider === 'alicloud' ? 'alicloud' : 'aws'}:${name}`);
                if (named)
                    return { bucket: named, resolved: true };
                key = `name:${r.provider}:${name}`;
            }
            else {
                // A bucket from a variable or data source: nothing to match, so the attachment stands alone.
                key = `own:${r.address}`;
            }
        }
        let external = this.external.get(key);
        if (!external) {
            external = newBucket(r, true);
            this.external.set(key, external);
        }
        else
            relate(external, r);
        return { bucket: external, resolved: !key.startsWith('own:') };
    }
}
export function normalizeStorage(ctx) {
    const resolvePolicy = iamPolicyDocumentResolver(ctx.dataByAddress);
    const buckets = [];
    for (const type of BUCKET_TYPES) {
        for (const r of ctx.byType(type)) {
            const b = newBucket(r, false);
            addAcl(b, attr(r, 'acl'), r.address);
            if (type === 'aws_s3_bucket')
                b.grants.push(...inlineGrants(r));
            addPolicy(b, attr(r, 'policy'), r.address, resolvePolicy, r.loc);
            buckets.push(b);
        }
    }
    buckets.push(...bucketsFromKnownModules(ctx, resolvePolicy));
    const index = new BucketIndex(buckets);
    const unresolvedBlocks = [];
    const attach = (type, apply, onUnresolved) => {
        for (const r of ctx.byType(type)) {
            const { bucket, resolved } = index.bucketFor(r);
            relate(bucket, r);
            apply(bucket, r);
            if (!resolved)
                onUnresolved?.(r);
        }
    };
    attach('aws_s3_bucket_acl', (b, r) => {
        addAcl(b, attr(r, 'acl'), r.address);
        b.grants.push(...aclResourceGrants(r));
    });
    attach('aws_s3_bucket_ownership_controls', (b, r) => {
        b.objectOwnership = stringFact(getPath(r.attrs, 'rule', 'object_ownership'));
    });
    attach('aws_s3_bucket_policy', (b, r) => addPolicy(b, attr(r, 'policy'), r.address, resolvePolicy, r.loc));
    attach('aws_s3_bucket_public_access_block', (b, r) => addAccessBlock(b, s3AccessBlockOf(r)), (r) => unresolvedBlocks.push({ block: s3AccessBlockOf(r), provider: 'aws' }));
    attach('alicloud_oss_bucket_acl', (b, r) => addAcl(b, attr(r, 'acl'), r.address));
    attach('alicloud_oss_bucket_policy', (b, r) => addPolicy(b, attr(r, 'policy'), r.address, resolvePolicy, r.loc));
    attach('alicloud_oss_bucket_public_access_block', (b, r) => addAccessBlock(b, ossAccessBlockOf(r)), (r) => unresolvedBlocks.push({ block: ossAccessBlockOf(r), provider: 'alicloud' }));
    const all = [...buckets, ...index.external.values()];
    // A block aimed at an unknown bucket may be the one that protects any bucket without a block of its own.
    if (unresolvedBlocks.length > 0) {
        // Grouped by provider once, not filtered again for every bucket.
        const byProvider = new Map();
        for (const u of unresolvedBlocks) {
            const list = byProvider.get(u.provider);
            if (list)
                list.push(u.block);
            else
                byProvider.set(u.provider, [u.block]);
        }
        for (const b of all) {
            if (b.publicAccessBlock)
                continue;
            const candidates = byProvider.get(b.provider);
            if (candidates)
                b.unresolvedAccessBlocks = [...candidates];
        }
    }
    const accounts = [
        ...ctx.byType('aws_s3_account_public_access_block').map((r) => ({ ...baseOf(r), kind: 'account-public-access-block', block: s3AccessBlockOf(r) })),
        ...ctx.byType('alicloud_oss_account_public_access_block').map((r) => ({ ...baseOf(r), kind: 'account-public-access-block', block: ossAccessBlockOf(r) })),
    ];
    return [...all, ...accounts];
}
