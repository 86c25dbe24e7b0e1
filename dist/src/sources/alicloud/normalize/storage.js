/**
 * Live OSS → bucket records and the account's Block Public Access record,
 * with the Terraform normalizer's meaning: the canned ACL, the bucket policy
 * (parsed like any OSS policy, secret-looking condition values redacted), and
 * Block Public Access as one switch that acts like all four S3 settings. A
 * part that could not be read is an unknown ACL, an unknown policy or an
 * unknown switch.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { parsePolicyDocument } from '../../../model/policy.js';
import { str } from '../../../model/value.js';
import { notAssessedReason } from '../../live/coverage.js';
import { redactPolicyConditions } from '../../live/redact.js';
import { bucketArn, itemsOf, liveLoc, recordBase } from './common.js';
function switchOf(part, what, address, apiCall) {
    const loc = liveLoc(address, apiCall);
    const on = part.ok ? known(part.value, loc) : unknownFact(notAssessedReason(part, what), loc);
    return { blockPublicAcls: on, ignorePublicAcls: on, blockPublicPolicy: on, restrictPublicBuckets: on, loc, address };
}
function bucket(b, account) {
    const id = bucketArn(account, b.name);
    const base = recordBase(id, 'ALIYUN::OSS::Bucket', b.region, account, 'oss:ListBuckets');
    const aclLoc = liveLoc(id, 'oss:GetBucketAcl');
    const acl = b.acl.ok ? known(b.acl.value, aclLoc) : unknownFact(notAssessedReason(b.acl, `the ACL of ${b.name}`), aclLoc);
    const out = {
        ...base,
        kind: 'bucket',
        name: known(b.name, base.loc),
        acl,
        aclDeclarations: [{ acl, address: id }],
        grants: [],
        policies: [],
        publicAccessBlock: switchOf(b.blockPublicAccess, `Block Public Access of ${b.name}`, id, 'oss:GetBucketPublicAccessBlock'),
    };
    const policyLoc = liveLoc(id, 'oss:GetBucketPolicy');
    if (!b.policy.ok)
        out.unknownPolicies = [{ address: id, reason: notAssessedReason(b.policy, `the policy of ${b.name}`), loc: policyLoc }];
    else if (b.policy.value !== null) {
        const doc = parsePolicyDocument(str(b.policy.value, policyLoc), id);
        if (doc.known)
            out.policies.push(redactPolicyConditions({ ...doc.value, loc: policyLoc }));
        else
            out.unknownPolicies = [{ address: id, reason: doc.reason, loc: policyLoc }];
    }
    return out;
}
export function normalizeStorage(snapshot) {
    if (!snapshot.oss)
        return [];
    const account = snapshot.account;
    const out = itemsOf(snapshot.oss.buckets).map((b) => bucket(b, account));
    const blockId = `acs:oss:*:${account}:public-access-block`;
    // The account-wide switch governs every bucket; record it whenever it was asked about (read or not).
    out.push({
        ...recordBase(blockId, 'ALIYUN::OSS::PublicAccessBlock', 'global', account, 'oss:GetPublicAccessBlock'),
        kind: 'account-public-access-block',
        block: switchOf(snapshot.oss.accountBlockPublicAccess, 'the account-wide Block Public Access', blockId, 'oss:GetPublicAccessBlock'),
    });
    return out;
}
