import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst, then a trickle, per key', () => {
    const limiter = createRateLimiter({ burst: 3, perSecond: 2, maxKeys: 10 });
    const t0 = 1_000_000;
    expect([1, 2, 3, 4].map(() => limiter.take('tab1:0', t0))).toEqual([true, true, true, false]);
    // Another frame is not held back by the first.
    expect(limiter.take('tab1:5', t0)).toBe(true);
    expect(limiter.take('tab1:0', t0 + 400)).toBe(false);
    expect(limiter.take('tab1:0', t0 + 600)).toBe(true);
    expect(limiter.take('tab1:0', t0 + 600)).toBe(false);
  });

  it('remembers a bounded number of keys', () => {
    const limiter = createRateLimiter({ burst: 1, perSecond: 0, maxKeys: 2 });
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('a', 0)).toBe(false);
    limiter.take('b', 0);
    limiter.take('c', 0); // drops 'a', the stalest
    expect(limiter.take('a', 0)).toBe(true);
  });
});
