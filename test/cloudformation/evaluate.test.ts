/** Intrinsic-function evaluation through the loader: parameters, pseudo parameters, conditions, mappings, string and list functions, links. */
import { describe, expect, test } from '@jest/globals';
import { cidrSubnets } from '../../src/sources/cloudformation/evaluate/cidr-split.js';
import { loadText, plain, prop, resource, writeFiles } from './helpers.js';
import { loadCloudFormation } from '../../src/sources/cloudformation/load.js';

const TEMPLATE = `
Parameters:
  Env:
    Type: String
    Default: dev
  Cidr:
    Type: String
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
    Default: subnet-1,subnet-2
  Secret:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /db/password
Mappings:
  Ports:
    dev: {Db: 5432}
    prod: {Db: 6432}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  InUs: !Equals [!Ref "AWS::Region", us-east-1]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Probe:
    Type: AWS::EC2::SecurityGroup
    Properties:
      EnvName: !Ref Env
      Given: !Ref Cidr
      SubnetList: !Ref Subnets
      First: !Select [1, !Ref Subnets]
      Password: !Ref Secret
      Region: !Ref AWS::Region
      Account: !Ref AWS::AccountId
      Port: !FindInMap [Ports, !Ref Env, Db]
      IfProd: !If [IsProd, big, small]
      IfRegion: !If [InUs, a, b]
      IfSame: !If [InUs, same, same]
      Removed: !If [NotProd, !Ref "AWS::NoValue", kept]
      Kept: !If [IsProd, !Ref "AWS::NoValue", kept]
      SubString: !Sub "\${Env}-\${!Literal}-\${AWS::Region}"
      SubList: !Sub ["\${a}/\${b}", {a: x, b: !Ref Env}]
      SubResource: !Sub "arn:aws:ec2:::vpc/\${Vpc}"
      Joined: !Join [",", [a, !Ref Env]]
      JoinedRef: !Join ["", ["sg-", !Ref Vpc]]
      Parts: !Split ["/", "a/b/c"]
      Zones: !GetAZs ""
      Encoded: !Base64 hello
      Blocks: !Cidr [10.0.0.0/16, 3, 8]
      Imported: !ImportValue SharedVpc
      VpcRef: !Ref Vpc
      VpcCidr: !GetAtt Vpc.CidrBlock
      Missing: !GetAtt Elsewhere.GroupId
      Dynamic: "{{resolve:secretsmanager:db:SecretString:password}}"
`;

describe('intrinsic functions', () => {
  const loaded = loadText(TEMPLATE);
  const probe = resource(loaded, 'Probe');

  test('parameters: defaults, lists, SSM parameters, missing values', () => {
    expect(plain(probe, 'EnvName')).toBe('dev');
    expect(prop(probe, 'Given')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/Cidr has no default/) });
    expect(plain(probe, 'SubnetList')).toEqual(['subnet-1', 'subnet-2']);
    expect(plain(probe, 'First')).toBe('subnet-2');
    expect(prop(probe, 'Password')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/SSM Parameter Store/) });
  });

  test('pseudo parameters: no region given is unknown, the account is always unknown', () => {
    expect(prop(probe, 'Region')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/--region/) });
    expect(prop(probe, 'Account')).toMatchObject({ t: 'unknown' });
  });

  test('conditions: decided ones choose a branch, undecidable ones are unknown unless both branches agree', () => {
    expect(plain(probe, 'Port')).toBe(5432);
    expect(plain(probe, 'IfProd')).toBe('small');
    expect(prop(probe, 'IfRegion')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/InUs/) });
    expect(plain(probe, 'IfSame')).toBe('same');
    expect(prop(probe, 'Removed')).toBeUndefined();
    expect(plain(probe, 'Kept')).toBe('kept');
  });

  test('strings and lists', () => {
    expect(prop(probe, 'SubString')).toMatchObject({ t: 'unknown' });
    expect(plain(probe, 'SubList')).toBe('x/dev');
    expect(plain(probe, 'Joined')).toBe('a,dev');
    expect(plain(probe, 'Parts')).toEqual(['a', 'b', 'c']);
    expect(prop(probe, 'Zones')).toMatchObject({ t: 'unknown' });
    expect(plain(probe, 'Encoded')).toBe('aGVsbG8=');
    expect(plain(probe, 'Blocks')).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
    expect(prop(probe, 'Imported')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/another stack/) });
    expect(prop(probe, 'Dynamic')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/dynamic reference/) });
  });

  test('references to resources are links, also through strings built from them', () => {
    expect(prop(probe, 'VpcRef')).toMatchObject({ t: 'ref', ref: { address: 'Vpc', attr: ['Ref'] } });
    expect(prop(probe, 'VpcCidr')).toMatchObject({ t: 'ref', ref: { address: 'Vpc', attr: ['CidrBlock'] } });
    expect(prop(probe, 'SubResource')).toMatchObject({ t: 'unknown', ref: { address: 'Vpc' } });
    expect(prop(probe, 'JoinedRef')).toMatchObject({ t: 'unknown', ref: { address: 'Vpc' } });
    expect(prop(probe, 'Missing')).toMatchObject({ t: 'unknown', ref: { address: 'Elsewhere', attr: ['GroupId'] } });
  });

  test('evaluated values are located where they are used, not where the default is', () => {
    expect(prop(probe, 'EnvName')?.loc?.startLine).toBe(TEMPLATE.split('\n').findIndex((l) => l.includes('EnvName:')) + 1);
  });
});

describe('values given from outside', () => {
  test('--region decides AWS::Region and conditions on it', () => {
    const loaded = loadText(TEMPLATE, { region: 'us-east-1' });
    const probe = resource(loaded, 'Probe');
    expect(plain(probe, 'Region')).toBe('us-east-1');
    expect(plain(probe, 'IfRegion')).toBe('a');
    expect(plain(probe, 'SubString')).toBe('dev-${Literal}-us-east-1');
    expect(probe.region).toMatchObject({ t: 'string', v: 'us-east-1' });
  });

  test('--parameter wins over a parameter file, which wins over defaults', () => {
    const files = writeFiles({
      'cli.json': JSON.stringify([{ ParameterKey: 'Env', ParameterValue: 'prod' }, { ParameterKey: 'Cidr', ParameterValue: '0.0.0.0/0' }]),
      'plain.json': JSON.stringify({ Env: 'stage' }),
    });
    const fromCliFormat = resource(loadText(TEMPLATE, { parameterFiles: [files['cli.json']!] }), 'Probe');
    expect(plain(fromCliFormat, 'EnvName')).toBe('prod');
    expect(plain(fromCliFormat, 'Given')).toBe('0.0.0.0/0');
    expect(plain(fromCliFormat, 'IfProd')).toBe('big');
    expect(plain(fromCliFormat, 'Port')).toBe(6432);
    const overridden = resource(loadText(TEMPLATE, { parameterFiles: [files['cli.json']!, files['plain.json']!], parameters: [['Env', 'qa']] }), 'Probe');
    expect(plain(overridden, 'EnvName')).toBe('qa');
  });

  test('a broken parameter file is an input error, and the template is still loaded', () => {
    const files = writeFiles({ 'bad.json': '{not json', 't.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n' });
    const result = loadCloudFormation([files['t.yaml']!], { parameterFiles: [files['bad.json']!] });
    expect(result.errors).toEqual([expect.objectContaining({ file: files['bad.json'], message: expect.stringMatching(/not valid JSON/) })]);
    expect(result.resources.map((r) => r.address)).toEqual(['B']);
  });
});

describe('Fn::Cidr', () => {
  test('IPv4 and IPv6 subnets in order; impossible requests are refused', () => {
    expect(cidrSubnets('192.168.0.0/24', 2, 6)).toEqual(['192.168.0.0/26', '192.168.0.64/26']);
    expect(cidrSubnets('2001:db8::/56', 2, 64)).toEqual(['2001:db8::/64', '2001:db8:0:1::/64']);
    expect(cidrSubnets('10.0.0.0/24', 4, 16)).toMatchObject({ error: expect.any(String) });
    expect(cidrSubnets('not-a-cidr', 1, 8)).toMatchObject({ error: expect.any(String) });
  });
});
