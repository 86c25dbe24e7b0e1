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
export declare function ec2Arn(scope: AccountScope, region: string, type: string, id: string): string;
export declare function s3BucketArn(partition: string, bucket: string): string;
export declare function redshiftClusterArn(scope: AccountScope, region: string, clusterId: string): string;
export declare function rdsArn(scope: AccountScope, region: string, type: 'db' | 'cluster' | 'subgrp', id: string): string;
export { accountOfArn, bucketNameOfArn, partitionOfArn, regionOfArn } from '../shared/arn.js';
/** The partition a region belongs to (for ARNs when no caller ARN says it). */
export declare function partitionOfRegion(region: string): string;
