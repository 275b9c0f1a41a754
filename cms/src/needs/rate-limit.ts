/**
 * An in-memory sliding-window limiter: at most `perClient` hits per client and `global` hits in all within
 * `windowMs`. In memory on purpose: the limits protect one CMS process from a flood, not a quota across replicas.
 */
export interface RateLimiter {
  /** Records a hit when allowed; returns whether it was. */
  hit(client: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createRateLimiter(options: { perClient: number; global: number; windowMs: number; maxClients?: number }): RateLimiter {
  const clients = new Map<string, number[]>();
  let all: number[] = [];
  const maxClients = options.maxClients ?? 10_000;
  const recent = (times: number[], now: number) => times.filter((t) => t > now - options.windowMs);
  const retry = (times: number[], now: number) => Math.max(1, Math.ceil((times[0] + options.windowMs - now) / 1000));
  return {
    hit(client, now = Date.now()) {
      all = recent(all, now);
      const mine = recent(clients.get(client) ?? [], now);
      if (mine.length >= options.perClient) return { ok: false, retryAfterSeconds: retry(mine, now) };
      if (all.length >= options.global) return { ok: false, retryAfterSeconds: retry(all, now) };
      // Forget idle clients so the map stays bounded under many distinct clients.
      if (!clients.has(client) && clients.size >= maxClients) {
        for (const [key, times] of clients) if (recent(times, now).length === 0) clients.delete(key);
      }
      clients.set(client, [...mine, now]);
      all.push(now);
      return { ok: true };
    },
  };
}

/** Limits of the site-facing needs routes (constants, not configuration: they guard against abuse, not load). */
export const RESPONSE_LIMIT = { perClient: 10, global: 300, windowMs: 60_000 };
export const CONTACT_LIMIT = { perClient: 5, global: 100, windowMs: 60_000 };
export const SEARCH_MISS_LIMIT = { perClient: 30, global: 1_000, windowMs: 60_000 };

/** The header the site's server sends with an opaque id of its visitor (e.g. a hash of the IP); never stored. */
export const CLIENT_HEADER = 'x-kn-client';
