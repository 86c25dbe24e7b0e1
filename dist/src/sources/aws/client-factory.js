/**
 * AWS SDK clients for one account, configured the same way everywhere:
 * the SDK's adaptive retry (backoff on throttling and 5xx, client-side rate
 * limiting once throttled) with a bounded number of attempts, a timeout per
 * attempt (connection and whole request), one shared keep-alive socket pool,
 * and a middleware that records every operation (call-log.ts) and holds it to
 * a bound per account, region and service (the KeyedLimiter).
 *
 * Endpoints: the SDK's own overrides apply (AWS_ENDPOINT_URL,
 * AWS_ENDPOINT_URL_<SERVICE>, endpoint_url in the shared config); `endpoint`
 * sets one for every service. For a custom S3 endpoint path-style addressing
 * is used, and S3 Control is sent to the endpoint as given (its default
 * ruleset would prefix the account id to the host name).
 */
import http from 'node:http';
import https from 'node:https';
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
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { CLIENT_SERVICES } from './actions.js';
export const DEFAULT_CALL_SETTINGS = { maxAttempts: 5, connectTimeoutMs: 5_000, requestTimeoutMs: 30_000 };
/** The endpoint the environment sets for one service (the SDK's own variable names). */
function envEndpoint(serviceEnvName, env) {
    return env[`AWS_ENDPOINT_URL_${serviceEnvName}`] ?? env.AWS_ENDPOINT_URL;
}
export class AwsClientFactory {
    account;
    credentials;
    settings;
    limiter;
    log;
    env;
    handler;
    cache = new Map();
    constructor(account, credentials, settings, limiter, log, env = process.env) {
        this.account = account;
        this.credentials = credentials;
        this.settings = settings;
        this.limiter = limiter;
        this.log = log;
        this.env = env;
        const agentOptions = { keepAlive: true, maxSockets: 64 };
        this.handler = new NodeHttpHandler({
            connectionTimeout: settings.connectTimeoutMs,
            requestTimeout: settings.requestTimeoutMs,
            throwOnRequestTimeout: true,
            httpAgent: new http.Agent(agentOptions),
            httpsAgent: new https.Agent(agentOptions),
        });
    }
    common(region) {
        return {
            region,
            credentials: this.credentials,
            maxAttempts: this.settings.maxAttempts,
            retryMode: 'adaptive',
            requestHandler: this.handler,
            ...(this.settings.endpoint ? { endpoint: this.settings.endpoint } : {}),
            ...(this.settings.profile ? { profile: this.settings.profile } : {}),
        };
    }
    /** Adds the call-recording, call-bounding middleware; every operation of the client passes through it. */
    instrument(client, clientName, region) {
        const service = CLIENT_SERVICES[clientName] ?? clientName;
        const add = client.middlewareStack.add;
        add.call(client.middlewareStack, (next, context) => async (args) => {
            const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
            this.log.record({ client: clientName, operation, account: this.account, region });
            return this.limiter.run(`${this.account}|${region}|${service}`, () => next(args));
        }, { step: 'initialize', name: 'leakproofCallBounds', override: true });
        return client;
    }
    cached(key, make) {
        let c = this.cache.get(key);
        if (!c)
            this.cache.set(key, (c = make()));
        return c;
    }
    ec2(region) {
        return this.cached(`ec2|${region}`, () => this.instrument(new EC2Client(this.common(region)), 'EC2Client', region));
    }
    rds(region) {
        return this.cached(`rds|${region}`, () => this.instrument(new RDSClient(this.common(region)), 'RDSClient', region));
    }
    redshift(region) {
        return this.cached(`redshift|${region}`, () => this.instrument(new RedshiftClient(this.common(region)), 'RedshiftClient', region));
    }
    opensearch(region) {
        return this.cached(`opensearch|${region}`, () => this.instrument(new OpenSearchClient(this.common(region)), 'OpenSearchClient', region));
    }
    elasticache(region) {
        return this.cached(`elasticache|${region}`, () => this.instrument(new ElastiCacheClient(this.common(region)), 'ElastiCacheClient', region));
    }
    dynamodb(region) {
        return this.cached(`dynamodb|${region}`, () => this.instrument(new DynamoDBClient(this.common(region)), 'DynamoDBClient', region));
    }
    tagging(region) {
        return this.cached(`tagging|${region}`, () => this.instrument(new ResourceGroupsTaggingAPIClient(this.common(region)), 'ResourceGroupsTaggingAPIClient', region));
    }
    sts(region) {
        return this.cached(`sts|${region}`, () => this.instrument(new STSClient(this.common(region)), 'STSClient', region));
    }
    organizations(region) {
        return this.cached(`organizations|${region}`, () => this.instrument(new OrganizationsClient(this.common(region)), 'OrganizationsClient', region));
    }
    /** An S3 client for the region a bucket lives in (S3 answers a bucket's calls only there). */
    s3(region) {
        const custom = this.settings.endpoint ?? envEndpoint('S3', this.env);
        return this.cached(`s3|${region}`, () => this.instrument(new S3Client({ ...this.common(region), ...(custom ? { forcePathStyle: true } : {}) }), 'S3Client', region));
    }
    s3control(region) {
        const custom = this.settings.endpoint ?? envEndpoint('S3_CONTROL', this.env);
        return this.cached(`s3control|${region}`, () => this.instrument(new S3ControlClient({
            ...this.common(region),
            // The default ruleset builds https://<account>.s3-control.<region>.amazonaws.com; a custom endpoint is used as given.
            ...(custom ? { endpointProvider: () => ({ url: new URL(custom) }) } : {}),
        }), 'S3ControlClient', region));
    }
    /** Closes the shared socket pool. */
    destroy() {
        this.handler.destroy();
        this.cache.clear();
    }
}
