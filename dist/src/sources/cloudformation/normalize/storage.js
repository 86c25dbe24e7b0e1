/**
 * CloudFormation and ROS buckets → bucket records: S3 (`AccessControl`,
 * `PublicAccessBlockConfiguration`, and AWS::S3::BucketPolicy folded in by
 * reference or bucket name) and OSS (`AccessControl`, `Policy`,
 * `BlockPublicAccess`). A policy whose bucket is not in the template gets a
 * bucket record of its own, marked external, as the Terraform normalizer does.
 * Canned ACLs are written the way S3 and the rules name them (`PublicRead` →
 * `public-read`).
 */
import { known, unknownFact } from '../../../model/fact.js';
import { parsePolicyDocument } from '../../../model/policy.js';
import { asString } from '../../../model/value.js';
import { attr, boolFact, present, reasonOf, referenced, stringFact, templateBase } from './common.js';
const S3_BUCKET = 'AWS::S3::Bucket';
const OSS_BUCKET = 'ALIYUN::OSS::Bucket';
/** CloudFormation's AccessControl names → S3 canned ACL names. */
const CANNED_ACLS = {
    Private: 'private',
    PublicRead: 'public-read',
    PublicReadWrite: 'public-read-write',
    AuthenticatedRead: 'authenticated-read',
    LogDeliveryWrite: 'log-delivery-write',
    BucketOwnerRead: 'bucket-owner-read',
    BucketOwnerFullControl: 'bucket-owner-full-control',
    AwsExecRead: 'aws-exec-read',
};
function cannedAcl(v) {
    const s = asString(v);
    if (s === undefined)
        return unknownFact(`AccessControl: ${reasonOf(v)}`, v.loc);
    return known(CANNED_ACLS[s] ?? s, v.loc);
}
function nameFact(r) {
    const name = attr(r, 'BucketName');
    return present(name) ? stringFact(name) : unknownFact(r.provider === 'alicloud' ? 'the bucket name is not given' : 'CloudFormation generates the bucket name', r.loc);
}
/** An S3 PublicAccessBlockConfiguration; omitted settings are false, as S3 stores them. */
function s3AccessBlock(r, config) {
    const off = known(false, config.loc ?? r.loc);
    const setting = (key) => boolFact(attr(r, 'PublicAccessBlockConfiguration', key), off);
    return {
        blockPublicAcls: setting('BlockPublicAcls'),
        ignorePublicAcls: setting('IgnorePublicAcls'),
        blockPublicPolicy: setting('BlockPublicPolicy'),
        restrictPublicBuckets: setting('RestrictPublicBuckets'),
        loc: config.loc ?? r.loc,
        address: r.address,
    };
}
/** OSS Block Public Access is one switch acting as all four S3 settings. */
function ossAccessBlock(r, v) {
    const on = boolFact(v, known(false, r.loc));
    return { blockPublicAcls: on, ignorePublicAcls: on, blockPublicPolicy: on, restrictPublicBuckets: on, loc: v.loc ?? r.loc, address: r.address };
}
function addPolicy(bucket, value, address, fallback) {
    if (!present(value))
        return;
    const doc = parsePolicyDocument(value, address);
    if (doc.known)
        bucket.policies.push({ ...doc.value, loc: doc.value.loc ?? value.loc ?? fallback.loc });
    else
        (bucket.unknownPolicies ??= []).push({ address, reason: doc.reason, loc: value.loc ?? fallback.loc });
}
function bucketOf(r) {
    const b = { ...templateBase(r), kind: 'bucket', name: nameFact(r), grants: [], policies: [] };
    const acl = attr(r, 'AccessControl');
    if (present(acl)) {
        b.acl = cannedAcl(acl);
        b.aclDeclarations = [{ acl: b.acl, address: r.address }];
    }
    if (r.type === S3_BUCKET) {
        const config = attr(r, 'PublicAccessBlockConfiguration');
        if (present(config))
            b.publicAccessBlock = s3AccessBlock(r, config);
    }
    else {
        const block = attr(r, 'BlockPublicAccess');
        if (present(block))
            b.publicAccessBlock = ossAccessBlock(r, block);
        addPolicy(b, attr(r, 'Policy'), r.address, r);
    }
    return b;
}
/** The bucket a policy names: by reference, else by bucket name; else a record of its own. */
function bucketFor(policy, buckets, external, ctx) {
    const value = attr(policy, 'Bucket');
    const target = referenced(value, ctx);
    if (target && buckets.has(target.address))
        return buckets.get(target.address);
    const name = asString(value);
    if (name !== undefined)
        for (const b of buckets.values())
            if (b.name.known && b.name.value === name)
                return b;
    const key = name !== undefined ? `name:${name}` : `own:${policy.address}`;
    let b = external.get(key);
    if (!b) {
        b = {
            ...templateBase(policy),
            kind: 'bucket',
            name: name !== undefined ? known(name, value?.loc) : unknownFact(`the bucket is not in the template (${reasonOf(value)})`),
            grants: [],
            policies: [],
            external: true,
            tags: {},
        };
        external.set(key, b);
    }
    return b;
}
export function normalizeBuckets(ctx) {
    const buckets = new Map();
    for (const r of [...ctx.byType(S3_BUCKET), ...ctx.byType(OSS_BUCKET)])
        buckets.set(r.address, bucketOf(r));
    const external = new Map();
    for (const policy of ctx.byType('AWS::S3::BucketPolicy')) {
        const bucket = bucketFor(policy, buckets, external, ctx);
        if (bucket.id !== policy.address)
            (bucket.relatedLocs ??= []).push(policy.loc);
        addPolicy(bucket, attr(policy, 'PolicyDocument'), policy.address, policy);
    }
    return [...buckets.values(), ...external.values()];
}
