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
import { classifyFailure, retryWithBackoff, type RetryOptions } from '../live/retry.js';
import { AlicloudApiError, toApiError } from './api-error.js';
import { endpointFor, isKnownOperation, PRODUCTS, ramAction, type Product } from './products.js';

export interface AlicloudCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** One call sent (each retry is another call), for the policy test and the benchmark. */
export interface AlicloudCallRecord {
  product: Product;
  operation: string;
  region: string;
  /** The RAM action, `rds:DescribeDBInstances`. */
  action: string;
  attempt: number;
}

export interface AlicloudApiOptions {
  credentials: AlicloudCredentials;
  /** `--endpoint product=url`; a url may contain `{region}`. */
  endpoints?: Partial<Record<Product, string>>;
  /** Calls in flight per product and region (OSS: four times this). */
  concurrency?: number;
  retry?: Partial<Pick<RetryOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs' | 'attemptTimeoutMs' | 'sleep' | 'random'>>;
  onCall?: (call: AlicloudCallRecord) => void;
  onRetry?: (what: string, error: unknown, attempt: number, delayMs: number) => void;
}

interface PopRpcClient {
  request(action: string, params: Record<string, unknown>, opts: Record<string, unknown>): Promise<unknown>;
  keepAliveAgent: http.Agent;
}
interface PopRoaClient {
  request(method: string, path: string, query: Record<string, string>, body: string, headers: Record<string, string>, opts: Record<string, unknown>): Promise<unknown>;
  keepAliveAgent: http.Agent;
}
type PopConfig = { endpoint: string; apiVersion: string; credentialsProvider: { getCredentials(): Promise<AlicloudCredentials> } };
const { RPCClient, ROAClient } = PopCore as unknown as { RPCClient: new (config: PopConfig) => PopRpcClient; ROAClient: new (config: PopConfig) => PopRoaClient };

/** What this module uses of ali-oss: its signing request path (the bucket methods it has are thin wrappers of it). */
interface OssRequestParams {
  method: string;
  bucket?: string;
  subres?: string | Record<string, string>;
  query?: Record<string, string>;
  successStatuses?: number[];
  xmlResponse?: boolean;
  timeout?: number;
}
interface OssClient {
  _bucketRequestParams(method: string, bucket: string, subres: string | Record<string, string>, options?: Record<string, unknown>): OssRequestParams;
  request(params: OssRequestParams): Promise<{ status: number; data: unknown; res: { data?: unknown } }>;
}
type OssConstructor = new (options: Record<string, unknown>) => OssClient;
const requireCjs = createRequire(import.meta.url);
const OSS = requireCjs('ali-oss') as OssConstructor;

/** Retry on what passes: throttling, server errors, timeouts, dropped connections. */
export function isRetryable(e: unknown): boolean {
  const kind = classifyFailure(e);
  return kind === 'throttled' || kind === 'server-error' || kind === 'timeout' || kind === 'network';
}

const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5000, attemptTimeoutMs: 20000 };

export class AlicloudApi {
  private readonly limiter: KeyedLimiter;
  private readonly rpcClients = new Map<string, PopRpcClient>();
  private readonly roaClients = new Map<string, PopRoaClient>();
  private readonly ossClients = new Map<string, OssClient>();
  private readonly ossAgents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  private readonly retry: typeof DEFAULT_RETRY & AlicloudApiOptions['retry'];

  constructor(private readonly options: AlicloudApiOptions) {
    const bound = options.concurrency ?? 10;
    // OSS has no batch read of bucket settings (four calls a bucket) and its rate limits are per bucket and far
    // higher than the RPC APIs': its lanes get four times the bound, as S3's do in the AWS audit.
    this.limiter = new KeyedLimiter(bound, (key) => (key.startsWith('oss|') ? bound * 4 : bound));
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** The highest number of calls that ran at once for one product and region. */
  get peakConcurrency(): number {
    return this.limiter.peak;
  }

  private credentials = async (): Promise<AlicloudCredentials> => this.options.credentials;

  /** Runs one logical call: bounded, checked, counted per attempt, retried when worth it. */
  private async call<T>(product: Product, region: string, operation: string, send: (timeoutMs: number) => Promise<T>): Promise<T> {
    if (!isKnownOperation(product, operation)) throw new Error(`${product}:${operation} is not in the operation table (src/sources/alicloud/products.ts)`);
    const action = ramAction(product, operation);
    return this.limiter.run(`${product}|${region}`, () =>
      retryWithBackoff(
        async (attempt) => {
          this.options.onCall?.({ product, operation, region, action, attempt });
          try {
            return await send(this.retry.attemptTimeoutMs);
          } catch (e) {
            throw toApiError(e, product, operation);
          }
        },
        {
          ...this.retry,
          isRetryable,
          onRetry: (e, attempt, delay) => this.options.onRetry?.(`${action} in ${region}`, e, attempt, delay),
        },
      ),
    );
  }

  private popConfig(product: Product, region: string): PopConfig {
    return { endpoint: endpointFor(product, region, this.options.endpoints), apiVersion: PRODUCTS[product].apiVersion!, credentialsProvider: { getCredentials: this.credentials } };
  }

  /** An RPC call (ECS, VPC, RDS, R-KVStore, DDS, STS): form-encoded POST, JSON reply. */
  rpc<T>(product: Product, region: string, operation: string, params: Record<string, string | number>): Promise<T> {
    const config = this.popConfig(product, region);
    let client = this.rpcClients.get(config.endpoint + config.apiVersion);
    if (!client) this.rpcClients.set(config.endpoint + config.apiVersion, (client = new RPCClient(config)));
    const withRegion = product === 'sts' ? params : { RegionId: region, ...params };
    return this.call(product, region, operation, (timeout) => client!.request(operation, withRegion, { method: 'POST', timeout, formatParams: false }) as Promise<T>);
  }

  /** A ROA call (Elasticsearch): REST path, JSON reply. */
  roa<T>(product: Product, region: string, operation: string, path: string, query: Record<string, string> = {}): Promise<T> {
    const config = this.popConfig(product, region);
    let client = this.roaClients.get(config.endpoint);
    if (!client) this.roaClients.set(config.endpoint, (client = new ROAClient(config)));
    return this.call(product, region, operation, (timeout) => client!.request('GET', path, query, '', {}, { timeout }) as Promise<T>);
  }

  private ossClient(region: string): OssClient {
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
  oss(region: string, operation: string, request: { bucket?: string; subres: string | Record<string, string>; query?: Record<string, string>; reply: 'xml' | 'text' }): Promise<unknown> {
    const client = this.ossClient(region);
    return this.call('oss', region, operation, async (timeout) => {
      const params = client._bucketRequestParams('GET', request.bucket ?? '', request.subres, { timeout });
      if (request.query) params.query = request.query;
      params.successStatuses = [200];
      if (request.reply === 'xml') params.xmlResponse = true;
      const result = await client.request(params);
      if (request.reply === 'xml') return result.data;
      const data = result.res.data ?? result.data;
      return Buffer.isBuffer(data) ? data.toString('utf8') : String(data ?? '');
    });
  }

  /** Releases every socket the clients keep alive. */
  close(): void {
    for (const c of this.rpcClients.values()) c.keepAliveAgent.destroy();
    for (const c of this.roaClients.values()) c.keepAliveAgent.destroy();
    this.ossAgents.http.destroy();
    this.ossAgents.https.destroy();
    this.rpcClients.clear();
    this.roaClients.clear();
    this.ossClients.clear();
  }
}

export { AlicloudApiError };
