/**
 * ARNs for live AWS resources: a model record's id and a finding's location.
 * EC2 describes resources by id only, so their ARNs are built here the way
 * AWS documents them; services that return an ARN are used as returned.
 */
export interface AccountScope {
  partition: string;
  account: string;
}

/** `arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc`. */
export function ec2Arn(scope: AccountScope, region: string, type: string, id: string): string {
  return `arn:${scope.partition}:ec2:${region}:${scope.account}:${type}/${id}`;
}

export function s3BucketArn(partition: string, bucket: string): string {
  return `arn:${partition}:s3:::${bucket}`;
}

export function redshiftClusterArn(scope: AccountScope, region: string, clusterId: string): string {
  return `arn:${scope.partition}:redshift:${region}:${scope.account}:cluster:${clusterId}`;
}

export function rdsArn(scope: AccountScope, region: string, type: 'db' | 'cluster' | 'subgrp', id: string): string {
  return `arn:${scope.partition}:rds:${region}:${scope.account}:${type}:${id}`;
}

export { accountOfArn, bucketNameOfArn, partitionOfArn, regionOfArn } from '../shared/arn.js';

/** The partition a region belongs to (for ARNs when no caller ARN says it). */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}
