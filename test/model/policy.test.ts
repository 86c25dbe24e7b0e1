import { describe, expect, test } from '@jest/globals';
import { assessStatement, iamPolicyDocumentResolver, isOpenToEveryone, parsePolicyDocument, policyFromIamPolicyDocument } from '../../src/model/policy.js';
import type { PolicyDocument } from '../../src/model/resources.js';
import { refValue, str, unknown } from '../../src/model/value.js';
import { at, lineLoc, ref, resource, toValue, unknownValue } from '../normalize/build.js';

function parse(json: unknown): PolicyDocument {
  const fact = parsePolicyDocument(str(JSON.stringify(json), lineLoc(4, 20)));
  if (!fact.known) throw new Error(fact.reason);
  return fact.value;
}

const statement = (extra: Record<string, unknown>) => parse({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...extra }] }).statements[0]!;

describe('parsing policy documents', () => {
  test('the principal forms that mean anyone', () => {
    for (const principal of ['*', { AWS: '*' }, { AWS: ['*'] }, ['*']]) {
      const st = statement({ Principal: principal });
      expect(st.principals).toMatchObject({ known: true, value: ['*'] });
      expect(isOpenToEveryone(st)).toBe(true);
    }
  });

  test('other principal types keep their type, so a service wildcard is not "anyone"', () => {
    const st = statement({ Principal: { Service: '*' } });
    expect(st.principals).toMatchObject({ known: true, value: ['Service:*'] });
    expect(assessStatement(st).kind).toBe('not-public');
  });

  test('an account principal, a Deny and a statement without principal are not public', () => {
    expect(assessStatement(statement({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })).kind).toBe('not-public');
    expect(assessStatement(statement({ Principal: '*', Effect: 'Deny' })).kind).toBe('not-public');
    expect(assessStatement(statement({})).kind).toBe('not-public');
  });

  test('Allow with NotPrincipal admits everyone but the listed principals', () => {
    const st = statement({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/admin' } });
    expect(st.notPrincipals).toEqual(['arn:aws:iam::111122223333:role/admin']);
    expect(assessStatement(st)).toMatchObject({ kind: 'open' });
  });

  test('statements point at the policy attribute when the policy is a JSON string', () => {
    const st = statement({ Principal: '*', Sid: 'Public' });
    expect(st.sid).toBe('Public');
    expect(st.loc).toEqual(lineLoc(4, 20));
  });

  test('a policy held as a located map keeps each statement location', () => {
    const value = toValue({ Version: '2012-10-17', Statement: [at(7, { Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'] })] }, lineLoc(5, 12));
    const fact = parsePolicyDocument(value, 'aws_s3_bucket_policy.p');
    expect(fact.known && fact.value.statements[0]!.loc?.startLine).toBe(7);
    expect(fact.known && fact.value.address).toBe('aws_s3_bucket_policy.p');
  });

  test('jsonencode() of a map with computed parts: the known parts are read', () => {
    const argument = toValue({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: unknownValue('known after apply') }] }, lineLoc(9));
    const fact = parsePolicyDocument({ ...unknown('known after apply', lineLoc(9)), partial: argument });
    expect(fact.known && isOpenToEveryone(fact.value.statements[0]!)).toBe(true);
  });

  test('a lone statement object (not in a list) is read', () => {
    const doc = parse({ Statement: { Effect: 'Allow', Principal: '*', Action: 'oss:GetObject' } });
    expect(doc.statements).toHaveLength(1);
  });

  test('invalid JSON and unknown values are unknown facts, not empty policies', () => {
    expect(parsePolicyDocument(str('{"Statement": [', lineLoc(1))).known).toBe(false);
    const fact = parsePolicyDocument(unknown('var.policy has no value', lineLoc(3)));
    expect(fact).toMatchObject({ known: false, reason: 'var.policy has no value' });
  });

  test('a principal computed from a resource or data source is an identifier, never "*"', () => {
    const value = toValue({ Statement: [{ Effect: 'Allow', Principal: { AWS: [ref('data.aws_caller_identity.current', 'account_id')] }, Action: 's3:GetObject' }] }, lineLoc(1));
    const fact = parsePolicyDocument(value);
    expect(fact.known && fact.value.statements[0]!.principals).toMatchObject({ known: true, value: ['(data.aws_caller_identity.current.account_id)'] });
    expect(fact.known && assessStatement(fact.value.statements[0]!).kind).toBe('not-public');
  });

  test('an unknown principal makes the verdict unknown', () => {
    const value = toValue({ Statement: [{ Effect: 'Allow', Principal: { AWS: unknownValue('var.reader_arn has no value') }, Action: 's3:GetObject' }] }, lineLoc(1));
    const fact = parsePolicyDocument(value);
    expect(fact.known && assessStatement(fact.value.statements[0]!)).toMatchObject({ kind: 'unknown' });
  });
});

describe('who a statement lets in', () => {
  const withCondition = (condition: unknown) => assessStatement(statement({ Principal: '*', Condition: condition }));

  test('a source-IP range narrows where from, not who: reported as its own kind', () => {
    expect(withCondition({ IpAddress: { 'aws:SourceIp': '8.8.8.8/32' } })).toMatchObject({ kind: 'source-ip-only', ranges: ['8.8.8.8/32'] });
    expect(withCondition({ IpAddress: { 'acs:SourceIp': ['203.0.113.0/24'] } })).toMatchObject({ kind: 'source-ip-only' });
  });

  test('0.0.0.0/0 (or a range wider than /8) restricts nothing', () => {
    expect(withCondition({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })).toMatchObject({ kind: 'open' });
    expect(withCondition({ IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } })).toMatchObject({ kind: 'open' });
  });

  test('private source ranges only arrive through a VPC: restricted', () => {
    expect(withCondition({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })).toMatchObject({ kind: 'restricted' });
  });

  test('identity, organisation, account and VPC keys with fixed values restrict', () => {
    for (const [key, value] of [
      ['aws:PrincipalOrgID', 'o-abc123'],
      ['aws:PrincipalAccount', '111122223333'],
      ['aws:SourceAccount', '111122223333'],
      ['aws:SourceArn', 'arn:aws:cloudtrail:us-east-1:111122223333:trail/x'],
      ['aws:PrincipalArn', 'arn:aws:iam::111122223333:role/reader'],
      ['aws:SourceVpce', 'vpce-1a2b3c4d'],
      ['aws:SourceVpc', 'vpc-111bbb22'],
      ['acs:SourceVpc', 'vpc-t4nlw426y44rd3iq4'],
    ]) {
      const op = key!.endsWith('Arn') ? 'ArnEquals' : 'StringEquals';
      expect(withCondition({ [op]: { [key!]: value } })).toMatchObject({ kind: 'restricted' });
    }
  });

  test('conditions that do not restrict who: IfExists, negations, wildcards, unrelated keys', () => {
    expect(withCondition({ StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }).kind).toBe('open');
    expect(withCondition({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc' } }).kind).toBe('open');
    expect(withCondition({ StringLike: { 'aws:PrincipalOrgID': '*' } }).kind).toBe('open');
    expect(withCondition({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x' } }).kind).toBe('open');
    expect(withCondition({ Bool: { 'aws:SecureTransport': 'true' } }).kind).toBe('open');
    expect(withCondition({ StringLike: { 'aws:Referer': 'https://example.com/*' } }).kind).toBe('open');
  });
});

describe('aws_iam_policy_document', () => {
  const doc = (attrs: Record<string, unknown>, name = 'p') => resource('aws_iam_policy_document', name, attrs, { isData: true, line: 10 });

  test('principals type "*" renders as Principal "*"; conditions come from condition blocks', () => {
    const data = doc({
      statement: [
        at(11, {
          sid: 'Public',
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::b/*'],
          principals: [{ type: '*', identifiers: ['*'] }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceVpce', values: ['vpce-1'] }],
        }),
        at(20, { actions: ['s3:GetObject'], principals: [{ type: 'AWS', identifiers: ['*'] }] }),
      ],
    });
    const fact = policyFromIamPolicyDocument(data);
    if (!fact.known) throw new Error(fact.reason);
    const [first, second] = fact.value.statements;
    expect(first!.effect).toBe('Allow');
    expect(assessStatement(first!).kind).toBe('restricted');
    expect(assessStatement(second!).kind).toBe('open');
    expect(second!.loc?.startLine).toBe(20);
  });

  test('Service principals with "*" are AWS services, not anyone', () => {
    const fact = policyFromIamPolicyDocument(doc({ statement: [{ effect: 'Allow', actions: ['s3:Delete*'], principals: [{ type: 'Service', identifiers: ['*'] }] }] }));
    expect(fact.known && assessStatement(fact.value.statements[0]!).kind).toBe('not-public');
  });

  test('a reference to the data source resolves through the resolver, with source and override documents merged', () => {
    const base = doc({ statement: [{ sid: 'A', principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::1:root'] }], actions: ['s3:GetObject'] }] }, 'base');
    const combined = doc(
      {
        source_policy_documents: [ref('data.aws_iam_policy_document.base', 'json')],
        override_policy_documents: [JSON.stringify({ Statement: [{ Sid: 'A', Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] })],
      },
      'combined[0]',
    );
    const resolver = iamPolicyDocumentResolver(new Map([base, combined].map((d) => [d.address, d])));
    const fact = parsePolicyDocument(refValue({ address: 'data.aws_iam_policy_document.combined', attr: ['json'] }, lineLoc(3)), 'aws_s3_bucket_policy.b', resolver);
    if (!fact.known) throw new Error(fact.reason);
    expect(fact.value.statements).toHaveLength(1);
    expect(fact.value.address).toBe('aws_s3_bucket_policy.b');
    expect(isOpenToEveryone(fact.value.statements[0]!)).toBe(true);
  });

  test('an unresolvable source document is recorded as incomplete', () => {
    const fact = policyFromIamPolicyDocument(doc({ source_policy_documents: [unknownValue('var.extra has no value')], statement: [] }));
    expect(fact.known && fact.value.incomplete).toEqual(['a source policy document is unknown: var.extra has no value']);
  });
});
