import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { OpenSearchClient } from '@aws-sdk/client-opensearch';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { KeyedLimiter } from '../live/limiter.js';
import type { CallLog } from './call-log.js';
export interface AwsCallSettings {
    /** Attempts per call, the first included (throttling and 5xx are retried). */
    maxAttempts: number;
    /** Per attempt: connecting, and the whole request and response. */
    connectTimeoutMs: number;
    requestTimeoutMs: number;
    /** One endpoint for every service (AWS-compatible clouds, tests); else the SDK's own resolution. */
    endpoint?: string;
    /** Named profile for the clients' shared-config settings (region, endpoint_url). */
    profile?: string;
}
export declare const DEFAULT_CALL_SETTINGS: AwsCallSettings;
type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;
export declare class AwsClientFactory {
    private readonly account;
    private readonly credentials;
    private readonly settings;
    private readonly limiter;
    private readonly log;
    private readonly env;
    private readonly handler;
    private readonly cache;
    constructor(account: string, credentials: Credentials, settings: AwsCallSettings, limiter: KeyedLimiter, log: CallLog, env?: NodeJS.ProcessEnv);
    private common;
    /** Adds the call-recording, call-bounding middleware; every operation of the client passes through it. */
    private instrument;
    private cached;
    ec2(region: string): EC2Client;
    rds(region: string): RDSClient;
    redshift(region: string): RedshiftClient;
    opensearch(region: string): OpenSearchClient;
    elasticache(region: string): ElastiCacheClient;
    dynamodb(region: string): DynamoDBClient;
    tagging(region: string): ResourceGroupsTaggingAPIClient;
    sts(region: string): STSClient;
    organizations(region: string): OrganizationsClient;
    /** An S3 client for the region a bucket lives in (S3 answers a bucket's calls only there). */
    s3(region: string): S3Client;
    s3control(region: string): S3ControlClient;
    /** Closes the shared socket pool. */
    destroy(): void;
}
export {};
