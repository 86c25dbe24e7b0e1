/**
 * Retry with exponential backoff and full jitter, and a deadline per attempt,
 * for cloud clients that have no retry logic of their own (Alibaba Cloud's
 * pop-core). The AWS SDK brings its own adaptive retry and is configured
 * instead (src/sources/aws/client-factory.ts); both classify failures the same
 * way, so a call that still fails is reported with the same kind of reason.
 */
export declare class CallTimeoutError extends Error {
    readonly what: string;
    readonly ms: number;
    constructor(what: string, ms: number);
}
/** Rejects with CallTimeoutError when `work` takes longer than `ms`; `onTimeout` may cancel it (abort a request). */
export declare function withTimeout<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T>;
export interface RetryOptions {
    /** Attempts in all, the first included. */
    maxAttempts: number;
    /** The first backoff cap; it doubles each attempt. */
    baseDelayMs: number;
    maxDelayMs: number;
    /** Deadline for each attempt; none when absent. */
    attemptTimeoutMs?: number;
    /** Is this failure worth another attempt (throttling, 5xx, timeouts, dropped connections)? */
    isRetryable: (error: unknown) => boolean;
    /** For tests: how to wait, and where randomness comes from. */
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
    /** Told about each retry, e.g. for progress. */
    onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}
export declare class RetriesExhaustedError extends Error {
    readonly attempts: number;
    readonly last: unknown;
    constructor(attempts: number, last: unknown);
}
/** The backoff before attempt `attempt + 1`: uniform in [0, min(max, base * 2^(attempt-1))] ("full jitter"). */
export declare function backoffDelay(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random?: () => number): number;
/** Runs `call` until it succeeds, fails with a non-retryable error, or runs out of attempts. */
export declare function retryWithBackoff<T>(call: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T>;
/** Failure kinds that every live source reports the same way. */
export type FailureKind = 'access-denied' | 'region-disabled' | 'throttled' | 'server-error' | 'timeout' | 'network' | 'other';
/** Sorts a failure by its name, code, status and message. */
export declare function classifyFailure(e: unknown): FailureKind;
