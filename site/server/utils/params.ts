import type { H3Event } from 'h3';
import type { z } from 'zod';
import { badRequest } from './errors';

/** Validates the query string against a schema; a mismatch is a 400 that names the parameter. */
export function readQuery<S extends z.ZodType>(event: H3Event, schema: S): z.output<S> {
  const parsed = schema.safeParse(getQuery(event));
  if (!parsed.success) throw badRequest(parsed.error);
  return parsed.data;
}

/**
 * Cache settings for content handlers: serve from cache for a minute, then revalidate in the background.
 * Bump CACHE_VERSION when a handler's output shape changes so no stale shape is served after a deploy.
 */
export const CACHE_VERSION = 'v1';
export function contentCache(name: string) {
  return { name: `${name}-${CACHE_VERSION}`, maxAge: 60, swr: true, getKey: (event: H3Event) => new URL(event.path, 'http://x').search || 'default' };
}
