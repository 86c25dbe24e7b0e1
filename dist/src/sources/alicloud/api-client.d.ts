import { type RetryOptions } from '../live/retry.js';
import { AlicloudApiError } from './api-error.js';
import { type Product } from './products.js';
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
/** Retry on what passes: throttling, server errors, timeouts, dropped connections. */
export declare function isRetryable(e: unknown): boolean;
export declare class AlicloudApi {
    private readonly options;
    private readonly limiter;
    private readonly rpcClients;
    private readonly roaClients;
    private readonly ossClients;
    private readonly ossAgents;
    private readonly retry;
    constructor(options: AlicloudApiOptions);
    /** The highest number of calls that ran at once for one product and region. */
    get peakConcurrency(): number;
    private credentials;
    /** Runs one logical call: bounded, checked, counted per attempt, retried when worth it. */
    private call;
    private popConfig;
    /** An RPC call (ECS, VPC, RDS, R-KVStore, DDS, STS): form-encoded POST, JSON reply. */
    rpc<T>(product: Product, region: string, operation: string, params: Record<string, string | number>): Promise<T>;
    /** A ROA call (Elasticsearch): REST path, JSON reply. */
    roa<T>(product: Product, region: string, operation: string, path: string, query?: Record<string, string>): Promise<T>;
    private ossClient;
    /**
     * An OSS call, signed by ali-oss. `bucket` empty for service-level calls
     * (ListBuckets, the account's Block Public Access). XML replies are parsed;
     * `json` replies (bucket policies) are returned as text.
     */
    oss(region: string, operation: string, request: {
        bucket?: string;
        subres: string | Record<string, string>;
        query?: Record<string, string>;
        reply: 'xml' | 'text';
    }): Promise<unknown>;
    /** Releases every socket the clients keep alive. */
    close(): void;
}
export { AlicloudApiError };
