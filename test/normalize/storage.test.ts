import { describe, expect, test } from '@jest/globals';
import type { AccountPublicAccessBlock, Bucket, ModelResource } from '../../src/model/resources.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { createNormalizeContext } from '../../src/sources/terraform/normalize/common.js';
import { normalizeStorage } from '../../src/sources/terraform/normalize/storage.js';
import { newestAllowedIsAtLeast } from '../../src/sources/terraform/normalize/storage-modules.js';
import { at, ref, resource, unknownValue } from './build.js';

function normalize(resources: SourceResource[]): ModelResource[] {
  return normalizeStorage(createNormalizeContext(resources.filter((r) => !r.isData), resources.filter((r) => r.isData)));
}
const buckets = (records: ModelResource[]) => records.filter((r): r is Bucket => r.kind === 'bucket');
const bucket = (records: ModelResource[], id: string) => buckets(records).find((b) => b.id === id)!;

describe('S3 buckets', () => {
  test('separate ACL, policy and public access block fold into the bucket they reference, each keeping its location', () => {
    const records = normalize([
      resource('aws_s3_bucket', 'logs', { bucket: 'acme-logs' }, { line: 1 }),
      resource('aws_s3_bucket_acl', 'logs', { bucket: ref('aws_s3_bucket.logs', 'id'), acl: at(9, 'public-read') }, { line: 8 }),
      resource('aws_s3_bucket_policy', 'logs', { bucket: 'acme-logs', policy: at(14, JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] })) }, { line: 13 }),
      resource('aws_s3_bucket_public_access_block', 'logs', { bucket: ref('aws_s3_bucket.logs', 'id'), block_public_acls: at(22, false), ignore_public_acls: true }, { line: 20 }),
    ]);
    expect(buckets(records)).toHaveLength(1);
    const b = bucket(records, 'aws_s3_bucket.logs');
    expect(b.name).toMatchObject({ known: true, value: 'acme-logs' });
    expect(b.acl).toMatchObject({ known: true, value: 'public-read', loc: { startLine: 9 } });
    expect(b.aclDeclarations?.[0]?.address).toBe('aws_s3_bucket_acl.logs');
    expect(b.policies[0]?.address).toBe('aws_s3_bucket_policy.logs');
    expect(b.policies[0]?.statements[0]?.loc?.startLine).toBe(14);
    expect(b.publicAccessBlock?.blockPublicAcls).toMatchObject({ known: true, value: false, loc: { startLine: 22 } });
    expect(b.publicAccessBlock?.ignorePublicAcls).toMatchObject({ known: true, value: true });
    // Omitted settings default to false, located at the block.
    expect(b.publicAccessBlock?.restrictPublicBuckets).toMatchObject({ known: true, value: false, loc: { startLine: 20 } });
    expect(b.relatedLocs?.map((l) => l.startLine)).toEqual([8, 13, 20]);
  });

  test('aws_s3_bucket_ownership_controls sets Object Ownership', () => {
    const records = normalize([
      resource('aws_s3_bucket', 'b', {}),
      resource('aws_s3_bucket_ownership_controls', 'b', { bucket: ref('aws_s3_bucket.b', 'id'), rule: [{ object_ownership: 'BucketOwnerEnforced' }] }),
    ]);
    expect(bucket(records, 'aws_s3_bucket.b').objectOwnership).toMatchObject({ known: true, value: 'BucketOwnerEnforced' });
  });

  test('legacy inline acl, grant and policy of aws_s3_bucket', () => {
    const records = normalize([
      resource('aws_s3_bucket', 'site', {
        acl: 'private',
        grant: [at(5, { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permissions: ['READ', 'READ_ACP'] }), { type: 'CanonicalUser', id: 'abc', permissions: ['FULL_CONTROL'] }],
        policy: unknownValue('var.policy has no value'),
      }),
    ]);
    const b = bucket(records, 'aws_s3_bucket.site');
    expect(b.grants.map((g) => `${g.grantee}:${g.permission}`)).toEqual(['AllUsers:READ', 'AllUsers:READ_ACP', 'other:FULL_CONTROL']);
    expect(b.grants[0]?.loc?.startLine).toBe(5);
    expect(b.unknownPolicies).toEqual([{ address: 'aws_s3_bucket.site', reason: 'var.policy has no value', loc: expect.anything() }]);
    expect(b.name).toMatchObject({ known: false });
  });

  test('access_control_policy grants of aws_s3_bucket_acl', () => {
    const records = normalize([
      resource('aws_s3_bucket', 'b', {}),
      resource('aws_s3_bucket_acl', 'b', {
        bucket: ref('aws_s3_bucket.b', 'id'),
        access_control_policy: [{ grant: [at(12, { grantee: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }], permission: 'READ' })], owner: [{ id: 'x' }] }],
      }),
    ]);
    expect(bucket(records, 'aws_s3_bucket.b').grants).toEqual([{ grantee: 'AuthenticatedUsers', permission: 'READ', loc: expect.objectContaining({ startLine: 12 }), address: 'aws_s3_bucket_acl.b' }]);
  });

  test('an attachment whose bucket is not in the scan gets an external record; two attachments to it share one', () => {
    const records = normalize([
      resource('aws_s3_bucket_policy', 'p', { bucket: ref('aws_s3_bucket.elsewhere', 'id'), policy: '{"Statement": []}' }, { line: 1 }),
      resource('aws_s3_bucket_public_access_block', 'a', { bucket: ref('aws_s3_bucket.elsewhere', 'id') }, { line: 10 }),
      resource('aws_s3_bucket_public_access_block', 'b', { bucket: ref('aws_s3_bucket.elsewhere', 'id'), block_public_policy: true }, { line: 20 }),
    ]);
    expect(buckets(records)).toHaveLength(1);
    const b = buckets(records)[0]!;
    expect(b.external).toBe(true);
    expect(b.id).toBe('aws_s3_bucket_policy.p');
    expect(b.publicAccessBlock?.address).toBe('aws_s3_bucket_public_access_block.a');
    expect(b.extraAccessBlocks?.map((x) => x.address)).toEqual(['aws_s3_bucket_public_access_block.b']);
  });

  test('an interpolated bucket name is not a reference to the resource it reads', () => {
    const records = normalize([
      resource('random_pet', 'x', {}),
      resource('aws_s3_bucket_public_access_block', 'a', { bucket: unknownValue('random_pet.x.id is known only after apply') }),
      resource('aws_s3_bucket_policy', 'b', { bucket: unknownValue('random_pet.x.id is known only after apply'), policy: '{}' }),
    ].map((r) => {
      const b = r.attrs.entries.get('bucket');
      if (b?.t === 'unknown') b.ref = { address: 'random_pet.x', attr: ['id'] };
      return r;
    }));
    // Each attachment stands alone: they may name different buckets.
    expect(buckets(records).map((b) => b.id).sort()).toEqual(['aws_s3_bucket_policy.b', 'aws_s3_bucket_public_access_block.a']);
  });

  test('a block aimed at an unknown bucket may apply to any bucket without a block of its own', () => {
    const records = normalize([
      resource('aws_s3_bucket', 'kept', {}),
      resource('aws_s3_bucket_public_access_block', 'vars', { bucket: unknownValue('var.bucket has no value'), block_public_acls: true }),
    ]);
    expect(bucket(records, 'aws_s3_bucket.kept').unresolvedAccessBlocks?.map((b) => b.address)).toEqual(['aws_s3_bucket_public_access_block.vars']);
    expect(bucket(records, 'aws_s3_bucket_public_access_block.vars').external).toBe(true);
  });

  test('the account-level block is its own record', () => {
    const records = normalize([resource('aws_s3_account_public_access_block', 'this', { block_public_acls: true, ignore_public_acls: unknownValue('var.x has no value') })]);
    const account = records.find((r): r is AccountPublicAccessBlock => r.kind === 'account-public-access-block')!;
    expect(account.block.blockPublicAcls).toMatchObject({ known: true, value: true });
    expect(account.block.ignorePublicAcls).toMatchObject({ known: false, reason: 'var.x has no value' });
  });

  test('a bucket policy from aws_iam_policy_document is read', () => {
    const records = normalize([
      resource('aws_s3_bucket', 'b', {}),
      resource('aws_iam_policy_document', 'b', { statement: [{ actions: ['s3:GetObject'], principals: [{ type: '*', identifiers: ['*'] }] }] }, { isData: true }),
      resource('aws_s3_bucket_policy', 'b', { bucket: ref('aws_s3_bucket.b', 'id'), policy: ref('data.aws_iam_policy_document.b', 'json') }),
    ]);
    expect(bucket(records, 'aws_s3_bucket.b').policies[0]?.statements[0]?.principals).toMatchObject({ known: true, value: ['*'] });
  });
});

describe('OSS buckets', () => {
  test('acl, policy and Block Public Access of OSS fold in; the one OSS switch stands for all four settings', () => {
    const records = normalize([
      resource('alicloud_oss_bucket', 'b', { bucket: 'acme-b', acl: at(3, 'public-read'), policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: ['*'], Action: ['oss:GetObject'] }] }) }),
      resource('alicloud_oss_bucket_acl', 'b', { bucket: ref('alicloud_oss_bucket.b', 'bucket'), acl: 'private' }),
      resource('alicloud_oss_bucket_public_access_block', 'b', { bucket: 'acme-b', block_public_access: true }),
    ]);
    const b = bucket(records, 'alicloud_oss_bucket.b');
    expect(b.provider).toBe('alicloud');
    expect(b.aclDeclarations?.map((d) => d.acl.known && d.acl.value)).toEqual(['public-read', 'private']);
    expect(b.policies[0]?.statements[0]?.principals).toMatchObject({ value: ['*'] });
    expect(b.publicAccessBlock?.ignorePublicAcls).toMatchObject({ known: true, value: true });
    expect(b.publicAccessBlock?.restrictPublicBuckets).toMatchObject({ known: true, value: true });
  });
});

describe('terraform-aws-modules/s3-bucket calls that are not evaluated', () => {
  const call = (attrs: Record<string, unknown>) => resource('module', 's3', { source: 'terraform-aws-modules/s3-bucket/aws', ...attrs }, { line: 1, endLine: 20 });

  test('before v3.9.0 the block settings default to false; the policy is attached only with attach_policy', () => {
    const records = normalize([call({ version: '3.7.0', bucket: 'b', acl: at(6, 'public-read'), ignore_public_acls: at(7, true), policy: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}]}' })]);
    const b = bucket(records, 'module.s3.aws_s3_bucket.this[0]');
    expect(b.viaModule).toBe('terraform-aws-modules/s3-bucket/aws');
    expect(b.acl).toMatchObject({ known: true, value: 'public-read', loc: { startLine: 6 } });
    expect(b.publicAccessBlock?.blockPublicAcls).toMatchObject({ known: true, value: false, loc: { startLine: 1 } });
    expect(b.publicAccessBlock?.ignorePublicAcls).toMatchObject({ known: true, value: true, loc: { startLine: 7 } });
    expect(b.policies).toEqual([]);
  });

  test('from v3.9.0 (and with no version: the latest) the defaults are true', () => {
    for (const version of ['3.9.0', '~> 3.0', '>= 3.7', undefined]) {
      const b = buckets(normalize([call({ ...(version ? { version } : {}), attach_policy: true, policy: '{"Statement":[]}' })]))[0]!;
      expect(b.publicAccessBlock?.restrictPublicBuckets).toMatchObject({ known: true, value: true });
      expect(b.policies).toHaveLength(1);
    }
  });

  test('control_object_ownership declares Object Ownership, BucketOwnerEnforced by default', () => {
    expect(buckets(normalize([call({ control_object_ownership: true })]))[0]!.objectOwnership).toMatchObject({ known: true, value: 'BucketOwnerEnforced' });
    expect(buckets(normalize([call({})]))[0]!.objectOwnership).toBeUndefined();
  });

  test('no block with attach_public_policy = false; nothing with create_bucket = false; other modules are ignored', () => {
    expect(buckets(normalize([call({ attach_public_policy: false })]))[0]!.publicAccessBlock).toBeUndefined();
    expect(buckets(normalize([call({ create_bucket: false })]))).toEqual([]);
    expect(buckets(normalize([resource('module', 'vpc', { source: 'terraform-aws-modules/vpc/aws' })]))).toEqual([]);
  });

  test('version constraints: terraform init picks the newest allowed version', () => {
    const threshold: [number, number, number] = [3, 9, 0];
    expect(newestAllowedIsAtLeast('3.7.0', threshold)).toBe(false);
    expect(newestAllowedIsAtLeast('= 3.9.0', threshold)).toBe(true);
    expect(newestAllowedIsAtLeast('~> 3.7.0', threshold)).toBe(false);
    expect(newestAllowedIsAtLeast('~> 3.7', threshold)).toBe(true);
    expect(newestAllowedIsAtLeast('>= 3.0, < 3.9.0', threshold)).toBe(false);
    expect(newestAllowedIsAtLeast('~> 2.0', threshold)).toBe(false);
    expect(newestAllowedIsAtLeast('latest please', threshold)).toBeUndefined();
  });
});
