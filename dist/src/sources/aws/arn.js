/** `arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc`. */
export function ec2Arn(scope, region, type, id) {
    return `arn:${scope.partition}:ec2:${region}:${scope.account}:${type}/${id}`;
}
export function s3BucketArn(partition, bucket) {
    return `arn:${partition}:s3:::${bucket}`;
}
export function redshiftClusterArn(scope, region, clusterId) {
    return `arn:${scope.partition}:redshift:${region}:${scope.account}:cluster:${clusterId}`;
}
export function rdsArn(scope, region, type, id) {
    return `arn:${scope.partition}:rds:${region}:${scope.account}:${type}:${id}`;
}
export { accountOfArn, bucketNameOfArn, partitionOfArn, regionOfArn } from '../shared/arn.js';
/** The partition a region belongs to (for ARNs when no caller ARN says it). */
export function partitionOfRegion(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
