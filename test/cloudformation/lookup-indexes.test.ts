/**
 * The indexes that replaced per-resource scans in the normalizers answer
 * exactly what the scans did: same resources, same order, first match first.
 */
import { describe, expect, test } from '@jest/globals';
import type { SourceResource } from '../../src/model/source-resource.js';
import type { Value } from '../../src/model/value.js';
import { attachedTo, createNormalizeContext, findByProperty, referringTo } from '../../src/sources/cloudformation/normalize/common.js';
import { firstInstanceOf } from '../../src/sources/terraform/normalize/common.js';

const loc = { file: 't.yaml', startLine: 1, endLine: 1 };

function res(address: string, type: string, attrs: Record<string, Value>): SourceResource {
  return { sourceKind: 'cloudformation', address, type, provider: 'aws', region: { t: 'string', v: 'eu-west-1' }, attrs: { t: 'map', entries: new Map(Object.entries(attrs)), loc }, loc, root: 't.yaml' };
}
const ref = (address: string): Value => ({ t: 'ref', ref: { address, attr: ['Ref'] } });
const text = (v: string): Value => ({ t: 'string', v });

describe('CloudFormation normalizer indexes', () => {
  const resources = [
    res('Db', 'AWS::RDS::DBCluster', { DBClusterIdentifier: text('main') }),
    res('Other', 'AWS::RDS::DBCluster', { DBClusterIdentifier: text('other') }),
    res('M1', 'AWS::RDS::DBInstance', { DBClusterIdentifier: ref('Db') }),
    res('M2', 'AWS::RDS::DBInstance', { DBClusterIdentifier: text('main') }),
    res('M3', 'AWS::RDS::DBInstance', { DBClusterIdentifier: ref('Other') }),
    res('M4', 'AWS::RDS::DBInstance', { DBClusterIdentifier: ref('Db') }),
    res('M5', 'AWS::RDS::DBInstance', {}),
    res('Eip', 'AWS::EC2::EIP', { InstanceId: ref('Vm') }),
    res('Assoc', 'AWS::EC2::EIPAssociation', { InstanceId: ref('Vm') }),
    res('Eip2', 'AWS::EC2::EIP', { InstanceId: ref('Vm') }),
  ];
  const ctx = createNormalizeContext(resources);
  const ids = (rs: SourceResource[]) => rs.map((r) => r.address);

  test('attachedTo: by reference and by name, in template order, each once', () => {
    expect(ids(attachedTo(ctx, ['AWS::RDS::DBInstance'], 'DBClusterIdentifier', resources[0]!, ['DBClusterIdentifier']))).toEqual(['M1', 'M2', 'M4']);
    expect(ids(attachedTo(ctx, ['AWS::RDS::DBInstance'], 'DBClusterIdentifier', resources[0]!))).toEqual(['M1', 'M4']);
    expect(ids(attachedTo(ctx, ['AWS::RDS::DBInstance'], 'DBClusterIdentifier', resources[1]!, ['DBClusterIdentifier']))).toEqual(['M3']);
  });

  test('referringTo keeps the order of the types asked for, then template order', () => {
    expect(ids(referringTo(ctx, ['AWS::EC2::EIP', 'AWS::EC2::EIPAssociation'], 'InstanceId', 'Vm'))).toEqual(['Eip', 'Eip2', 'Assoc']);
    expect(referringTo(ctx, ['AWS::EC2::EIP'], 'InstanceId', 'Nothing')).toEqual([]);
  });

  test('findByProperty gives the first resource with the value', () => {
    expect(findByProperty(ctx, ['AWS::RDS::DBCluster'], 'DBClusterIdentifier', 'other')?.address).toBe('Other');
    expect(findByProperty(ctx, ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance'], 'DBClusterIdentifier', 'main')?.address).toBe('Db');
    expect(findByProperty(ctx, ['AWS::RDS::DBCluster'], 'DBClusterIdentifier', 'none')).toBeUndefined();
  });
});

describe('Terraform first instance of an un-indexed address', () => {
  test('is the first address in scan order under that prefix, at any level of nesting', () => {
    const addresses = ['aws_s3_bucket.other', 'module.m[1].aws_s3_bucket.b["x"]', 'aws_s3_bucket.b[1]', 'aws_s3_bucket.b[0]', 'module.m[0].aws_s3_bucket.b["y"]'];
    const ctx = createNormalizeContext(addresses.map((a) => res(a, 'aws_s3_bucket', {})));
    expect(firstInstanceOf(ctx, 'aws_s3_bucket.b')).toBe('aws_s3_bucket.b[1]');
    expect(firstInstanceOf(ctx, 'module.m')).toBe('module.m[1].aws_s3_bucket.b["x"]');
    expect(firstInstanceOf(ctx, 'module.m[0].aws_s3_bucket.b')).toBe('module.m[0].aws_s3_bucket.b["y"]');
    expect(firstInstanceOf(ctx, 'aws_s3_bucket.other')).toBeUndefined();
    expect(firstInstanceOf(ctx, 'aws_s3_bucket.b[1')).toBeUndefined();
  });
});
