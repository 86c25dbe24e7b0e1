/**
 * The only way the audit talks to Alibaba Cloud. pop-core (RPC and ROA) and
 * ali-oss have no retry logic worth relying on, so every call here goes
 * through the shared live-audit machinery: a bound on concurrent calls per
 * product and region, exponential backoff with jitter on throttling, 5xx,
 * timeouts and dropped connections, and a deadline per attempt. Every call is
 * checked against the operation table (a collector cannot send an unlisted,
 * let alone a writing, operation) and counted for the RAM-policy test and the
 * benchmark. Clients are cached per endpoint; close() destroys their sockets.
 */
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import PopCore from '@alicloud/pop-core';
import { KeyedLimiter } from '../live/limiter.js';
import { classifyFailure, retryWithBackoff } from '../live/retry.js';
import { AlicloudApiError, toApiError } from './api-error.js';
import { endpointFor, isKnownOperation, PRODUCTS, ramAction } from './products.js';
const { RPCClient, ROAClient } = PopCore;
const requireCjs = createRequire(import.meta.url);
const OSS = requireCjs('ali-oss');
/** Retry on what passes: throttling, server errors, timeouts, dropped connections. */
export function isRetryable(e) {
    const kind = classifyFailure(e);
    return kind === 'throttled' || kind === 'server-error' || kind === 'timeout' || kind === 'network';
}
const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5000, attemptTimeoutMs: 20000 };
export class AlicloudApi {
    options;
    limiter;
    rpcClients = new Map();
    roaClients = new Map();
    ossClients = new Map();
    ossAgents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
    retry;
    constructor(options) {
        this.options = options;
        const bound = options.concurrency ?? 10;
        // OSS has no batch read of bucket settings (four calls a bucket) and its rate limits are per bucket and far
        // higher than the RPC APIs': its lanes get four times the bound, as S3's do in the AWS audit.
        this.limiter = new KeyedLimiter(bound, (key) => (key.startsWith('oss|') ? bound * 4 : bound));
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
    }
    /** The highest number of calls that ran at once for one product and region. */
    get peakConcurrency() {
        return this.limiter.peak;
    }
    credentials = async () => this.options.credentials;
    /** Runs one logical call: bounded, checked, counted per attempt, retried when worth it. */
    async call(product, region, operation, send) {
        if (!isKnownOperation(product, operation))
            throw new Error(`${product}:${operation} is not in the operation table (src/sources/alicloud/products.ts)`);
        const action = ramAction(product, operation);
        return this.limiter.run(`${product}|${region}`, () => retryWithBackoff(async (attempt) => {
            this.options.onCall?.({ product, operation, region, action, attempt });
            try {
                return await send(this.retry.attemptTimeoutMs);
            }
            catch (e) {
                throw toApiError(e, product, operation);
            }
        }, {
            ...this.retry,
            isRetryable,
            onRetry: (e, attempt, delay) => this.options.onRetry?.(`${action} in ${region}`, e, attempt, delay),
        }));
    }
    popConfig(product, region) {
        return { endpoint: endpointFor(product, region, this.options.endpoints), apiVersion: PRODUCTS[product].apiVersion, credentialsProvider: { getCredentials: this.credentials } };
    }
    /** An RPC call (ECS, VPC, RDS, R-KVStore, DDS, STS): form-encoded POST, JSON reply. */
    rpc(product, region, operation, params) {
        const config = this.popConfig(product, region);
        let client = this.rpcClients.get(config.endpoint + config.apiVersion);
        if (!client)
            this.rpcClients.set(config.endpoint + config.apiVersion, (client = new RPCClient(config)));
        const withRegion = product === 'sts' ? params : { RegionId: region, ...params };
        return this.call(product, region, operation, (timeout) => client.request(operation, withRegion, { method: 'POST', timeout, formatParams: false }));
    }
    /** A ROA call (Elasticsearch): REST path, JSON reply. */
    roa(product, region, operation, path, query = {}) {
        const config = this.popConfig(product, region);
        let client = this.roaClients.get(config.endpoint);
        if (!client)
            this.roaClients.set(config.endpoint, (client = new ROAClient(config)));
        return this.call(product, region, operation, (timeout) => client.request('GET', path, query, '', {}, { timeout }));
    }
    ossClient(region) {
        const override = this.options.endpoints?.oss;
        // One client a region: the region names the bucket's host even when an override sends every request to one address.
        const key = override ? `${region}|${endpointFor('oss', region, this.options.endpoints)}` : region;
        let client = this.ossClients.get(key);
        if (!client) {
            const { accessKeyId, accessKeySecret, securityToken } = this.options.credentials;
            client = new OSS({
                accessKeyId,
                accessKeySecret,
                ...(securityToken ? { stsToken: securityToken, refreshSTSToken: async () => ({ accessKeyId, accessKeySecret, stsToken: securityToken }) } : {}),
                region: `oss-${region}`,
                secure: true,
                ...(override ? { endpoint: endpointFor('oss', region, this.options.endpoints) } : {}),
                agent: this.ossAgents.http,
                httpsAgent: this.ossAgents.https,
                timeout: this.retry.attemptTimeoutMs,
            });
            this.ossClients.set(key, client);
        }
        return client;
    }
    /**
     * An OSS call, signed by ali-oss. `bucket` empty for service-level calls
     * (ListBuckets, the account's Block Public Access). XML replies are parsed;
     * `json` replies (bucket policies) are returned as text.
     */
    oss(region, operation, request) {
        const client = this.ossClient(region);
        return this.call('oss', region, operation, async (timeout) => {
            const params = client._bucketRequestParams('GET', request.bucket ?? '', request.subres, { timeout });
            if (request.query)
                params.query = request.query;
            params.successStatuses = [200];
            if (request.reply === 'xml')
                params.xmlResponse = true;
            const result = await client.request(params);
            if (request.reply === 'xml')
                return result.data;
            const data = result.res.data ?? result.data;
            return Buffer.isBuffer(data) ? data.toString('utf8') : String(data ?? '');
        });
    }
    /** Releases every socket the clients keep alive. */
    close() {
        for (const c of this.rpcClients.values())
            c.keepAliveAgent.destroy();
        for (const c of this.roaClients.values())
            c.keepAliveAgent.destroy();
        this.ossAgents.http.destroy();
        this.ossAgents.https.destroy();
        this.rpcClients.clear();
        this.roaClients.clear();
        this.ossClients.clear();
    }
}
export { AlicloudApiError };
