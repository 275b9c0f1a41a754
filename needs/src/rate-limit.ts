export interface RateLimitOptions {
  /** How many hits a key may make per window. */
  limit: number;
  /** How many hits all keys together may make per window (none when left out). */
  global?: number;
  windowMs: number;
  /** Most keys kept at once; beyond it the stalest go first, so a flood of addresses cannot exhaust memory. */
  maxKeys?: number;
  now?: () => number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterS: number };

/**
 * A sliding-window limiter in this process's memory, used by the site's needs-check form and by the CMS routes behind
 * it: each key keeps the times of its hits within the window; a refused hit does not count. Several processes each
 * count on their own, which only makes the limit looser: it guards against floods, it is not a quota.
 */
export function createRateLimiter(options: RateLimitOptions) {
  const { limit, global = Infinity, windowMs, maxKeys = 10_000, now = Date.now } = options;
  const hits = new Map<string, number[]>();
  let all: number[] = [];

  const within = (times: number[], at: number) => times.filter((t) => t > at - windowMs);
  const refuse = (times: number[], at: number): RateDecision => ({ allowed: false, retryAfterS: Math.max(1, Math.ceil(((times[0] ?? at) + windowMs - at) / 1000)) });

  return {
    /** Counts one hit for the key, unless the key (or everyone together) is already at the limit. */
    hit(key: string): RateDecision {
      const at = now();
      const times = within(hits.get(key) ?? [], at);
      all = within(all, at);
      if (times.length >= limit) {
        hits.set(key, times);
        return refuse(times, at);
      }
      if (all.length >= global) return refuse(all, at);
      // Re-inserting moves the key to the end of the Map's order: the first key is always the stalest.
      hits.delete(key);
      hits.set(key, [...times, at]);
      all.push(at);
      while (hits.size > maxKeys) hits.delete(hits.keys().next().value ?? '');
      return { allowed: true, remaining: limit - times.length - 1 };
    },
    size: () => hits.size,
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
