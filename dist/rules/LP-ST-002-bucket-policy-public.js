import { bucketReference, neutralisation, terraformName } from '../src/analysis/bucket-exposure.js';
import { assessStatement, statementLabel } from '../src/model/policy.js';
import { bucketTemplateFix } from '../src/fixes/cloudformation.js';
import { bucketModuleHead, s3FullAccessBlock } from '../src/fixes/terraform.js';
/** Actions that let a stranger change or destroy data, not just read it. */
const WRITE_ACTION = /^(\*|s3:\*|oss:\*|s3:(Put|Delete|Restore|AbortMultipartUpload|Replicate|Bypass)|oss:(Put|Delete|Restore|AbortMultipartUpload|PostObject|CopyObject))/i;
function writes(st) {
    if (st.notActions && st.notActions.length > 0)
        return true;
    return st.actions.some((a) => WRITE_ACTION.test(a));
}
function fixFor(bucket) {
    const name = terraformName(bucket.id);
    const condition = [
        '      condition {',
        '        test     = "StringEquals"',
        '        variable = "aws:PrincipalOrgID" # or aws:SourceVpce / aws:SourceArn',
        '        values   = ["o-xxxxxxxxxx"]',
        '      }',
    ];
    if (bucket.provider === 'alicloud') {
        return [
            '# Name the RAM users or accounts that need access instead of "*", or add a',
            '# restricting condition such as acs:SourceVpc; then turn on Block Public Access:',
            `resource "alicloud_oss_bucket_public_access_block" "${name}" {`,
            `  bucket              = ${bucket.external ? bucketReference(bucket) : `${bucket.id.replace(/\[[^\]]*\]$/, '')}.bucket`}`,
            '  block_public_access = true',
            '}',
        ].join('\n');
    }
    if (bucket.viaModule) {
        return [
            ...bucketModuleHead(bucket),
            '  # replace Principal "*" in the policy with the principals that need access',
            '  block_public_policy     = true',
            '  restrict_public_buckets = true',
            '}',
        ].join('\n');
    }
    return [
        '# Replace Principal "*" with the principals that need access, or restrict it:',
        `data "aws_iam_policy_document" "${name}" {`,
        '  statement {',
        '    principals {',
        '      type        = "AWS"',
        '      identifiers = ["arn:aws:iam::111122223333:role/reader"]',
        '    }',
        '    actions   = ["s3:GetObject"]',
        '    resources = ["arn:aws:s3:::<bucket>/*"]',
        ...condition.map((l) => l.slice(2)),
        '  }',
        '}',
        '',
        ...s3FullAccessBlock(bucket),
    ].join('\n');
}
const rule = {
    id: 'LP-ST-002',
    slug: 'bucket-policy-public',
    title: 'Bucket policy allows anyone ("*") without a restricting condition',
    severity: 'high',
    category: 'public-storage',
    resourceKinds: ['bucket'],
    description: 'A bucket policy statement (S3: aws_s3_bucket policy, aws_s3_bucket_policy, aws_iam_policy_document, the ' +
        's3-bucket module; OSS: alicloud_oss_bucket policy, alicloud_oss_bucket_policy) that allows Principal "*" ' +
        '(also {"AWS": "*"}, ["*"] and Allow with NotPrincipal) lets anyone on the internet use the bucket without ' +
        'credentials, unless a condition confines it to fixed identities, accounts, organisations or networks ' +
        '(aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn, ' +
        'aws:SourceVpc(e), acs:SourceVpc, ...). Severity: high for read access, critical when the statement lets ' +
        'anyone write or delete. A statement whose only restriction is a source-IP range (aws:SourceIp, ' +
        'acs:SourceIp, not 0.0.0.0/0) still needs no credentials: anyone behind those addresses gets in, so it is ' +
        'reported at medium (AWS does not call such a policy public, IAM Access Analyzer still reports it). ' +
        'restrict_public_buckets or block_public_policy on the bucket or account public access block (OSS: Block ' +
        'Public Access) neutralises an open statement; unknown principals, conditions or block settings give a ' +
        'medium "possibly" that names the missing fact.',
    remediation: 'Grant the policy to the principals that need access (account, role or RAM user ARNs) instead of "*", or ' +
        'add a condition that restricts it (aws:PrincipalOrgID, aws:SourceVpce, aws:SourceArn), and enable ' +
        'block_public_policy and restrict_public_buckets (OSS: Block Public Access). Serve public content through ' +
        'CloudFront origin access control rather than a public bucket.',
    references: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
        'https://www.alibabacloud.com/help/en/oss/user-guide/oss-bucket-policy',
        'https://www.alibabacloud.com/help/en/oss/user-guide/block-public-access',
        'https://www.alibabacloud.com/help/en/cloud-config/latest/oss-bucket-policy-no-any-anonymous',
    ],
    frameworks: ['CIS-AWS-2.1.4', 'AWS-FSBP-S3.2', 'AWS-FSBP-S3.3', 'AWS-FSBP-S3.8', 'ALIYUN-CONFIG-oss-bucket-policy-no-any-anonymous'],
    check(resource, ctx) {
        if (resource.kind !== 'bucket')
            return [];
        const bucket = resource;
        const results = [];
        let gate;
        const openGate = () => (gate ??= neutralisation(bucket, ctx.model, ['restrictPublicBuckets', 'blockPublicPolicy']));
        const fix = { terraform: fixFor(bucket), ...bucketTemplateFix(bucket, 'policy') };
        for (const doc of bucket.policies) {
            const declaredBy = doc.address ?? bucket.id;
            for (const st of doc.statements) {
                const exposure = assessStatement(st);
                const label = `${statementLabel(doc, st)} of ${declaredBy}`;
                const location = st.loc ?? doc.loc;
                const base = { key: `${declaredBy}:${st.sid ?? doc.statements.indexOf(st)}`, ...(location ? { location } : {}), fix };
                if (exposure.kind === 'open' || exposure.kind === 'unknown') {
                    const g = openGate();
                    if (g.kind === 'neutralised')
                        continue;
                    const missing = [...(exposure.kind === 'unknown' ? [exposure.reason] : []), ...(g.kind === 'possibly' ? g.missing : [])];
                    if (exposure.kind === 'open' && missing.length === 0) {
                        const severity = writes(st) ? 'critical' : 'high';
                        results.push({
                            ...base,
                            severity,
                            message: `Bucket ${bucket.id} is public: ${label} ${exposure.detail}, with no condition restricting who or from where, and no public access block restricts public policies.`,
                            details: { statement: exposure.detail, declaredBy },
                        });
                    }
                    else {
                        results.push({
                            ...base,
                            severity: 'medium',
                            message: `Bucket ${bucket.id} is possibly public: ${label} ${exposure.kind === 'open' ? exposure.detail : 'may admit anyone'}; not known: ${missing.join('; ')}.`,
                            missing,
                            details: { declaredBy },
                        });
                    }
                }
                else if (exposure.kind === 'source-ip-only') {
                    results.push({
                        ...base,
                        severity: 'medium',
                        message: `Bucket ${bucket.id}: ${label} allows anyone, without credentials, from ${exposure.ranges.length > 0 ? exposure.ranges.join(', ') : 'the listed addresses'} (${exposure.detail}); everyone who can send from those addresses gets in.`,
                        ...(exposure.unknown ? { missing: [exposure.unknown] } : {}),
                        details: { condition: exposure.detail, declaredBy },
                    });
                }
            }
        }
        for (const p of bucket.unknownPolicies ?? []) {
            const g = openGate();
            if (g.kind === 'neutralised')
                continue;
            const missing = [`the policy of ${p.address}: ${p.reason}`, ...(g.kind === 'possibly' ? g.missing : [])];
            results.push({
                key: `${p.address}:unknown`,
                severity: 'medium',
                ...(p.loc ? { location: p.loc } : {}),
                message: `Bucket ${bucket.id} is possibly public: its policy (${p.address}) could not be read and no public access block restricts public policies.`,
                missing,
                fix,
            });
        }
        return results;
    },
};
export default rule;
