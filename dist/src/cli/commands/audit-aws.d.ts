/**
 * `leakproof audit aws`: the AWS account(s) to read and how. Credentials come
 * from the SDK's default chain (environment, shared config and profiles, SSO,
 * web identity, container and instance roles), or --profile; --role-arn
 * assumes one role; --org --role-name assumes the role in every active
 * account of the organization. AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>
 * point the audit at any AWS-compatible endpoint.
 */
import { Command } from 'commander';
import { type AuditCommandOptions } from './audit.js';
interface AwsCommandOptions extends AuditCommandOptions {
    profile?: string;
    regions: string[];
    roleArn?: string;
    org?: boolean;
    roleName?: string;
    concurrency: number;
    maxAttempts: number;
    timeout: number;
}
export declare function runAwsAudit(options: AwsCommandOptions): Promise<number>;
export declare function awsAuditCommand(): Command;
export {};
