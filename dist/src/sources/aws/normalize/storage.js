import { known, unknownFact } from '../../../model/fact.js';
import { parsePolicyDocument } from '../../../model/policy.js';
import { str } from '../../../model/value.js';
import { notAssessedReason } from '../../live/coverage.js';
import { redactPolicyConditions } from '../../live/redact.js';
import { s3BucketArn } from '../arn.js';
import { liveLoc, recordBase, tagMap } from './common.js';
const GROUP_URIS = {
    'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
    'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
};
function grantsOf(grants, loc) {
    return grants
        .filter((g) => g.Permission)
        .map((g) => ({ grantee: (g.Grantee?.Type === 'Group' && g.Grantee.URI && GROUP_URIS[g.Grantee.URI]) || 'other', permission: g.Permission, loc }));
}
function blockOf(c, address, loc) {
    // A setting the API leaves out is off.
    return {
        blockPublicAcls: known(c.BlockPublicAcls === true, loc),
        ignorePublicAcls: known(c.IgnorePublicAcls === true, loc),
        blockPublicPolicy: known(c.BlockPublicPolicy === true, loc),
        restrictPublicBuckets: known(c.RestrictPublicBuckets === true, loc),
        loc,
        address,
    };
}
function unknownBlock(reason, address, loc) {
    const u = () => unknownFact(reason, loc);
    return { blockPublicAcls: u(), ignorePublicAcls: u(), blockPublicPolicy: u(), restrictPublicBuckets: u(), loc, address };
}
function bucketRecord(b, snapshot) {
    const id = s3BucketArn(snapshot.partition, b.name);
    const region = b.region.value;
    const tags = b.tags?.ok ? tagMap(b.tags.value) : {};
    const base = recordBase(id, 'AWS::S3::Bucket', region, snapshot.account, 's3:ListAllMyBuckets', tags);
    const bucket = { ...base, kind: 'bucket', name: known(b.name, base.loc), grants: [], policies: [] };
    const aclLoc = liveLoc(id, 's3:GetBucketAcl');
    if (b.acl?.ok)
        bucket.grants.push(...grantsOf(b.acl.value, aclLoc));
    else if (b.acl)
        bucket.aclDeclarations = [{ acl: unknownFact(notAssessedReason(b.acl, 'the bucket ACL'), aclLoc), address: id }];
    const policyLoc = liveLoc(id, 's3:GetBucketPolicy');
    if (b.policy?.ok && b.policy.value !== null) {
        const doc = parsePolicyDocument(str(b.policy.value, policyLoc), id);
        if (doc.known)
            bucket.policies.push({ ...redactPolicyConditions(doc.value), loc: policyLoc });
        else
            bucket.unknownPolicies = [{ address: id, reason: doc.reason, loc: policyLoc }];
    }
    else if (b.policy && !b.policy.ok) {
        const status = b.policyIsPublic;
        // When only the text is unreadable, AWS's own verdict still says whether the policy makes the bucket public.
        if (!(status?.ok && status.value === false)) {
            const reason = status?.ok && status.value
                ? `AWS reports the policy makes the bucket public (s3:GetBucketPolicyStatus), but its text could not be read (${b.policy.reason})`
                : notAssessedReason(b.policy, 'the bucket policy');
            bucket.unknownPolicies = [{ address: id, reason, loc: policyLoc }];
        }
    }
    const blockLoc = liveLoc(id, 's3:GetBucketPublicAccessBlock');
    if (b.publicAccessBlock?.ok && b.publicAccessBlock.value)
        bucket.publicAccessBlock = blockOf(b.publicAccessBlock.value, id, blockLoc);
    else if (b.publicAccessBlock && !b.publicAccessBlock.ok)
        bucket.publicAccessBlock = unknownBlock(notAssessedReason(b.publicAccessBlock, 'the bucket public access block'), id, blockLoc);
    return bucket;
}
/** The id of an account's S3 public access block record (the setting has no ARN of its own). */
export function accountBlockId(account) {
    return `s3-account-public-access-block:${account}`;
}
export function normalizeStorage(snapshot) {
    const out = [];
    if (snapshot.buckets?.ok)
        for (const b of snapshot.buckets.value)
            if (b.region.ok)
                out.push(bucketRecord(b, snapshot));
    const account = snapshot.accountPublicAccessBlock;
    if (account && (!account.ok || account.value)) {
        const id = accountBlockId(snapshot.account);
        const loc = liveLoc(id, 's3:GetAccountPublicAccessBlock');
        const block = account.ok ? blockOf(account.value, id, loc) : unknownBlock(notAssessedReason(account, 'the account public access block'), id, loc);
        out.push({
            id,
            kind: 'account-public-access-block',
            provider: 'aws',
            sourceKind: 'aws-live',
            sourceType: 'AWS::S3::AccountPublicAccessBlock',
            region: unknownFact('an account-wide setting, in no one region', loc),
            account: snapshot.account,
            loc,
            tags: {},
            block,
        });
    }
    return out;
}
