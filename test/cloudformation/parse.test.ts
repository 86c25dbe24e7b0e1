/** Template parsing: short-form tags, positions, multi-document YAML, JSON with positions, and the bounds on hostile input. */
import { describe, expect, test } from '@jest/globals';
import { toPlain } from '../../src/model/value.js';
import { parseLocatedYaml, TemplateSyntaxError } from '../../src/sources/cloudformation/parse/located-yaml.js';
import { asTemplate, readDocuments } from '../../src/sources/cloudformation/parse/template-file.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/sources/cloudformation/parse/limits.js';
import { JsonSyntaxError, parseLocatedJson } from '../../src/sources/shared/located-json.js';

const plainOf = (yaml: string) => toPlain(parseLocatedYaml(yaml, 't.yaml')[0]!.value);

describe('short-form intrinsic tags', () => {
  test('scalar, sequence and mapping forms become long forms', () => {
    const doc = plainOf(
      [
        'A: !Ref Param',
        'B: !GetAtt Db.Endpoint.Address',
        'C: !GetAtt [Db, Arn]',
        'D: !Sub "arn:${AWS::Partition}:s3:::${Bucket}"',
        'E: !Sub',
        '  - "${x}-y"',
        '  - x: !Ref P',
        'F: !If [IsProd, 1, !Ref "AWS::NoValue"]',
        'G: !Join ["", [a, !Select [0, !GetAZs ""]]]',
        'H: !FindInMap {Map: x}',
        'I: !Equals [!Ref Env, prod]',
        'J: !Not [!Condition IsProd]',
        'K: !And [!Or [a, b], !Condition C]',
        'L: !Split [",", !ImportValue Shared]',
        'M: !Base64 text',
        'N: !Cidr [10.0.0.0/16, 4, 8]',
      ].join('\n'),
    );
    expect(doc).toEqual({
      A: { Ref: 'Param' },
      B: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
      C: { 'Fn::GetAtt': ['Db', 'Arn'] },
      D: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}' },
      E: { 'Fn::Sub': ['${x}-y', { x: { Ref: 'P' } }] },
      F: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] },
      G: { 'Fn::Join': ['', ['a', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }]] },
      H: { 'Fn::FindInMap': { Map: 'x' } },
      I: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      J: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      K: { 'Fn::And': [{ 'Fn::Or': ['a', 'b'] }, { Condition: 'C' }] },
      L: { 'Fn::Split': [',', { 'Fn::ImportValue': 'Shared' }] },
      M: { 'Fn::Base64': 'text' },
      N: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
    });
  });

  test('a number-like mapping key keeps its text', () => {
    expect(plainOf('Mappings:\n  Accounts:\n    012345678901: {Env: prod}')).toEqual({ Mappings: { Accounts: { '012345678901': { Env: 'prod' } } } });
  });
});

describe('positions', () => {
  test('a property is located from its key line; list items at their dash', () => {
    const [doc] = parseLocatedYaml(['Resources:', '  Sg:', '    Type: AWS::EC2::SecurityGroup', '    Properties:', '      SecurityGroupIngress:', '        - CidrIp: 0.0.0.0/0', '          FromPort: 22'].join('\n'), 'sg.yaml');
    const root = doc!.value;
    if (root.t !== 'map') throw new Error('not a map');
    const sg = root.entries.get('Resources');
    if (sg?.t !== 'map') throw new Error('no resources');
    const res = sg.entries.get('Sg')!;
    expect(res.loc).toMatchObject({ file: 'sg.yaml', startLine: 2, endLine: 7 });
    if (res.t !== 'map') throw new Error('no resource map');
    const props = res.entries.get('Properties');
    if (props?.t !== 'map') throw new Error('no properties');
    const ingress = props.entries.get('SecurityGroupIngress')!;
    expect(ingress.loc?.startLine).toBe(5);
    if (ingress.t !== 'list') throw new Error('not a list');
    expect(ingress.items[0]!.loc?.startLine).toBe(6);
    if (ingress.items[0]!.t !== 'map') throw new Error('not a map');
    expect(ingress.items[0]!.entries.get('FromPort')!.loc?.startLine).toBe(7);
  });

  test('JSON keeps positions too, and a member is located from its key', () => {
    const v = parseLocatedJson('{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}', { file: 'b.json' });
    if (v.t !== 'map') throw new Error('not a map');
    const resources = v.entries.get('Resources');
    if (resources?.t !== 'map') throw new Error('no resources');
    expect(resources.entries.get('B')!.loc).toMatchObject({ startLine: 3, endLine: 5 });
    expect(toPlain(v)).toEqual({ Resources: { B: { Type: 'AWS::S3::Bucket' } } });
  });

  test('JSON parsing agrees with JSON.parse on escapes and numbers', () => {
    const text = '{"a": "x\\n\\u00e9\\"\\\\", "b": [1, -2.5e3, true, false, null], "c": {}}';
    expect(toPlain(parseLocatedJson(text, { file: 'x.json' }))).toEqual(JSON.parse(text));
  });

  test('a JSON syntax error says where', () => {
    expect(() => parseLocatedJson('{\n  "a": 1,\n  "b" 2\n}', { file: 'x.json' })).toThrow(JsonSyntaxError);
    try {
      parseLocatedJson('{\n  "a": 1,\n  "b" 2\n}', { file: 'x.json' });
    } catch (e) {
      expect((e as JsonSyntaxError).line).toBe(3);
    }
  });
});

describe('documents and templates', () => {
  test('multi-document YAML: each document is its own template', () => {
    const read = readDocuments('Resources:\n  A:\n    Type: AWS::S3::Bucket\n---\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', 'm.yaml');
    if (!read.ok) throw new Error(read.message);
    const templates = read.documents.map(asTemplate);
    expect(templates.map((t) => t?.index)).toEqual([0, 1]);
    expect(templates[1]!.resources.entries.get('B')!.loc?.startLine).toBe(6);
  });

  test('recognised by content: AWS:: and ALIYUN:: types, or a declared format version', () => {
    const kind = (text: string) => {
      const read = readDocuments(text, 'x');
      return read.ok ? asTemplate(read.documents[0]!)?.dialect : 'error';
    };
    expect(kind('Resources:\n  A:\n    Type: AWS::S3::Bucket')).toBe('cloudformation');
    expect(kind('ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  A:\n    Type: ALIYUN::OSS::Bucket')).toBe('ros');
    expect(kind('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: Custom::Thing')).toBe('cloudformation');
    expect(kind('Resources:\n  A:\n    Type: Custom::Thing')).toBeUndefined();
    expect(kind('name: ci\non: push')).toBeUndefined();
    expect(kind('{"Resources": {"A": {"Type": "AWS::EC2::VPC"}}}')).toBe('cloudformation');
  });

  test('JSON with a trailing comma is still read (as YAML)', () => {
    const read = readDocuments('{"Resources": {"A": {"Type": "AWS::EC2::VPC",},}}', 'x.json');
    expect(read.ok).toBe(true);
  });

  test('a YAML syntax error is reported with its line', () => {
    const read = readDocuments('Resources:\n  A:\n    Type: [unclosed\n', 'x.yaml');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.line).toBeGreaterThanOrEqual(3);
  });
});

describe('bounds on hostile input', () => {
  test('a billion-laughs document is stopped by the alias budget', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const started = Date.now();
    expect(() => parseLocatedYaml(lines.join('\n'), 'bomb.yaml')).toThrow(TemplateSyntaxError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('deep nesting is an error, not a stack overflow', () => {
    const depth = DEFAULT_PARSE_LIMITS.maxDepth + 50;
    expect(() => parseLocatedYaml('a: ' + '['.repeat(depth) + ']'.repeat(depth), 'deep.yaml')).toThrow(/nesting deeper/);
    expect(() => parseLocatedJson('['.repeat(depth) + ']'.repeat(depth), { file: 'deep.json', maxDepth: DEFAULT_PARSE_LIMITS.maxDepth })).toThrow(/nesting deeper/);
  });

  test('oversized and binary files are refused', () => {
    const big = readDocuments('x'.repeat(1000), 'big.yaml', { ...DEFAULT_PARSE_LIMITS, maxBytes: 100 });
    expect(big).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
    expect(readDocuments('Resources:\u0000', 'bin.yaml')).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) });
  });
});
