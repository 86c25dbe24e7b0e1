/**
 * The evaluation budgets of a template: a template built to blow up its
 * intrinsics ends in one input error at the intrinsic that did it, never in a
 * RangeError, a hang or a lost report, and every other template is still read.
 */
import { rmSync } from 'node:fs';
import * as nodePath from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { SourceResult } from '../../src/model/source-resource.js';
import { loadCloudFormation } from '../../src/sources/cloudformation/load.js';
import { plain, resource, writeFiles } from './helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Loads the given templates (name → text) together, as one scan does. */
function load(files: Record<string, string>, options: Parameters<typeof loadCloudFormation>[1] = {}): SourceResult & { paths: Record<string, string> } {
  const paths = writeFiles(files);
  dirs.push(nodePath.dirname(Object.values(paths)[0]!));
  return { ...loadCloudFormation(Object.values(paths), options), paths };
}

const GOOD = ['Resources:', '  Logs:', '    Type: AWS::S3::Bucket', '    Properties:', '      BucketName: !Join ["-", [logs, !Ref AWS::Region]]', ''].join('\n');

/** The one error a template's budget gave, with its line. */
function budgetError(result: SourceResult, file: string) {
  const errs = result.errors.filter((e) => e.file === file && e.message.startsWith('evaluation of the template stopped'));
  expect(errs).toHaveLength(1);
  return errs[0]!;
}

function expectGoodTemplateScanned(result: SourceResult) {
  expect(plain(resource(result, 'Logs'), 'BucketName')).toBe('logs-eu-west-1');
}

describe('string budgets', () => {
  test('Fn::Join of a long parameter repeated thousands of times: error at the Join, the other file still scanned', () => {
    const refs = Array.from({ length: 3000 }, () => '!Ref Long').join(', ');
    const bad = ['Parameters:', '  Long:', '    Type: String', `    Default: ${'x'.repeat(500_000)}`, 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: !Join ["", [${refs}]]`, ''].join('\n');
    const result = load({ 'bad.yaml': bad, 'good.yaml': GOOD }, { region: 'eu-west-1' });
    const err = budgetError(result, result.paths['bad.yaml']!);
    expect(err.line).toBe(9);
    expect(err.message).toMatch(/Fn::Join would be longer than 1048576 characters/);
    expect(result.resources.some((r) => r.address === 'Bucket')).toBe(false);
    expectGoodTemplateScanned(result);
  });

  test('Fn::Sub of a long parameter in thousands of properties: the per-template character budget stops it', () => {
    const props = Array.from({ length: 3000 }, (_, i) => `        - Key: k${i}\n          Value: !Sub "\${Long}-${i}"`).join('\n');
    const bad = ['Parameters:', '  Long:', '    Type: String', `    Default: ${'y'.repeat(100_000)}`, 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags:', props, ''].join('\n');
    const result = load({ 'bad.yaml': bad, 'good.yaml': GOOD }, { region: 'eu-west-1' });
    const err = budgetError(result, result.paths['bad.yaml']!);
    expect(err.message).toMatch(/produce more than 33554432 characters in all/);
    // The Sub that passed the total: about the 336th tag (32 MiB / 100k), two lines a tag from line 10.
    expect(err.line).toBeGreaterThan(600);
    expect(err.line).toBeLessThan(700);
    expectGoodTemplateScanned(result);
  });

  test('nested Fn::Sub that doubles at every level stops at the level that passes the limit', () => {
    // Level i substitutes ${v} twice, where v is level i-1: 2^levels characters, and 2^levels
    // evaluations if each use of a variable were evaluated again.
    let inner: unknown = 'ab';
    for (let i = 0; i < 24; i++) inner = { 'Fn::Sub': ['${v}${v}', { v: inner }] };
    const template = { Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: inner } } } };
    const result = load({ 'nested.json': JSON.stringify(template, null, 1), 'good.yaml': GOOD }, { region: 'eu-west-1' });
    expect(budgetError(result, result.paths['nested.json']!).message).toMatch(/Fn::Sub would be longer than/);
    expectGoodTemplateScanned(result);
  });

  test('a dozen nested Fn::Sub levels under the limit evaluate each variable once, to the right text', () => {
    let inner: unknown = 'a';
    for (let i = 0; i < 12; i++) inner = { 'Fn::Sub': ['${v}${v}', { v: inner }] };
    const template = { Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: inner } } } };
    const result = load({ 'nested.json': JSON.stringify(template) });
    expect(result.errors).toEqual([]);
    expect(plain(resource(result, 'Bucket'), 'BucketName')).toBe('a'.repeat(4096));
  });

  test('Fn::ToJsonString of a list naming one long parameter many times is measured before it is built', () => {
    const refs = Array.from({ length: 2000 }, () => '!Ref Long').join(', ');
    const bad = ['Transform: AWS::LanguageExtensions', 'Parameters:', '  Long:', '    Type: String', `    Default: ${'z'.repeat(10_000)}`, 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: !ToJsonString [${refs}]`, ''].join('\n');
    const result = load({ 'bad.yaml': bad });
    const err = budgetError(result, result.paths['bad.yaml']!);
    expect(err.line).toBe(10);
    expect(err.message).toMatch(/Fn::ToJsonString would be longer than/);
  });

  test('Fn::Base64 and ROS Fn::Replace check the length of their result', () => {
    const limits = { maxStringLength: 1000 };
    const b64 = load({ 'b.yaml': ['Resources:', '  I:', '    Type: AWS::EC2::Instance', '    Properties:', `      UserData: !Base64 "${'u'.repeat(800)}"`, ''].join('\n') }, { limits });
    expect(budgetError(b64, b64.paths['b.yaml']!)).toMatchObject({ line: 5, message: expect.stringMatching(/Fn::Base64 would be longer than 1000/) });
    const ros = [
      'ROSTemplateFormatVersion: "2015-09-01"',
      'Resources:',
      '  B:',
      '    Type: ALIYUN::OSS::Bucket',
      '    Properties:',
      '      BucketName:',
      `        Fn::Replace: [{"a": "${'b'.repeat(50)}"}, "${'a'.repeat(100)}"]`,
      '',
    ].join('\n');
    const replaced = load({ 'r.yaml': ros }, { limits });
    // A block-style intrinsic is located at the property that holds it.
    expect(budgetError(replaced, replaced.paths['r.yaml']!)).toMatchObject({ line: 6, message: expect.stringMatching(/Fn::Replace would be longer than 1000/) });
  });
});

describe('list, step and nesting budgets', () => {
  test('Fn::Split into more items than allowed', () => {
    const bad = ['Resources:', '  Sg:', '    Type: AWS::EC2::SecurityGroup', '    Properties:', `      GroupDescription: !Select [0, !Split [",", "${','.repeat(200_000)}"]]`, ''].join('\n');
    const result = load({ 'bad.yaml': bad });
    expect(budgetError(result, result.paths['bad.yaml']!)).toMatchObject({ line: 5, message: expect.stringMatching(/Fn::Split would have more than 100000 items/) });
  });

  test('Fn::Cidr asking for more subnets than allowed', () => {
    const bad = ['Resources:', '  S:', '    Type: AWS::EC2::Subnet', '    Properties:', '      CidrBlock: !Select [0, !Cidr ["10.0.0.0/8", 1000000, 4]]', ''].join('\n');
    const result = load({ 'bad.yaml': bad });
    expect(budgetError(result, result.paths['bad.yaml']!)).toMatchObject({ line: 5, message: expect.stringMatching(/Fn::Cidr would have more than/) });
  });

  test('Fn::FindInMap copies of a large mapping value count as work', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `x${i}`).join(', ');
    const props = Array.from({ length: 200 }, (_, i) => `        - Key: k${i}\n          Value: !FindInMap [M, a, b]`).join('\n');
    const bad = ['Mappings:', '  M:', '    a:', `      b: [${big}]`, 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags:', props, ''].join('\n');
    const result = load({ 'bad.yaml': bad }, { limits: { maxTemplateSteps: 100_000 } });
    expect(budgetError(result, result.paths['bad.yaml']!).message).toMatch(/stopped after 100000 steps/);
    // The same template with the default budget is fine.
    const ok = load({ 'ok.yaml': bad });
    expect(ok.errors).toEqual([]);
  });

  test('a chain of conditions deeper than allowed is an error, not a stack overflow', () => {
    const n = 5000;
    const conditions = Array.from({ length: n }, (_, i) => `  C${i}: ${i === n - 1 ? '!Equals [a, a]' : `!Not [{Condition: C${i + 1}}]`}`).join('\n');
    const bad = ['Conditions:', conditions, 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Condition: C0', ''].join('\n');
    const result = load({ 'bad.yaml': bad, 'good.yaml': GOOD }, { region: 'eu-west-1' });
    expect(budgetError(result, result.paths['bad.yaml']!).message).toMatch(/nests deeper than 400 levels/);
    expectGoodTemplateScanned(result);
  });

  test('Fn::ForEach stamping more resources than allowed is an error at the loop', () => {
    const bad = [
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  Fn::ForEach::Outer:',
      '    - A',
      `    - [${Array.from({ length: 200 }, (_, i) => `a${i}`).join(', ')}]`,
      '    - Fn::ForEach::Inner:',
      '        - B',
      `        - [${Array.from({ length: 200 }, (_, i) => `b${i}`).join(', ')}]`,
      '        - Bucket${A}${B}:',
      '            Type: AWS::S3::Bucket',
      '            Properties:',
      '              BucketName: !Sub "${A}-${B}"',
      '',
    ].join('\n');
    const result = load({ 'loops.yaml': bad, 'good.yaml': GOOD }, { region: 'eu-west-1' });
    const err = budgetError(result, result.paths['loops.yaml']!);
    expect(err.message).toMatch(/Fn::ForEach expands to more than 10000 resources/);
    expect(err.line).toBeGreaterThanOrEqual(9);
    expect(result.resources.some((r) => r.address.startsWith('Bucket'))).toBe(false);
    expectGoodTemplateScanned(result);
  });

  test('Fn::ForEach under the bound still stamps every resource', () => {
    const loops = [
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  Fn::ForEach::Outer:',
      '    - A',
      '    - [x, y]',
      '    - Fn::ForEach::Inner:',
      '        - B',
      '        - [p, q, r]',
      '        - Bucket${A}${B}:',
      '            Type: AWS::S3::Bucket',
      '            Properties:',
      '              BucketName: !Sub "${A}-${B}"',
      '',
    ].join('\n');
    const result = load({ 'loops.yaml': loops });
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => r.address).sort()).toEqual(['Bucketxp', 'Bucketxq', 'Bucketxr', 'Bucketyp', 'Bucketyq', 'Bucketyr']);
    expect(plain(resource(result, 'Bucketyq'), 'BucketName')).toBe('y-q');
  });

  test('budgets are per template: a second template starts afresh', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `        - Key: k${i}\n          Value: !Sub "v-\${AWS::Region}-${i}"`).join('\n');
    const template = (n: number) => ['Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags:', tags(n), ''].join('\n');
    // Each template alone takes about 60% of the step budget.
    const limits = { maxTemplateSteps: 1000 };
    const result = load({ 'a.yaml': template(100), 'b.yaml': template(100) }, { limits, region: 'eu-west-1' });
    expect(result.errors).toEqual([]);
    expect(result.resources).toHaveLength(2);
  });
});

describe('dynamic references', () => {
  test('are found in one pass, also in a long string of unclosed openings', () => {
    const started = Date.now();
    const bad = ['Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: "${'{{resolve:'.repeat(50_000)}"`, `      Tags: [{Key: a, Value: "{{resolve:ssm:x}}"}]`, ''].join('\n');
    const result = load({ 'dyn.yaml': bad });
    expect(result.errors).toEqual([]);
    expect(plain(resource(result, 'Bucket'), 'BucketName')).toBe('{{resolve:'.repeat(50_000));
    const tag = plain(resource(result, 'Bucket'), 'Tags', 0, 'Value');
    expect(tag).toBeUndefined(); // unknown: resolved at deploy time
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
