import { describe, expect, test } from '@jest/globals';
import { known } from '../../src/model/fact.js';
import type { PolicyDocument } from '../../src/model/resources.js';
import { looksLikeSecret, REDACTED, redactError, redactPolicyConditions, redactText } from '../../src/sources/live/redact.js';

describe('redactText', () => {
  test.each([
    ['an AWS access key id', 'using AKIAIOSFODNN7EXAMPLE to sign', 'AKIAIOSFODNN7EXAMPLE'],
    ['a temporary key id', 'key ASIAY34FZKBOKMUTVV7A expired', 'ASIAY34FZKBOKMUTVV7A'],
    ['an Alibaba AccessKey id', 'AccessKeyId LTAI5tQzP3xVm8Rk2Yh7WnBd is invalid', 'LTAI5tQzP3xVm8Rk2Yh7WnBd'],
    ['a secret by name', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a JSON secret', '{"SecretAccessKey":"abc123SECRETvalue","x":1}', 'abc123SECRETvalue'],
    ['a session token', `token=${'IQoJb3JpZ2luX2VjEJr'.repeat(12)}`, 'IQoJb3JpZ2luX2VjEJr'],
    ['a SigV4 credential', 'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/ec2/aws4_request, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024', 'AKIDEXAMPLE'],
    ['a presigned URL token', 'https://b.s3.amazonaws.com/k?X-Amz-Security-Token=FwoGZXIvYXdzEBAaDH&X-Amz-Signature=abcd', 'FwoGZXIvYXdzEBAaDH'],
    ['a password', 'master password: hunter2hunter2', 'hunter2hunter2'],
    ['a private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----', 'MIIEow'],
  ])('removes %s', (_what, text, secret) => {
    const out = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  test('leaves ordinary messages, ids and ARNs alone', () => {
    const text = 'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: rds:DescribeDBInstances on sg-0a1b2c3d4e5f60031 in eu-west-1';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactError', () => {
  test('names the error and redacts its message, on one line', () => {
    const e = Object.assign(new Error('The security token ASIAY34FZKBOKMUTVV7A\nis invalid'), { name: 'ExpiredToken' });
    expect(redactError(e)).toBe(`ExpiredToken: The security token ${REDACTED} is invalid`);
  });
});

describe('policy conditions', () => {
  const doc = (conditions: PolicyDocument['statements'][number]['conditions']): PolicyDocument => ({
    statements: [{ effect: 'Allow', principals: known(['*']), actions: ['s3:GetObject'], resources: ['*'], conditions }],
  });

  test('a shared secret in aws:Referer is redacted, the key stays', () => {
    const out = redactPolicyConditions(doc([{ operator: 'StringLike', key: 'aws:referer', values: ['https://example.com/?k=s3cr3t-shared'] }]));
    expect(out.statements[0]!.conditions[0]).toEqual({ operator: 'StringLike', key: 'aws:referer', values: [REDACTED] });
  });

  test('a token-looking value under any key is redacted', () => {
    const out = redactPolicyConditions(doc([{ operator: 'StringEquals', key: 'aws:useragent', values: ['Xy7Kp2Lm9Qr4Tz8Wb3Nc6Vd1'] }]));
    expect(out.statements[0]!.conditions[0]!.values).toEqual([REDACTED]);
  });

  test('addresses, account and organisation ids, VPC endpoints and ARNs are kept (the analysis reads them)', () => {
    const conditions = [
      { operator: 'IpAddress', key: 'aws:sourceip', values: ['203.0.113.0/24'] },
      { operator: 'StringEquals', key: 'aws:principalorgid', values: ['o-a1b2c3d4e5'] },
      { operator: 'StringEquals', key: 'aws:sourcevpce', values: ['vpce-0a1b2c3d4e5f60708'] },
      { operator: 'ArnLike', key: 'aws:sourcearn', values: ['arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE'] },
    ];
    const d = doc(conditions);
    expect(redactPolicyConditions(d)).toBe(d);
  });

  test('looksLikeSecret', () => {
    expect(looksLikeSecret('Xy7Kp2Lm9Qr4Tz8Wb3Nc6Vd1')).toBe(true);
    expect(looksLikeSecret('vpce-0a1b2c3d4e5f60708')).toBe(false);
    expect(looksLikeSecret('2024-01-01T00:00:00Z')).toBe(false);
    expect(looksLikeSecret('short1A')).toBe(false);
  });
});
