/**
 * Reading the fields of an AWS ARN (`arn:<partition>:<service>:<region>:<account>:<resource>`).
 * Shared by every source that meets ARNs: Terraform and CloudFormation values
 * (replication sources and destinations) and the live AWS audit.
 */
/** The region field of an ARN, if it has one (`arn:aws:rds:eu-west-1:123:db:x` → eu-west-1; S3 bucket ARNs have none). */
export function regionOfArn(arn) {
    const parts = arn.split(':');
    if (parts[0] !== 'arn' || parts.length < 6)
        return undefined;
    return parts[3] !== '' ? parts[3] : undefined;
}
/** The account field of an ARN. */
export function accountOfArn(arn) {
    const parts = arn.split(':');
    if (parts[0] !== 'arn' || parts.length < 6)
        return undefined;
    return parts[4] !== '' ? parts[4] : undefined;
}
/** `arn:aws:sts::123:assumed-role/x/y` → 'aws'. */
export function partitionOfArn(arn) {
    const parts = arn.split(':');
    return parts[0] === 'arn' && parts[1] ? parts[1] : undefined;
}
/** `arn:aws:s3:::name` or `arn:aws:s3:::name/prefix` → name. */
export function bucketNameOfArn(arn) {
    return /^arn:[^:]+:s3:::([^/]+)/.exec(arn)?.[1];
}
