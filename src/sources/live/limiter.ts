/**
 * Bounded concurrency for live audits: at most `max` tasks of one limiter run
 * at once, the rest wait in order. A keyed limiter keeps one bound per key
 * (per account, region and service), so one slow or throttled service never
 * uses up another's slots, and a cloud's per-service rate limits are respected.
 */
export class Limiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** The most tasks that ever ran at once (for the benchmark and tests). */
  peak = 0;

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`a limiter needs a bound of at least 1, got ${max}`);
  }

  get active(): number {
    return this.running;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    this.peak = Math.max(this.peak, this.running);
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` never dips and overshoots.
      if (next) next();
      else this.running--;
    }
  }
}

export class KeyedLimiter {
  private readonly limiters = new Map<string, Limiter>();

  /** `boundOf` may give some keys another bound (a service whose rate limits are far higher). */
  constructor(
    readonly max: number,
    private readonly boundOf: (key: string) => number = () => max,
  ) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let limiter = this.limiters.get(key);
    if (!limiter) this.limiters.set(key, (limiter = new Limiter(this.boundOf(key))));
    return limiter.run(task);
  }

  /** The highest concurrency any one key reached. */
  get peak(): number {
    let peak = 0;
    for (const l of this.limiters.values()) peak = Math.max(peak, l.peak);
    return peak;
  }
}

/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limiter = new Limiter(Math.max(1, limit));
  return Promise.all(items.map((item, i) => limiter.run(() => fn(item, i))));
}
