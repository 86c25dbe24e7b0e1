/**
 * The Alibaba Cloud audit as a provider of the shared live-audit run: one
 * account (the credentials' own, or the one a RAM role leads into), its
 * regions (as asked, or every region ECS DescribeRegions lists), the regional
 * collectors (ECS, VPC, RDS, Redis, MongoDB, Elasticsearch) and the
 * account-wide one (OSS), and the normalizer.
 */
import type { AuditProvider } from '../live/audit-run.js';
import { type AlicloudApiOptions, type AlicloudCredentials } from './api-client.js';
import { type CredentialOptions } from './credentials.js';
import type { AlicloudSession } from './session.js';
import type { AlicloudSnapshot } from './snapshot.js';
export interface AlicloudAuditOptions extends CredentialOptions {
    /** Explicit regions, 'all' (every region DescribeRegions lists), or absent (the profile's or environment's region). */
    regions?: 'all' | string[];
    /** Assume this RAM role (acs:ram::<account>:role/<name>). */
    roleArn?: string;
    /** Credentials to use instead of the environment and profiles (embedding, tests). */
    credentials?: AlicloudCredentials;
    /** API settings shared by every client: endpoints, concurrency, retries, call counting. */
    api?: Omit<AlicloudApiOptions, 'credentials'>;
}
export declare function alicloudAuditProvider(options: AlicloudAuditOptions): AuditProvider<AlicloudSession, AlicloudSnapshot>;
