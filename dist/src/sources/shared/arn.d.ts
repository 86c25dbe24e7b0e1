/**
 * Reading the fields of an AWS ARN (`arn:<partition>:<service>:<region>:<account>:<resource>`).
 * Shared by every source that meets ARNs: Terraform and CloudFormation values
 * (replication sources and destinations) and the live AWS audit.
 */
/** The region field of an ARN, if it has one (`arn:aws:rds:eu-west-1:123:db:x` → eu-west-1; S3 bucket ARNs have none). */
export declare function regionOfArn(arn: string): string | undefined;
/** The account field of an ARN. */
export declare function accountOfArn(arn: string): string | undefined;
/** `arn:aws:sts::123:assumed-role/x/y` → 'aws'. */
export declare function partitionOfArn(arn: string): string | undefined;
/** `arn:aws:s3:::name` or `arn:aws:s3:::name/prefix` → name. */
export declare function bucketNameOfArn(arn: string): string | undefined;
