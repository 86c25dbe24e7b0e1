import { ALL_SETTINGS, SETTING_ARGUMENT, governingBlocks } from '../src/analysis/bucket-exposure.js';
import { bucketTemplateFix } from '../src/fixes/cloudformation.js';
import { bucketModuleHead, S3_FULL_BLOCK, s3FullAccessBlock } from '../src/fixes/terraform.js';
function bucketBlockFix(bucket) {
    if (bucket.viaModule) {
        return [...bucketModuleHead(bucket), '  attach_public_policy    = true', ...S3_FULL_BLOCK, '}'].join('\n');
    }
    return s3FullAccessBlock(bucket).join('\n');
}
const ACCOUNT_FIX = ['resource "aws_s3_account_public_access_block" "this" {', ...S3_FULL_BLOCK, '}'].join('\n');
/** The settings of a block that are off (false or left out), and where to point: the first one written false, else the block. */
function settingsOff(block) {
    const off = [];
    const unknown = [];
    let explicit;
    for (const s of ALL_SETTINGS) {
        const fact = block[s];
        if (!fact.known)
            unknown.push(`${SETTING_ARGUMENT[s]}: ${fact.reason}`);
        else if (!fact.value) {
            off.push(s);
            // An omitted setting is located at the whole block; an explicit `false` at its own line.
            const written = fact.loc && block.loc && !(fact.loc.startLine === block.loc.startLine && fact.loc.endLine === block.loc.endLine);
            if (written && !explicit)
                explicit = fact.loc;
        }
    }
    const loc = explicit ?? block.loc;
    return { off, unknown, ...(loc ? { loc } : {}) };
}
const rule = {
    id: 'LP-ST-003',
    slug: 's3-public-access-block-missing',
    title: 'S3 public access block missing or partly disabled',
    severity: 'low',
    category: 'public-storage',
    resourceKinds: ['bucket', 'account-public-access-block'],
    description: 'S3 Block Public Access is the guard rail that keeps a bucket private when someone later adds a public ACL ' +
        'or policy. Reported: an S3 bucket declared in the scan with no bucket-level aws_s3_bucket_public_access_block ' +
        '(nor one from the s3-bucket module) and no aws_s3_account_public_access_block in the scan; and any bucket- or ' +
        'account-level block with one of its four settings false or left out (they default to false; the ' +
        'terraform-aws-modules/s3-bucket module defaults them to false before v3.9.0). Severity low: on its own ' +
        'this exposes nothing, and since April 2023 AWS turns the block on for new buckets unless the configuration ' +
        'turns it off; an actual public ACL or policy is reported by LP-ST-001 / LP-ST-002. A block aimed at a ' +
        'bucket that cannot be determined is not assumed missing.',
    remediation: 'Declare aws_s3_bucket_public_access_block for each bucket (or aws_s3_account_public_access_block once per ' +
        'account) with block_public_acls, ignore_public_acls, block_public_policy and restrict_public_buckets all ' +
        'true. Turn a setting off only for a bucket that must be public, and document why.',
    references: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-bucket-faq.html',
        'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
    ],
    frameworks: ['CIS-AWS-2.1.4', 'AWS-FSBP-S3.1', 'AWS-FSBP-S3.8'],
    check(resource, ctx) {
        if (resource.provider !== 'aws')
            return [];
        const judge = (block, address, scope, fix) => {
            const { off, unknown, loc } = settingsOff(block);
            if (off.length === 0)
                return [];
            const names = off.map((s) => SETTING_ARGUMENT[s]);
            return [
                {
                    key: `block:${address}`,
                    ...(loc ? { location: loc } : {}),
                    message: `The ${scope} public access block ${address} leaves ${names.join(', ')} off${unknown.length > 0 ? ` (and ${unknown.length} unknown)` : ''}: public ACLs or policies added later would take effect.`,
                    ...(unknown.length > 0 ? { missing: unknown } : {}),
                    details: { off: names.join(', ') },
                    fix: { terraform: fix },
                },
            ];
        };
        if (resource.kind === 'account-public-access-block')
            return judge(resource.block, resource.id, 'account-level', ACCOUNT_FIX);
        if (resource.kind !== 'bucket')
            return [];
        const bucket = resource;
        const { bucketBlocks, accountBlocks } = governingBlocks(bucket, ctx.model);
        // A bucket managed outside the scan may have a block there: only what is declared here is judged.
        if (bucketBlocks.length === 0 && !bucket.external) {
            if (accountBlocks.length > 0 || (bucket.unresolvedAccessBlocks?.length ?? 0) > 0)
                return [];
            return [
                {
                    key: 'missing',
                    message: `Bucket ${bucket.id} has no public access block, and none is declared for the account: the configuration does not guarantee one (AWS turns it on for buckets created since April 2023, not for older ones or after a console change), so a public ACL or policy could take effect.`,
                    fix: { terraform: bucketBlockFix(bucket), ...bucketTemplateFix(bucket, 'block') },
                },
            ];
        }
        return bucketBlocks.flatMap((g) => judge(g.block, g.address, 'bucket', bucketBlockFix(bucket)));
    },
};
export default rule;
