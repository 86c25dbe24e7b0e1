/**
 * Bounded concurrency for live audits: at most `max` tasks of one limiter run
 * at once, the rest wait in order. A keyed limiter keeps one bound per key
 * (per account, region and service), so one slow or throttled service never
 * uses up another's slots, and a cloud's per-service rate limits are respected.
 */
export class Limiter {
    max;
    running = 0;
    waiting = [];
    /** The most tasks that ever ran at once (for the benchmark and tests). */
    peak = 0;
    constructor(max) {
        this.max = max;
        if (!Number.isInteger(max) || max < 1)
            throw new RangeError(`a limiter needs a bound of at least 1, got ${max}`);
    }
    get active() {
        return this.running;
    }
    async run(task) {
        if (this.running >= this.max)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.running++;
        this.peak = Math.max(this.peak, this.running);
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            // The slot passes straight to the next waiter, so `running` never dips and overshoots.
            if (next)
                next();
            else
                this.running--;
        }
    }
}
export class KeyedLimiter {
    max;
    boundOf;
    limiters = new Map();
    /** `boundOf` may give some keys another bound (a service whose rate limits are far higher). */
    constructor(max, boundOf = () => max) {
        this.max = max;
        this.boundOf = boundOf;
    }
    run(key, task) {
        let limiter = this.limiters.get(key);
        if (!limiter)
            this.limiters.set(key, (limiter = new Limiter(this.boundOf(key))));
        return limiter.run(task);
    }
    /** The highest concurrency any one key reached. */
    get peak() {
        let peak = 0;
        for (const l of this.limiters.values())
            peak = Math.max(peak, l.peak);
        return peak;
    }
}
/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
export async function mapLimited(items, limit, fn) {
    const limiter = new Limiter(Math.max(1, limit));
    return Promise.all(items.map((item, i) => limiter.run(() => fn(item, i))));
}
