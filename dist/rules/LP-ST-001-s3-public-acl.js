import { neutralisation, terraformName, bucketReference } from '../src/analysis/bucket-exposure.js';
import { bucketTemplateFix } from '../src/fixes/cloudformation.js';
import { bucketModuleHead, S3_FULL_BLOCK, s3FullAccessBlock } from '../src/fixes/terraform.js';
/** Canned ACLs that grant to a group outside the owner's account, and what they grant. */
const PUBLIC_CANNED_ACLS = {
    'public-read': { who: 'everyone (AllUsers)', what: 'list and read', severity: 'high' },
    'public-read-write': { who: 'everyone (AllUsers)', what: 'list, read, write and delete', severity: 'critical' },
    'authenticated-read': { who: 'any AWS account (AuthenticatedUsers)', what: 'list and read', severity: 'high' },
};
const WRITE_PERMISSIONS = new Set(['WRITE', 'WRITE_ACP', 'FULL_CONTROL']);
function fixFor(bucket) {
    if (bucket.viaModule) {
        return [
            ...bucketModuleHead(bucket),
            '  acl                     = null # or "private"; drop public grants',
            ...S3_FULL_BLOCK,
            '}',
        ].join('\n');
    }
    const name = terraformName(bucket.id);
    return [
        `resource "aws_s3_bucket_ownership_controls" "${name}" {`,
        `  bucket = ${bucketReference(bucket)}`,
        '  rule {',
        '    object_ownership = "BucketOwnerEnforced" # disables ACLs altogether',
        '  }',
        '}',
        '',
        ...s3FullAccessBlock(bucket),
        '# and remove acl = "public-..." / the AllUsers and AuthenticatedUsers grants',
    ].join('\n');
}
const rule = {
    id: 'LP-ST-001',
    slug: 's3-public-acl',
    title: 'S3 bucket ACL grants access to everyone or to any AWS account',
    severity: 'high',
    category: 'public-storage',
    resourceKinds: ['bucket'],
    description: 'An S3 bucket ACL that grants to the AllUsers group (anyone on the internet, no credentials) or the ' +
        'AuthenticatedUsers group (anyone with any AWS account) makes the objects it covers public: canned ACLs ' +
        'public-read, public-read-write and authenticated-read, and explicit grants to those groups, whether set on ' +
        'aws_s3_bucket (acl, grant), aws_s3_bucket_acl (acl, access_control_policy) or through the ' +
        'terraform-aws-modules/s3-bucket module. Severity: high for read access; critical when anyone may write ' +
        '(public-read-write, WRITE, WRITE_ACP or FULL_CONTROL to AllUsers/AuthenticatedUsers), since strangers can ' +
        'then replace or plant objects. Nothing is reported when ignore_public_acls = true on the bucket or account ' +
        'public access block neutralises the ACL, or when Object Ownership is BucketOwnerEnforced (ACLs disabled); when ' +
        'the block setting is unknown, the finding is a medium "possibly". A bucket created since April 2023 without ' +
        'explicit ownership controls also has ACLs disabled, but the configuration cannot tell a new bucket from an ' +
        'old one, so the ACL is still reported.',
    remediation: 'Remove the public canned ACL or grant (use "private"), prefer object_ownership = "BucketOwnerEnforced" so ' +
        'ACLs are disabled, and turn on all four settings of the bucket (or account) public access block. Share ' +
        'objects with CloudFront origin access control or presigned URLs instead.',
    references: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
        'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_acl',
    ],
    frameworks: ['CIS-AWS-2.1.4', 'AWS-FSBP-S3.2', 'AWS-FSBP-S3.3', 'AWS-FSBP-S3.8'],
    check(resource, ctx) {
        if (resource.kind !== 'bucket' || resource.provider !== 'aws')
            return [];
        const bucket = resource;
        const exposures = [];
        for (const decl of bucket.aclDeclarations ?? []) {
            if (!decl.acl.known) {
                exposures.push({ detail: `the canned ACL set by ${decl.address} is unknown`, severity: 'medium', key: `acl:${decl.address}`, address: decl.address, unknown: `${decl.address} acl: ${decl.acl.reason}`, ...(decl.acl.loc ? { loc: decl.acl.loc } : {}) });
                continue;
            }
            const pub = PUBLIC_CANNED_ACLS[decl.acl.value];
            if (!pub)
                continue;
            exposures.push({
                detail: `canned ACL "${decl.acl.value}" (${decl.address}) lets ${pub.who} ${pub.what} objects`,
                severity: pub.severity,
                key: `acl:${decl.address}`,
                address: decl.address,
                ...(decl.acl.loc ? { loc: decl.acl.loc } : {}),
            });
        }
        for (const grant of bucket.grants) {
            if (grant.grantee === 'other')
                continue;
            const who = grant.grantee === 'AllUsers' ? 'everyone (AllUsers)' : 'any AWS account (AuthenticatedUsers)';
            const address = grant.address ?? bucket.id;
            exposures.push({
                detail: `grant of ${grant.permission} to ${who} (${address})`,
                severity: WRITE_PERMISSIONS.has(grant.permission.toUpperCase()) ? 'critical' : 'high',
                key: `grant:${address}:${grant.grantee}:${grant.permission}`,
                address,
                ...(grant.loc ? { loc: grant.loc } : {}),
            });
        }
        if (exposures.length === 0)
            return [];
        // With ACLs disabled an ACL grants nothing (and S3 refuses to set a public one).
        if (bucket.objectOwnership?.known && bucket.objectOwnership.value === 'BucketOwnerEnforced')
            return [];
        const gate = neutralisation(bucket, ctx.model, ['ignorePublicAcls']);
        if (gate.kind === 'neutralised')
            return [];
        const fix = { terraform: fixFor(bucket), ...bucketTemplateFix(bucket, 'acl') };
        return exposures.map((e) => {
            const possibly = gate.kind === 'possibly' || e.unknown !== undefined;
            const missing = [...(e.unknown ? [e.unknown] : []), ...(gate.kind === 'possibly' ? gate.missing : [])];
            const message = possibly
                ? `Bucket ${bucket.id} is possibly public: ${e.detail}, and whether a public access block ignores public ACLs is not known (${missing.join('; ')}).`
                : `Bucket ${bucket.id} is public: ${e.detail}, and no public access block ignores public ACLs.`;
            return {
                message,
                severity: possibly ? 'medium' : e.severity,
                key: e.key,
                ...(e.loc ? { location: e.loc } : {}),
                ...(missing.length > 0 ? { missing } : {}),
                details: { grant: e.detail, declaredBy: e.address },
                fix,
            };
        });
    },
};
export default rule;
