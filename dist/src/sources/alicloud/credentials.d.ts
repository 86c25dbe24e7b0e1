import type { AlicloudCredentials } from './api-client.js';
/** A problem with the audit's setup (no credentials, an unusable profile, no region): a usage error, exit code 2. */
export declare class AlicloudSetupError extends Error {
    constructor(message: string);
}
export interface CredentialSource {
    credentials: AlicloudCredentials;
    /** A role the source itself says to assume (profile mode RamRoleArn). */
    roleArn?: string;
    roleSessionName?: string;
    durationSeconds?: number;
    /** The profile's default region, if any. */
    region?: string;
    /** Where they came from, for messages: "environment", "profile default (~/.aliyun/config.json)". */
    origin: string;
}
export interface CredentialOptions {
    profile?: string;
    env?: NodeJS.ProcessEnv;
    /** The CLI configuration file; default ~/.aliyun/config.json. */
    configFile?: string;
}
/** The credentials to start from; throws AlicloudSetupError when there are none or they are unusable. */
export declare function resolveCredentialSource(options?: CredentialOptions): CredentialSource;
