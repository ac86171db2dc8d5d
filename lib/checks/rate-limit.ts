/**
 * Per-key token bucket. A portal page can make its content script ask for badge verdicts as often
 * as it likes (every re-render of a single-page portal is a "change"), and each answer runs the
 * cross-checks over the full code tables in the service worker: a hostile or buggy page could keep
 * the worker busy for every other tab. Each frame gets a small burst, then a steady trickle.
 */
export interface RateLimiter {
  /** True when `key` may go ahead now (a token is spent), false when it must wait. */
  take(key: string, now: number): boolean;
  /** Forgets every key (tests, and a worker that wants to start clean). */
  reset(): void;
}

export interface RateLimitOptions {
  /** Requests allowed at once after a quiet spell. */
  burst: number;
  /** Tokens regained per second. */
  perSecond: number;
  /** Keys remembered at most; the stalest are dropped first (frames come and go). */
  maxKeys: number;
}

export const VERDICT_RATE: RateLimitOptions = { burst: 20, perSecond: 2, maxKeys: 1000 };

export function createRateLimiter(opts: RateLimitOptions): RateLimiter {
  // Map keeps insertion order: re-inserting on use makes the first entry the least recently used.
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now) {
      const prev = buckets.get(key);
      let tokens = opts.burst;
      if (prev) {
        const elapsed = Math.max(0, now - prev.at) / 1000;
        tokens = Math.min(opts.burst, prev.tokens + elapsed * opts.perSecond);
        buckets.delete(key);
      } else if (buckets.size >= opts.maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      const allowed = tokens >= 1;
      buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
      return allowed;
    },
    reset() {
      buckets.clear();
    },
  };
}
