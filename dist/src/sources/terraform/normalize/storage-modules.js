/**
 * Buckets created by widely used registry modules that are not downloaded.
 * The source hands such a call over as a SourceResource of type 'module' with
 * its evaluated arguments; for the modules known here we model what the module
 * would create from those arguments and the module's own defaults for the
 * version that `terraform init` would pick.
 *
 * terraform-aws-modules/s3-bucket/aws (github.com/terraform-aws-modules/terraform-aws-s3-bucket):
 * - `aws_s3_bucket_public_access_block.this` exists unless attach_public_policy
 *   = false; its four inputs default to false before v3.9.0 and to true from
 *   v3.9.0 on (CHANGELOG 3.9.0, "Updated S3 Bucket Block Public Access ... defaults
 *   to work since April 2023");
 * - `acl` and `grant` become `aws_s3_bucket_acl.this`;
 * - `policy` is attached only when attach_policy = true (the other attach_*
 *   policies it can add grant AWS services or deny, never everyone);
 * - with control_object_ownership = true it declares Object Ownership
 *   (object_ownership, default BucketOwnerEnforced, which disables ACLs).
 */
import { known, unknownFact } from '../../../model/fact.js';
import { parsePolicyDocument } from '../../../model/policy.js';
import { UNEVALUATED_MODULE_TYPE } from '../../../model/source-resource.js';
import { asBool, asList, asString, getPath } from '../../../model/value.js';
import { attr, baseOf, boolFact, stringFact } from './common.js';
const ALL_USERS_URI = /\/groups\/global\/AllUsers$/i;
const AUTHENTICATED_USERS_URI = /\/groups\/global\/AuthenticatedUsers$/i;
/** Which S3 grantee group a grant names (`Group` grants by URI). */
export function granteeOf(type, uri) {
    if (type !== undefined && type !== 'Group')
        return 'other';
    if (uri && ALL_USERS_URI.test(uri))
        return 'AllUsers';
    if (uri && AUTHENTICATED_USERS_URI.test(uri))
        return 'AuthenticatedUsers';
    return 'other';
}
export const S3_BUCKET_MODULE = /^(?:(?:registry\.terraform\.io|app\.terraform\.io)\/)?terraform-aws-modules\/s3-bucket\/aws(?:\/\/.*)?$/i;
export const S3_BUCKET_MODULE_GIT = /github\.com[/:]terraform-aws-modules\/terraform-aws-s3-bucket(?:\.git)?(?:\/\/[^?]*)?(?:\?ref=v?([0-9][^&]*))?/i;
/** The version in which the module's public-access-block inputs started defaulting to true. */
const SECURE_DEFAULTS_SINCE = [3, 9, 0];
function parseVersion(text) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
    if (!m)
        return undefined;
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compare(a, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/**
 * Would `terraform init` pick a version at or after `threshold` for this
 * constraint? It picks the newest version the constraint allows; newer
 * releases than the threshold exist, so only a pin or an upper bound below the
 * threshold keeps the old behaviour. Undefined when the constraint is unreadable.
 */
export function newestAllowedIsAtLeast(constraint, threshold) {
    if (constraint === undefined || constraint.trim() === '')
        return true;
    let newestAtLeast = true;
    for (const clause of constraint.split(',')) {
        const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(v?\d[\w.-]*)\s*$/.exec(clause);
        if (!m)
            return undefined;
        const op = m[1] ?? '=';
        const v = parseVersion(m[2]);
        if (!v)
            return undefined;
        if (op === '=')
            return compare(v, threshold) >= 0;
        if (op === '<' && compare(v, threshold) <= 0)
            newestAtLeast = false;
        if (op === '<=' && compare(v, threshold) < 0)
            newestAtLeast = false;
        if (op === '~>') {
            // ~> 3.7 allows < 4.0.0; ~> 3.7.0 allows < 3.8.0.
            const parts = m[2].replace(/^v/, '').split('.').length;
            const upper = parts >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0];
            if (compare(upper, threshold) <= 0)
                newestAtLeast = false;
        }
    }
    return newestAtLeast;
}
/** Whether the module version `terraform init` would pick defaults the public-access-block inputs to true. */
function secureDefaultsOf(call) {
    const source = asString(attr(call, 'source')) ?? '';
    const git = S3_BUCKET_MODULE_GIT.exec(source);
    const versionValue = attr(call, 'version');
    const constraint = git ? git[1] : asString(versionValue);
    if (!git && versionValue && versionValue.t !== 'null' && constraint === undefined)
        return unknownFact('the module version is unknown', call.loc);
    const secure = newestAllowedIsAtLeast(constraint, SECURE_DEFAULTS_SINCE);
    if (secure === undefined)
        return unknownFact(`the module version constraint "${constraint}" could not be read`, call.loc);
    return known(secure, versionValue?.loc ?? call.loc);
}
export function isS3BucketModule(call) {
    const source = asString(attr(call, 'source'));
    return source !== undefined && (S3_BUCKET_MODULE.test(source) || S3_BUCKET_MODULE_GIT.test(source));
}
/** The module's `grant` input: a list of maps with type, uri/id and permission(s). */
function moduleGrants(call, address) {
    const out = [];
    for (const g of asList(attr(call, 'grant'))) {
        if (g.t !== 'map')
            continue;
        const grantee = granteeOf(asString(getPath(g, 'type')), asString(getPath(g, 'uri')));
        const permissions = [...asList(getPath(g, 'permissions')), ...asList(getPath(g, 'permission'))];
        for (const p of permissions) {
            const permission = asString(p);
            if (permission !== undefined)
                out.push({ grantee, permission, loc: g.loc ?? call.loc, address });
        }
    }
    return out;
}
function s3BucketFromModule(call, resolvePolicy) {
    if (asBool(attr(call, 'create_bucket')) === false)
        return undefined;
    const inner = (type) => `${call.address}.${type}.this[0]`;
    const name = attr(call, 'bucket');
    const bucket = {
        ...baseOf(call),
        id: inner('aws_s3_bucket'),
        sourceType: 'aws_s3_bucket',
        kind: 'bucket',
        name: name && name.t !== 'null' ? stringFact(name) : unknownFact('the module generates the bucket name', call.loc),
        grants: moduleGrants(call, inner('aws_s3_bucket_acl')),
        policies: [],
        viaModule: asString(attr(call, 'source')) ?? 'a registry module',
    };
    const acl = attr(call, 'acl');
    if (acl && acl.t !== 'null' && asString(acl) !== 'null') {
        const fact = stringFact(acl);
        bucket.acl = fact;
        bucket.aclDeclarations = [{ acl: fact, address: inner('aws_s3_bucket_acl') }];
    }
    if (asBool(attr(call, 'control_object_ownership')) === true) {
        bucket.objectOwnership = stringFact(attr(call, 'object_ownership'), known('BucketOwnerEnforced', call.loc));
    }
    const attachPolicy = attr(call, 'attach_policy');
    if (asBool(attachPolicy) === true) {
        const policy = attr(call, 'policy');
        if (policy && policy.t !== 'null') {
            const doc = parsePolicyDocument(policy, inner('aws_s3_bucket_policy'), resolvePolicy);
            if (doc.known)
                bucket.policies.push({ ...doc.value, loc: doc.value.loc ?? policy.loc ?? call.loc });
            else
                bucket.unknownPolicies = [{ address: inner('aws_s3_bucket_policy'), reason: doc.reason, loc: policy.loc ?? call.loc }];
        }
    }
    else if (attachPolicy && attachPolicy.t !== 'null' && asBool(attachPolicy) === undefined) {
        bucket.unknownPolicies = [{ address: inner('aws_s3_bucket_policy'), reason: `whether the policy is attached is unknown (attach_policy)`, loc: attachPolicy.loc ?? call.loc }];
    }
    if (asBool(attr(call, 'attach_public_policy')) !== false) {
        const secureDefaults = secureDefaultsOf(call);
        const setting = (input) => {
            const byDefault = secureDefaults.known
                ? known(secureDefaults.value, call.loc)
                : unknownFact(`${input} is not set and ${secureDefaults.reason}`, call.loc);
            return boolFact(attr(call, input), byDefault);
        };
        const block = {
            blockPublicAcls: setting('block_public_acls'),
            ignorePublicAcls: setting('ignore_public_acls'),
            blockPublicPolicy: setting('block_public_policy'),
            restrictPublicBuckets: setting('restrict_public_buckets'),
            loc: call.loc,
            address: inner('aws_s3_bucket_public_access_block'),
        };
        bucket.publicAccessBlock = block;
    }
    return bucket;
}
/** Bucket records for the calls of known bucket modules in the scan unit. */
export function bucketsFromKnownModules(ctx, resolvePolicy) {
    const out = [];
    for (const call of ctx.byType(UNEVALUATED_MODULE_TYPE)) {
        if (!isS3BucketModule(call))
            continue;
        const bucket = s3BucketFromModule(call, resolvePolicy);
        if (bucket)
            out.push(bucket);
    }
    return out;
}
