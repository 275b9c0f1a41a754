export interface RateLimitOptions {
  /** How many hits a key may make per window. */
  limit: number;
  windowMs: number;
  /** Most keys kept at once; beyond it the stalest go first, so a flood of addresses cannot exhaust memory. */
  maxKeys?: number;
  now?: () => number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterS: number };

/**
 * A sliding-window limiter in this process's memory: each key keeps the times of its hits within the window. Enough
 * for one site process (several replicas each count on their own, which only makes the limit looser).
 */
export function createRateLimiter(options: RateLimitOptions) {
  const { limit, windowMs, maxKeys = 10_000, now = Date.now } = options;
  const hits = new Map<string, number[]>();

  function recent(key: string, at: number): number[] {
    return (hits.get(key) ?? []).filter((t) => t > at - windowMs);
  }

  return {
    /** Counts one hit for the key, unless the key is already at its limit. */
    hit(key: string): RateDecision {
      const at = now();
      const times = recent(key, at);
      if (times.length >= limit) {
        hits.set(key, times);
        return { allowed: false, retryAfterS: Math.max(1, Math.ceil(((times[0] ?? at) + windowMs - at) / 1000)) };
      }
      // Re-inserting moves the key to the end of the Map's order: the first key is always the stalest.
      hits.delete(key);
      hits.set(key, [...times, at]);
      while (hits.size > maxKeys) hits.delete(hits.keys().next().value ?? '');
      return { allowed: true, remaining: limit - times.length - 1 };
    },
    size: () => hits.size,
  };
}
