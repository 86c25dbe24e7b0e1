/**
 * Retry with exponential backoff and full jitter, and a deadline per attempt,
 * for cloud clients that have no retry logic of their own (Alibaba Cloud's
 * pop-core). The AWS SDK brings its own adaptive retry and is configured
 * instead (src/sources/aws/client-factory.ts); both classify failures the same
 * way, so a call that still fails is reported with the same kind of reason.
 */
export class CallTimeoutError extends Error {
  constructor(readonly what: string, readonly ms: number) {
    super(`${what} timed out after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/** Rejects with CallTimeoutError when `work` takes longer than `ms`; `onTimeout` may cancel it (abort a request). */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(new CallTimeoutError(what, ms));
    }, ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

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

export class RetriesExhaustedError extends Error {
  constructor(readonly attempts: number, readonly last: unknown) {
    super(`failed after ${attempts} attempts: ${(last as Error)?.message ?? String(last)}`);
    this.name = (last as Error)?.name && (last as Error).name !== 'Error' ? (last as Error).name : 'RetriesExhausted';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The backoff before attempt `attempt + 1`: uniform in [0, min(max, base * 2^(attempt-1))] ("full jitter"). */
export function backoffDelay(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}

/** Runs `call` until it succeeds, fails with a non-retryable error, or runs out of attempts. */
export async function retryWithBackoff<T>(call: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      const work = call(attempt);
      return await (options.attemptTimeoutMs ? withTimeout(work, options.attemptTimeoutMs, `attempt ${attempt}`) : work);
    } catch (e) {
      const retryable = e instanceof CallTimeoutError || options.isRetryable(e);
      if (!retryable) throw e;
      if (attempt >= options.maxAttempts) throw new RetriesExhaustedError(attempt, e);
      const delay = backoffDelay(attempt, options, random);
      options.onRetry?.(e, attempt, delay);
      await sleep(delay);
    }
  }
}

/** Failure kinds that every live source reports the same way. */
export type FailureKind = 'access-denied' | 'region-disabled' | 'throttled' | 'server-error' | 'timeout' | 'network' | 'other';

const ACCESS = /AccessDenied|Unauthorized|Forbidden|NotAuthorized|InvalidClientTokenId|UnrecognizedClient|AuthorizationError|SignatureDoesNotMatch|ExpiredToken|InvalidAccessKeyId|NoPermission|Forbidden\.RAM/i;
const REGION_OFF = /OptInRequired|AuthFailure|InvalidRegion|UnsupportedOperation|not (?:enabled|subscribed)|region.*disabled/i;
const THROTTLE = /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown|RateExceeded|ServiceUnavailable|Throttling\./i;
const TIMEOUT = /Timeout|TimedOut|ETIMEDOUT|ESOCKETTIMEDOUT/i;
const NETWORK = /ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|socket hang up/i;

/** Sorts a failure by its name, code, status and message. */
export function classifyFailure(e: unknown): FailureKind {
  const err = e as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number }; statusCode?: number };
  const text = `${err?.name ?? ''} ${err?.code ?? ''} ${err?.message ?? ''}`;
  const status = err?.$metadata?.httpStatusCode ?? err?.statusCode;
  if (REGION_OFF.test(`${err?.name ?? ''} ${err?.code ?? ''}`)) return 'region-disabled';
  if (ACCESS.test(text) || status === 401 || status === 403) return 'access-denied';
  if (THROTTLE.test(text) || status === 429) return 'throttled';
  if (TIMEOUT.test(text)) return 'timeout';
  if (NETWORK.test(text)) return 'network';
  if (status !== undefined && status >= 500) return 'server-error';
  return 'other';
}
