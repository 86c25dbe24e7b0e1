/**
 * S3, once per account: the bucket listing (with each bucket's region, which
 * ListBuckets returns; GetBucketLocation only for buckets it does not place),
 * then for each bucket in an audited region its ACL, policy (and AWS's own
 * policy-status verdict when there is a policy), public access block,
 * replication and tags, each call sent to the bucket's own region; the
 * account's public access block (S3 Control); and the region of every
 * replication destination outside the listing (another account's bucket).
 * S3 has no batch call for bucket settings, so these are one call per bucket
 * per setting, bounded per region.
 */
import { GetBucketAclCommand, GetBucketLocationCommand, GetBucketPolicyCommand, GetBucketPolicyStatusCommand, GetBucketReplicationCommand, GetBucketTaggingCommand, GetPublicAccessBlockCommand, paginateListBuckets, } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { failedPart, okPart } from '../../live/coverage.js';
import { mapLimited } from '../../live/limiter.js';
import { bucketNameOfArn } from '../arn.js';
import { allPages, orAbsent, PAGE_SIZE } from './pages.js';
/** LocationConstraint → region: empty means us-east-1, and the legacy `EU` means eu-west-1. */
export function regionOfLocation(constraint) {
    if (!constraint)
        return 'us-east-1';
    if (constraint === 'EU')
        return 'eu-west-1';
    return constraint;
}
/** Buckets handled at once; each sends up to six calls, held to the per-region bound by the client layer. */
const BUCKETS_AT_ONCE = 32;
async function bucketRegion(ctx, name, global = false) {
    return ctx.part({ region: 'global', service: 's3', scope: `bucket ${name}: region${global ? ' (replication destination)' : ''}`, apiCall: 's3:GetBucketLocation' }, async () => {
        const out = await ctx.session.clients.s3(ctx.session.homeRegion).send(new GetBucketLocationCommand({ Bucket: name }));
        return regionOfLocation(out.LocationConstraint);
    });
}
/** A bucket's settings; undefined when the bucket was deleted between the listing and its reads. */
async function readBucket(ctx, name, region) {
    const s3 = ctx.session.clients.s3(region);
    let gone = false;
    const part = (what, apiCall, absentNames, absent, read) => ctx.part({ region, service: 's3', scope: `bucket ${name}: ${what}`, apiCall }, async () => {
        try {
            return await orAbsent(read, absentNames, absent);
        }
        catch (e) {
            if (e.name !== 'NoSuchBucket')
                throw e;
            gone = true;
            return absent;
        }
    });
    const [acl, policy, publicAccessBlock, replication, tags] = await Promise.all([
        part('ACL', 's3:GetBucketAcl', [], [], async () => (await s3.send(new GetBucketAclCommand({ Bucket: name }))).Grants ?? []),
        part('policy', 's3:GetBucketPolicy', ['NoSuchBucketPolicy'], null, async () => (await s3.send(new GetBucketPolicyCommand({ Bucket: name }))).Policy ?? null),
        part('public access block', 's3:GetBucketPublicAccessBlock', ['NoSuchPublicAccessBlockConfiguration'], null, async () => (await s3.send(new GetPublicAccessBlockCommand({ Bucket: name }))).PublicAccessBlockConfiguration ?? null),
        part('replication', 's3:GetReplicationConfiguration', ['ReplicationConfigurationNotFoundError'], null, async () => (await s3.send(new GetBucketReplicationCommand({ Bucket: name }))).ReplicationConfiguration ?? null),
        part('tags', 's3:GetBucketTagging', ['NoSuchTagSet'], [], async () => (await s3.send(new GetBucketTaggingCommand({ Bucket: name }))).TagSet ?? []),
    ]);
    if (gone)
        return undefined;
    const bucket = { name, region: okPart(region), acl, policy, publicAccessBlock, replication, tags };
    // AWS's own verdict is worth a call only when there is a policy to judge (or its text could not be read).
    if (!policy.ok || policy.value !== null)
        bucket.policyIsPublic = await part('policy status', 's3:GetBucketPolicyStatus', ['NoSuchBucketPolicy'], false, async () => (await s3.send(new GetBucketPolicyStatusCommand({ Bucket: name }))).PolicyStatus?.IsPublic ?? false);
    return gone ? undefined : bucket;
}
export const s3Collector = {
    service: 's3',
    async collect(ctx) {
        const { session, snapshot } = ctx;
        const home = session.homeRegion;
        const audited = new Set(ctx.regions);
        const accountBlock = ctx.part({ region: 'global', service: 's3', scope: 'account public access block', apiCall: 's3:GetAccountPublicAccessBlock' }, () => orAbsent(async () => (await session.clients.s3control(home).send(new GetAccountPublicAccessBlockCommand({ AccountId: session.account }))).PublicAccessBlockConfiguration ?? null, ['NoSuchPublicAccessBlockConfiguration'], null));
        const listing = await ctx.part({ region: 'global', service: 's3', scope: 'buckets (every region)', apiCall: 's3:ListAllMyBuckets' }, () => allPages(paginateListBuckets({ client: session.clients.s3(home), pageSize: PAGE_SIZE.s3ListBuckets }, { MaxBuckets: PAGE_SIZE.s3ListBuckets }), (p) => p.Buckets));
        if (!listing.ok) {
            snapshot.buckets = failedPart(listing.reason, listing.apiCall);
            snapshot.accountPublicAccessBlock = await accountBlock;
            return;
        }
        const regions = new Map();
        await mapLimited(listing.value, BUCKETS_AT_ONCE, async (b) => {
            if (!b.Name)
                return;
            regions.set(b.Name, b.BucketRegion ? okPart(b.BucketRegion) : await bucketRegion(ctx, b.Name));
        });
        snapshot.bucketRegions = regions;
        const inScope = [...regions].filter(([, r]) => !r.ok || audited.has(r.value));
        const read = await mapLimited(inScope, BUCKETS_AT_ONCE, async ([name, region]) => region.ok ? readBucket(ctx, name, region.value) : { name, region });
        const buckets = read.filter((b) => b !== undefined);
        snapshot.buckets = okPart(buckets);
        // Replication destinations outside the listing belong to other accounts: ask where they are.
        const foreign = new Set();
        for (const b of buckets)
            if (b.replication?.ok && b.replication.value)
                for (const rule of b.replication.value.Rules ?? []) {
                    const dest = rule.Destination?.Bucket ? bucketNameOfArn(rule.Destination.Bucket) : undefined;
                    if (dest && !regions.has(dest))
                        foreign.add(dest);
                }
        const foreignRegions = new Map();
        await mapLimited([...foreign], BUCKETS_AT_ONCE, async (name) => foreignRegions.set(name, await bucketRegion(ctx, name, true)));
        snapshot.foreignBucketRegions = foreignRegions;
        snapshot.accountPublicAccessBlock = await accountBlock;
    },
};
