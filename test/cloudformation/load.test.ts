/** Loading templates into source resources: addresses, types, locations, resource conditions, documents, errors and notes. */
import { describe, expect, test } from '@jest/globals';
import { loadCloudFormation } from '../../src/sources/cloudformation/load.js';
import { detectFormat } from '../../src/sources/detect.js';
import { loadText, plain, prop, resource, writeFiles } from './helpers.js';

describe('source resources', () => {
  test('YAML: logical ids, types, providers, locations of resources and properties', () => {
    const loaded = loadText(['Resources:', '  Db:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Engine: postgres', '      PubliclyAccessible: true', '  Other:', '    Type: Custom::Thing'].join('\n'));
    expect(loaded.errors).toEqual([]);
    const db = resource(loaded, 'Db');
    expect(db).toMatchObject({ sourceKind: 'cloudformation', type: 'AWS::RDS::DBInstance', provider: 'aws', root: loaded.file });
    expect(db.loc).toMatchObject({ file: loaded.file, startLine: 2, endLine: 6 });
    expect(prop(db, 'PubliclyAccessible')).toMatchObject({ t: 'bool', v: true, loc: { startLine: 6 } });
    expect(db.region).toMatchObject({ t: 'unknown' });
    expect(resource(loaded, 'Other').provider).toBe('other');
    expect(loaded.files).toEqual([loaded.file]);
  });

  test('JSON: the same resources with JSON line numbers', () => {
    const json = JSON.stringify({ Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { PubliclyAccessible: true } } } }, null, 2);
    const loaded = loadText(json, {}, 'template.json');
    const db = resource(loaded, 'Db');
    expect(db.loc.startLine).toBe(3);
    expect(prop(db, 'PubliclyAccessible')?.loc?.startLine).toBe(6);
  });

  test('ROS templates are their own source kind with the Alibaba Cloud provider', () => {
    const loaded = loadText('ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  Bucket:\n    Type: ALIYUN::OSS::Bucket\n    Properties:\n      AccessControl: public-read\n', { region: 'cn-hangzhou' });
    expect(resource(loaded, 'Bucket')).toMatchObject({ sourceKind: 'ros', provider: 'alicloud', region: { t: 'string', v: 'cn-hangzhou' } });
  });

  test('a resource whose condition is false is not created; an undecidable one is scanned with a note', () => {
    const loaded = loadText(
      [
        'Parameters:',
        '  Env: {Type: String, Default: dev}',
        '  Other: {Type: String}',
        'Conditions:',
        '  IsProd: !Equals [!Ref Env, prod]',
        '  Maybe: !Equals [!Ref Other, x]',
        'Resources:',
        '  ProdOnly:',
        '    Type: AWS::S3::Bucket',
        '    Condition: IsProd',
        '  MaybeThere:',
        '    Type: AWS::S3::Bucket',
        '    Condition: Maybe',
      ].join('\n'),
    );
    expect(loaded.resources.map((r) => r.address)).toEqual(['MaybeThere']);
    expect(loaded.notes).toEqual([expect.stringMatching(/MaybeThere exists only when condition Maybe holds/)]);
  });

  test('multi-document files: each document is its own deployment (root)', () => {
    const loaded = loadText('Resources:\n  B:\n    Type: AWS::S3::Bucket\n---\nResources:\n  B:\n    Type: AWS::S3::Bucket\n');
    expect(loaded.resources.map((r) => [r.address, r.root])).toEqual([
      ['B', `${loaded.file}#1`],
      ['B', `${loaded.file}#2`],
    ]);
  });

  test('Fn::ForEach (AWS::LanguageExtensions) stamps out one resource per item', () => {
    const loaded = loadText(
      ['Transform: AWS::LanguageExtensions', 'Resources:', '  Fn::ForEach::Buckets:', '    - Name', '    - [A, B]', '    - Bucket${Name}:', '        Type: AWS::S3::Bucket', '        Properties:', '          BucketName: !Sub "data-${Name}"'].join('\n'),
    );
    expect(loaded.resources.map((r) => [r.address, plain(r, 'BucketName')])).toEqual([
      ['BucketA', 'data-A'],
      ['BucketB', 'data-B'],
    ]);
    expect(loaded.notes).toEqual([expect.stringMatching(/transform AWS::LanguageExtensions is not expanded/)]);
  });

  test('a pre-processor module as Type is passed over with a note, not an error', () => {
    const loaded = loadText('Resources:\n  Net:\n    Type: !Rain::Module ./vpc.yml\n  B:\n    Type: AWS::S3::Bucket\n');
    expect(loaded.errors).toEqual([]);
    expect(loaded.resources.map((r) => r.address)).toEqual(['B']);
    expect(loaded.notes).toEqual([expect.stringMatching(/Net has a Type that is not a resource type name/)]);
  });
});

describe('files that are not templates, and broken templates', () => {
  test('non-templates are skipped quietly, and named in the notes only when verbose', () => {
    const files = writeFiles({ 'event.json': '{"detail": {"x": 1}}', 'ci.yml': 'on: push\njobs: {}\n' });
    const quiet = loadCloudFormation(Object.values(files));
    expect(quiet).toMatchObject({ resources: [], errors: [], notes: [], files: [] });
    const verbose = loadCloudFormation(Object.values(files), { verbose: true });
    expect(verbose.notes).toHaveLength(2);
    expect(verbose.errors).toEqual([]);
  });

  test('a template that does not parse is an input error with its line; the other files still load', () => {
    const files = writeFiles({
      'broken.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: [AWS::S3::Bucket\n',
      'good.yaml': 'Resources:\n  G:\n    Type: AWS::S3::Bucket\n',
    });
    const result = loadCloudFormation([files['broken.yaml']!, files['good.yaml']!]);
    expect(result.errors).toEqual([expect.objectContaining({ file: files['broken.yaml'], line: expect.any(Number), message: expect.stringMatching(/invalid YAML/) })]);
    expect(result.resources.map((r) => r.address)).toEqual(['G']);
  });

  test('a resource without Type is an input error', () => {
    const loaded = loadText('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Properties: {}\n  C:\n    Type: AWS::S3::Bucket\n');
    expect(loaded.errors).toEqual([expect.objectContaining({ line: 3, message: 'resource B has no Type' })]);
  });
});

describe('detectFormat', () => {
  test('templates, ROS templates and plans are recognised by content, whatever the extension', () => {
    expect(detectFormat('x.template', 'Resources:\n  A:\n    Type: AWS::EC2::VPC\n')).toBe('cloudformation');
    expect(detectFormat('x.json', '{"ROSTemplateFormatVersion": "2015-09-01", "Resources": {"A": {"Type": "ALIYUN::ECS::VPC"}}}')).toBe('ros');
    expect(detectFormat('plan.json', JSON.stringify({ format_version: '1.2', planned_values: { root_module: {} } }))).toBe('terraform-plan');
    expect(detectFormat('old.json', JSON.stringify({ format_version: '0.1', resource_changes: [] }))).toBe('terraform-plan');
  });

  test('other JSON and YAML is not claimed, but a broken template is (so its error is reported)', () => {
    expect(detectFormat('package.json', '{"name": "x", "version": "1.0.0"}')).toBeUndefined();
    expect(detectFormat('state.json', JSON.stringify({ format_version: '1.0', values: {} }))).toBeUndefined();
    expect(detectFormat('ci.yml', 'on: push\n')).toBeUndefined();
    expect(detectFormat('k8s.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: Resources\n')).toBeUndefined();
    expect(detectFormat('broken.yaml', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: [\n')).toBe('cloudformation');
    expect(detectFormat('main.tf', 'resource "aws_s3_bucket" "Resources" { } # AWS::')).toBeUndefined();
  });
});
