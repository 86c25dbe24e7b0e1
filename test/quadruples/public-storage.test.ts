/**
 * Public storage, four ways: an S3 bucket with a public-read ACL, no public
 * access block, and a bucket policy that lets anyone read; an OSS bucket that
 * is public-read-write (Terraform alicloud vs ROS vs plan).
 */
import { describe, expect, test } from '@jest/globals';
import { findingsOf, outcomes, type Form, type Quadruple } from './harness.js';

const FORMS: Form[] = ['terraform', 'cloudformation-yaml', 'cloudformation-json', 'terraform-plan'];

const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-media/*' }],
};

const S3: Quadruple = {
  region: 'us-east-1',
  terraform: `
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "media" {
  bucket = "acme-media"
  acl    = "public-read"
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode(${JSON.stringify(POLICY)})
}
`,
  cloudformation: `
Resources:
  Media:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-media
      AccessControl: PublicRead
  MediaPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Media
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: PublicRead
            Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "arn:aws:s3:::\${Media}/*"
`,
  plan: {
    providers: { aws: { region: 'us-east-1' } },
    resources: [
      { address: 'aws_s3_bucket.media', values: { bucket: 'acme-media', acl: 'public-read' }, unknown: { id: true, arn: true } },
      {
        address: 'aws_s3_bucket_policy.media',
        values: { policy: JSON.stringify(POLICY) },
        unknown: { id: true, bucket: true },
        expressions: { bucket: { references: ['aws_s3_bucket.media.id', 'aws_s3_bucket.media'] } },
      },
    ],
  },
};

const OSS: Quadruple = {
  region: 'cn-shanghai',
  terraform: `
provider "alicloud" {
  region = "cn-shanghai"
}

resource "alicloud_oss_bucket" "exports" {
  bucket = "acme-exports"
  acl    = "public-read-write"
}
`,
  cloudformation: `
ROSTemplateFormatVersion: "2015-09-01"
Resources:
  Exports:
    Type: ALIYUN::OSS::Bucket
    Properties:
      BucketName: acme-exports
      AccessControl: public-read-write
`,
  plan: {
    providers: { alicloud: { region: 'cn-shanghai' } },
    resources: [{ address: 'alicloud_oss_bucket.exports', values: { bucket: 'acme-exports', acl: 'public-read-write' }, unknown: { id: true } }],
  },
};

async function agree(q: Quadruple): Promise<ReturnType<typeof outcomes>> {
  const results = await Promise.all(FORMS.map((form) => findingsOf(q, form)));
  const [reference, ...others] = results.map((r) => outcomes(r.findings));
  others.forEach((o, i) => expect({ form: FORMS[i + 1], outcomes: o }).toEqual({ form: FORMS[i + 1], outcomes: reference }));
  return reference!;
}

describe('public storage, four ways', () => {
  test('S3: public ACL, open policy and no public access block give the same findings everywhere', async () => {
    const reference = await agree(S3);
    expect(reference.map((o) => o.ruleId)).toEqual(['LP-ST-001', 'LP-ST-002', 'LP-ST-003']);
  });

  test('OSS: a public-read-write bucket, in Terraform, ROS and a plan', async () => {
    const reference = await agree(OSS);
    expect(reference.map((o) => `${o.ruleId}/${o.severity}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^LP-ST-004\//)]));
  });
});
