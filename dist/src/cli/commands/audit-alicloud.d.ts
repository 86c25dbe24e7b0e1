/**
 * `leakproof audit alicloud`: the Alibaba Cloud account to read and how.
 * Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET /
 * ALIBABA_CLOUD_SECURITY_TOKEN, or a profile of the aliyun CLI's
 * ~/.aliyun/config.json (AK, StsToken, RamRoleArn); --role-arn assumes a RAM
 * role from there. --endpoint product=url points one product at another
 * endpoint (tests, private endpoints); a url may contain {region}.
 */
import { Command } from 'commander';
import { type AuditCommandOptions } from './audit.js';
interface AlicloudCommandOptions extends AuditCommandOptions {
    profile?: string;
    regions: string[];
    roleArn?: string;
    endpoint: string[];
    concurrency: number;
    maxAttempts: number;
    timeout: number;
}
export declare function runAlicloudAudit(options: AlicloudCommandOptions): Promise<number>;
export declare function alicloudAuditCommand(): Command;
export {};
