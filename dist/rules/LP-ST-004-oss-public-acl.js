import { neutralisation, terraformName } from '../src/analysis/bucket-exposure.js';
import { bucketTemplateFix } from '../src/fixes/cloudformation.js';
const PUBLIC_OSS_ACLS = {
    'public-read': { what: 'read every object', severity: 'high' },
    'public-read-write': { what: 'read, overwrite and delete every object', severity: 'critical' },
};
function fixFor(bucket, declaredBy) {
    const name = terraformName(bucket.id);
    const target = bucket.external ? (bucket.name.known ? `"${bucket.name.value}"` : '"<bucket name>"') : `${bucket.id.replace(/\[[^\]]*\]$/, '')}.bucket`;
    const aclLine = declaredBy.includes('alicloud_oss_bucket_acl')
        ? `resource "alicloud_oss_bucket_acl" "${terraformName(declaredBy)}" {\n  bucket = ${target}\n  acl    = "private"\n}`
        : `resource "alicloud_oss_bucket" "${name}" {\n  # ...\n  acl = "private"\n}`;
    return [aclLine, '', `resource "alicloud_oss_bucket_public_access_block" "${name}" {`, `  bucket              = ${target}`, '  block_public_access = true', '}'].join('\n');
}
const rule = {
    id: 'LP-ST-004',
    slug: 'oss-public-acl',
    title: 'OSS bucket ACL is public-read or public-read-write',
    severity: 'high',
    category: 'public-storage',
    resourceKinds: ['bucket'],
    description: 'An Alibaba Cloud OSS bucket whose ACL (alicloud_oss_bucket acl, alicloud_oss_bucket_acl) is public-read lets ' +
        'anyone on the internet read every object without credentials (high); public-read-write also lets anyone ' +
        'upload, overwrite and delete objects, at your expense (critical). OSS Block Public Access on the bucket ' +
        '(alicloud_oss_bucket_public_access_block) or the account (alicloud_oss_account_public_access_block) ' +
        'neutralises a public ACL; when its setting is unknown the finding is a medium "possibly".',
    remediation: 'Set the bucket ACL to private, turn on Block Public Access, and share objects with signed URLs, RAM ' +
        'policies or a CDN origin with authentication instead.',
    references: [
        'https://www.alibabacloud.com/help/en/oss/user-guide/bucket-acl',
        'https://www.alibabacloud.com/help/en/oss/user-guide/block-public-access',
        'https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/oss_bucket_acl',
    ],
    frameworks: ['ALIYUN-CONFIG-oss-bucket-public-read-prohibited', 'ALIYUN-CONFIG-oss-bucket-public-write-prohibited'],
    check(resource, ctx) {
        if (resource.kind !== 'bucket' || resource.provider !== 'alicloud')
            return [];
        const bucket = resource;
        const results = [];
        for (const decl of bucket.aclDeclarations ?? []) {
            const unknownAcl = !decl.acl.known;
            const pub = decl.acl.known ? PUBLIC_OSS_ACLS[decl.acl.value] : undefined;
            if (!pub && !unknownAcl)
                continue;
            const gate = neutralisation(bucket, ctx.model, ['ignorePublicAcls']);
            if (gate.kind === 'neutralised')
                continue;
            const missing = [...(decl.acl.known ? [] : [`${decl.address} acl: ${decl.acl.reason}`]), ...(gate.kind === 'possibly' ? gate.missing : [])];
            const what = decl.acl.known ? `ACL "${decl.acl.value}" (${decl.address}) lets anyone on the internet ${pub.what}` : `the ACL set by ${decl.address} is unknown`;
            results.push({
                key: `acl:${decl.address}`,
                ...(decl.acl.loc ? { location: decl.acl.loc } : {}),
                severity: missing.length > 0 ? 'medium' : pub.severity,
                message: missing.length > 0
                    ? `OSS bucket ${bucket.id} is possibly public: ${what}; not known: ${missing.join('; ')}.`
                    : `OSS bucket ${bucket.id} is public: ${what}, and Block Public Access is not on.`,
                ...(missing.length > 0 ? { missing } : {}),
                details: { declaredBy: decl.address },
                fix: { terraform: fixFor(bucket, decl.address), ...bucketTemplateFix(bucket, 'acl') },
            });
        }
        return results;
    },
};
export default rule;
