/**
 * Bounded concurrency for live audits: at most `max` tasks of one limiter run
 * at once, the rest wait in order. A keyed limiter keeps one bound per key
 * (per account, region and service), so one slow or throttled service never
 * uses up another's slots, and a cloud's per-service rate limits are respected.
 */
export declare class Limiter {
    readonly max: number;
    private running;
    private readonly waiting;
    /** The most tasks that ever ran at once (for the benchmark and tests). */
    peak: number;
    constructor(max: number);
    get active(): number;
    run<T>(task: () => Promise<T>): Promise<T>;
}
export declare class KeyedLimiter {
    readonly max: number;
    private readonly boundOf;
    private readonly limiters;
    /** `boundOf` may give some keys another bound (a service whose rate limits are far higher). */
    constructor(max: number, boundOf?: (key: string) => number);
    run<T>(key: string, task: () => Promise<T>): Promise<T>;
    /** The highest concurrency any one key reached. */
    get peak(): number;
}
/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
export declare function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]>;
