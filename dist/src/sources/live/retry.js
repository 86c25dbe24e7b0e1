/**
 * Retry with exponential backoff and full jitter, and a deadline per attempt,
 * for cloud clients that have no retry logic of their own (Alibaba Cloud's
 * pop-core). The AWS SDK brings its own adaptive retry and is configured
 * instead (src/sources/aws/client-factory.ts); both classify failures the same
 * way, so a call that still fails is reported with the same kind of reason.
 */
export class CallTimeoutError extends Error {
    what;
    ms;
    constructor(what, ms) {
        super(`${what} timed out after ${ms} ms`);
        this.what = what;
        this.ms = ms;
        this.name = 'TimeoutError';
    }
}
/** Rejects with CallTimeoutError when `work` takes longer than `ms`; `onTimeout` may cancel it (abort a request). */
export function withTimeout(work, ms, what, onTimeout) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            onTimeout?.();
            reject(new CallTimeoutError(what, ms));
        }, ms);
        work.then((v) => {
            clearTimeout(timer);
            resolve(v);
        }, (e) => {
            clearTimeout(timer);
            reject(e);
        });
    });
}
export class RetriesExhaustedError extends Error {
    attempts;
    last;
    constructor(attempts, last) {
        super(`failed after ${attempts} attempts: ${last?.message ?? String(last)}`);
        this.attempts = attempts;
        this.last = last;
        this.name = last?.name && last.name !== 'Error' ? last.name : 'RetriesExhausted';
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The backoff before attempt `attempt + 1`: uniform in [0, min(max, base * 2^(attempt-1))] ("full jitter"). */
export function backoffDelay(attempt, options, random = Math.random) {
    const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * cap);
}
/** Runs `call` until it succeeds, fails with a non-retryable error, or runs out of attempts. */
export async function retryWithBackoff(call, options) {
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            const work = call(attempt);
            return await (options.attemptTimeoutMs ? withTimeout(work, options.attemptTimeoutMs, `attempt ${attempt}`) : work);
        }
        catch (e) {
            const retryable = e instanceof CallTimeoutError || options.isRetryable(e);
            if (!retryable)
                throw e;
            if (attempt >= options.maxAttempts)
                throw new RetriesExhaustedError(attempt, e);
            const delay = backoffDelay(attempt, options, random);
            options.onRetry?.(e, attempt, delay);
            await sleep(delay);
        }
    }
}
const ACCESS = /AccessDenied|Unauthorized|Forbidden|NotAuthorized|InvalidClientTokenId|UnrecognizedClient|AuthorizationError|SignatureDoesNotMatch|ExpiredToken|InvalidAccessKeyId|NoPermission|Forbidden\.RAM/i;
const REGION_OFF = /OptInRequired|AuthFailure|InvalidRegion|UnsupportedOperation|not (?:enabled|subscribed)|region.*disabled/i;
const THROTTLE = /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown|RateExceeded|ServiceUnavailable|Throttling\./i;
const TIMEOUT = /Timeout|TimedOut|ETIMEDOUT|ESOCKETTIMEDOUT/i;
const NETWORK = /ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|socket hang up/i;
/** Sorts a failure by its name, code, status and message. */
export function classifyFailure(e) {
    const err = e;
    const text = `${err?.name ?? ''} ${err?.code ?? ''} ${err?.message ?? ''}`;
    const status = err?.$metadata?.httpStatusCode ?? err?.statusCode;
    if (REGION_OFF.test(`${err?.name ?? ''} ${err?.code ?? ''}`))
        return 'region-disabled';
    if (ACCESS.test(text) || status === 401 || status === 403)
        return 'access-denied';
    if (THROTTLE.test(text) || status === 429)
        return 'throttled';
    if (TIMEOUT.test(text))
        return 'timeout';
    if (NETWORK.test(text))
        return 'network';
    if (status !== undefined && status >= 500)
        return 'server-error';
    return 'other';
}
