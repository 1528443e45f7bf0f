import { describe, expect, it } from 'vitest';
import { HttpError } from './errors.js';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows the limit per window, then refuses with 429 and Retry-After until the window ends', () => {
    let t = 0;
    const limiter = new RateLimiter(3, 60_000, 100, () => t);
    for (let i = 0; i < 3; i++) expect(limiter.take('a')).toBe(true);
    expect(limiter.take('a')).toBe(false);
    expect(limiter.take('b')).toBe(true);
    t = 30_000;
    try {
      limiter.check('a');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HttpError);
      expect((e as HttpError).status).toBe(429);
      expect((e as HttpError).code).toBe('too_many_requests');
      expect((e as HttpError).headers['retry-after']).toBe('30');
    }
    t = 60_000;
    expect(limiter.take('a')).toBe(true);
  });

  it('forgets the oldest keys past its size, so it stays bounded', () => {
    let t = 0;
    const limiter = new RateLimiter(1, 60_000, 2, () => t);
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('b')).toBe(true);
    expect(limiter.take('c')).toBe(true);
    // 'a' was forgotten: a fresh window.
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('c')).toBe(false);
    t++;
  });
});
