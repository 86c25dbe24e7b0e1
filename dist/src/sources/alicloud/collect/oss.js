/**
 * OSS: the account's buckets (ListBuckets, marker paging, from any region's
 * endpoint), kept when they live in an audited region; for each, through its
 * own region's endpoint (OSS refuses others), the ACL, the policy, the
 * replication rules with their destination location, and Block Public Access;
 * and the account-wide Block Public Access switch. "No policy" and "no
 * replication" are answers (404 NoSuchBucketPolicy / NoSuchReplicationConfiguration),
 * not failures.
 */
import { okPart } from '../../live/coverage.js';
import { AlicloudApiError } from '../api-error.js';
import { boolField, items, text } from './wire.js';
/** The answer OSS gives when a configuration is simply absent (NoSuchBucketPolicy, ...). */
async function orAbsent(read, absentCode, absent) {
    try {
        return await read();
    }
    catch (e) {
        if (e instanceof AlicloudApiError && absentCode.test(e.code))
            return absent;
        throw e;
    }
}
/** A Block Public Access switch never set may answer "no such configuration" (not confirmed): that is off. */
const NO_BLOCK_CONFIGURATION = /^NoSuch\w*PublicAccessBlock\w*$/;
async function listBuckets(ctx, via) {
    const out = [];
    let marker;
    for (let n = 0; n < 10_000; n++) {
        const reply = (await ctx.session.api.oss(via, 'ListBuckets', { subres: {}, query: { 'max-keys': '1000', ...(marker ? { marker } : {}) }, reply: 'xml' }));
        for (const b of items(reply.Buckets, 'Bucket')) {
            const name = text(b, 'Name');
            const region = text(b, 'Region') ?? text(b, 'Location')?.replace(/^oss-/, '');
            if (name && region)
                out.push({ name, region });
        }
        marker = boolField(reply, 'IsTruncated') ? text(reply, 'NextMarker') : undefined;
        if (!marker)
            return out;
    }
    throw new Error('more than 10000 pages of buckets: stopped');
}
async function bucketDetails(ctx, b) {
    const api = ctx.session.api;
    const part = (what, operation, read) => ctx.part({ region: b.region, service: 'oss', scope: `bucket ${b.name}: ${what}`, apiCall: `oss:${operation}` }, read);
    const [acl, policy, replication, blockPublicAccess] = await Promise.all([
        part('ACL', 'GetBucketAcl', async () => {
            const reply = (await api.oss(b.region, 'GetBucketAcl', { bucket: b.name, subres: 'acl', reply: 'xml' }));
            const grant = text(reply.AccessControlList, 'Grant');
            if (!grant)
                throw new Error('GetBucketAcl answered without a Grant');
            return grant;
        }),
        part('policy', 'GetBucketPolicy', () => orAbsent(async () => (await api.oss(b.region, 'GetBucketPolicy', { bucket: b.name, subres: 'policy', reply: 'text' })), /^NoSuchBucketPolicy$/, null)),
        part('replication', 'GetBucketReplication', () => orAbsent(async () => {
            const reply = (await api.oss(b.region, 'GetBucketReplication', { bucket: b.name, subres: 'replication', reply: 'xml' }));
            return items(reply, 'Rule').map((r) => {
                const dest = (r.Destination ?? {});
                return { id: text(r, 'ID') ?? '', destinationBucket: text(dest, 'Bucket') ?? '', destinationLocation: text(dest, 'Location') ?? '', ...(text(r, 'Status') ? { status: text(r, 'Status') } : {}) };
            });
        }, /^NoSuchReplicationConfiguration$/, [])),
        part('Block Public Access', 'GetBucketPublicAccessBlock', () => orAbsent(async () => {
            const reply = (await api.oss(b.region, 'GetBucketPublicAccessBlock', { bucket: b.name, subres: 'publicAccessBlock', reply: 'xml' }));
            return boolField(reply, 'BlockPublicAccess') === true;
        }, NO_BLOCK_CONFIGURATION, false)),
    ]);
    return { ...b, acl, policy, replication, blockPublicAccess };
}
export const ossCollector = {
    service: 'oss',
    async collect(ctx) {
        // Any region's endpoint lists every bucket; use the first audited one.
        const via = ctx.regions[0] ?? 'cn-hangzhou';
        const audited = new Set(ctx.regions);
        const [listed, accountBlock] = await Promise.all([
            ctx.part({ region: 'global', service: 'oss', scope: 'buckets', apiCall: 'oss:ListBuckets' }, () => listBuckets(ctx, via)),
            ctx.part({ region: 'global', service: 'oss', scope: 'account-wide Block Public Access', apiCall: 'oss:GetPublicAccessBlock' }, () => orAbsent(async () => {
                const reply = (await ctx.session.api.oss(via, 'GetPublicAccessBlock', { subres: 'publicAccessBlock', reply: 'xml' }));
                return boolField(reply, 'BlockPublicAccess') === true;
            }, NO_BLOCK_CONFIGURATION, false)),
        ]);
        let buckets;
        if (!listed.ok)
            buckets = listed;
        else
            buckets = okPart(await Promise.all(listed.value.filter((b) => audited.has(b.region)).map((b) => bucketDetails(ctx, b))));
        ctx.snapshot.oss = { buckets, accountBlockPublicAccess: accountBlock };
    },
};
