import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AuditTarget } from '../live/audit-run.js';
import type { KeyedLimiter } from '../live/limiter.js';
import type { CallLog } from './call-log.js';
import { AwsClientFactory, type AwsCallSettings } from './client-factory.js';
export interface AwsSession {
    account: string;
    partition: string;
    /** Where account-wide calls go (S3 listing, S3 Control, the first audited region for global listings). */
    homeRegion: string;
    clients: AwsClientFactory;
}
export interface AwsAccessOptions {
    profile?: string;
    /** Where account-wide calls go; else the configured region (environment, profile), else the first of `regions`. */
    homeRegion?: string;
    /** Explicit regions, 'all' (every enabled region), or absent (the configured region). */
    regions?: 'all' | string[];
    /** Assume this role (in one account). */
    roleArn?: string;
    /** Every active account of the organization, assuming this role name in each. */
    orgRoleName?: string;
    /** Credentials to use instead of the default chain (embedding, tests). */
    credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
    call: AwsCallSettings;
}
/** A problem with the audit's setup (no credentials, no region): a usage error, exit code 2. */
export declare class AwsSetupError extends Error {
    constructor(message: string);
}
/**
 * The accounts to audit. One account: its id comes from GetCallerIdentity
 * (which needs no permission). An organization: ListAccounts (paginated,
 * ACTIVE only), and in each account the role is assumed when it is opened, so
 * an account whose role cannot be assumed is reported as not assessed while
 * the others are read.
 */
export declare function awsTargets(options: AwsAccessOptions, limiter: KeyedLimiter, log: CallLog): Promise<AuditTarget<AwsSession>[]>;
/** The regions to read in one account. */
export declare function awsRegions(s: AwsSession, requested: AwsAccessOptions['regions']): Promise<string[]>;
