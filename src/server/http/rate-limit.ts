import { HttpError } from './errors.js';

/**
 * A fixed-window limit per key (an address) for public routes, kept in memory: enough to stop one
 * machine flooding a hotline queue or the job-offer check. Keys are forgotten oldest first past
 * `maxKeys`, so a flood of addresses cannot fill the memory. Several server processes each keep
 * their own count: the limit is then per process, which is what it is for.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `key`; false when the key has used its window up. */
  take(key: string): boolean {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) {
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
      this.windows.set(key, { start: t, count: 1 });
      return true;
    }
    if (w.count >= this.limit) return false;
    w.count++;
    return true;
  }

  /** Milliseconds until `key` may ask again (0 when it may now). */
  waitOf(key: string): number {
    const w = this.windows.get(key);
    if (!w || w.count < this.limit) return 0;
    return Math.max(0, w.start + this.windowMs - this.now());
  }

  /** Throws 429 `too_many_requests` when `key` has used its window up. */
  check(key: string): void {
    if (this.take(key)) return;
    const seconds = Math.max(1, Math.ceil(this.waitOf(key) / 1000));
    throw new HttpError(429, 'too_many_requests', `Too many requests from this address. Try again in ${seconds} s.`, undefined, {
      'retry-after': String(seconds),
    });
  }
}
