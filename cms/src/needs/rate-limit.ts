import type { RateLimitOptions } from '@kunskapsnavet/needs';

/**
 * Limits of the site-facing needs routes, for the needs library's sliding-window limiter (constants, not
 * configuration: they guard against abuse, not load). In memory on purpose: they protect one CMS process from a
 * flood, not a quota across replicas.
 */
export const RESPONSE_LIMIT: RateLimitOptions = { limit: 10, global: 300, windowMs: 60_000 };
export const CONTACT_LIMIT: RateLimitOptions = { limit: 5, global: 100, windowMs: 60_000 };
export const SEARCH_MISS_LIMIT: RateLimitOptions = { limit: 30, global: 1_000, windowMs: 60_000 };

/** The header the site's server sends with an opaque id of its visitor (e.g. a hash of the IP); never stored. */
export const CLIENT_HEADER = 'x-kn-client';
