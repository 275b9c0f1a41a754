import { getQuery, type H3Event } from 'h3';
import type { z } from 'zod';
import { badRequest } from './errors';
import { cacheGeneration } from './page-cache';

/** Validates the query string against a schema; a mismatch is a 400 that names the parameter. */
export function readQuery<S extends z.ZodType>(event: H3Event, schema: S): z.output<S> {
  const parsed = schema.safeParse(getQuery(event));
  if (!parsed.success) throw badRequest(parsed.error);
  return parsed.data;
}

/**
 * The cache key of a request: its validated parameters only, so `?locale=sv&x=1`, `?x=2&locale=sv` and `?locale=sv`
 * share one entry (the schema drops unknown keys) and a flood of made-up query strings cannot grow the cache.
 * Hex keeps the key within Nitro's word-character keys without two different values colliding. Invalid input is
 * refused here with the handler's own 400, before any cache lookup.
 */
export function validatedKey<S extends z.ZodType>(query: unknown, schema: S): string {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw badRequest(parsed.error);
  return Buffer.from(JSON.stringify(parsed.data) ?? 'null').toString('hex');
}

/**
 * Cache settings for content handlers: serve from cache for a minute, then revalidate in the background, keyed by the
 * validated parameters. The entries live in Nitro's `cache` storage, an LRU with a size cap (cache-storage.ts).
 * Bump CACHE_VERSION when a handler's output shape changes so no stale shape is served after a deploy.
 */
export const CACHE_VERSION = 'v1';
export function contentCache<S extends z.ZodType>(name: string, schema: S) {
  return { name: `${name}-${CACHE_VERSION}`, maxAge: 60, swr: true, getKey: (event: H3Event) => generationKey(validatedKey(getQuery(event), schema)) };
}

/**
 * A content cache key within the current cache generation: after the CMS's invalidation call every content entry
 * misses, and a load that was under way when it came stores under the old generation, where nobody looks.
 * `_` keeps the parts apart (Nitro drops every other non-word character from keys).
 */
export const generationKey = (key: string): string => `g${cacheGeneration()}_${key}`;
