import { z } from 'zod';

/**
 * What the CMS says changed. A content change forgets every page (lists and the home page show items; dependencies
 * are not tracked); `indexed` (the search worker took changes into the index) forgets the search pages only.
 */
const BodySchema = z.object({ uid: z.string().max(100).optional(), action: z.string().max(30).optional() });

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return {};
  }
}

/**
 * POST /api/cache/invalidate — the CMS's signed call after a publish, unpublish, delete or edit of public content:
 * forgets this replica's rendered pages and content data (a new cache generation), so the next request renders
 * what is published now. 401 `bad_signature` for an unsigned, forged or stale call; nothing is forgotten then.
 */
const refused = () => createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'The invalidation call is not signed with the shared secret.', data: { code: 'bad_signature' } });
/** The CMS sends a few dozen bytes; anything unsigned or larger is refused before its body is read. */
const MAX_BODY_BYTES = 4096;

export default defineEventHandler(async (event) => {
  const headers = event.node.req.headers;
  const timestamp = typeof headers['x-kn-timestamp'] === 'string' ? headers['x-kn-timestamp'] : undefined;
  const signature = typeof headers['x-kn-signature'] === 'string' ? headers['x-kn-signature'] : undefined;
  const length = Number(headers['content-length'] ?? Number.NaN);
  if (!timestamp || !signature || !(length <= MAX_BODY_BYTES)) throw refused();
  const raw = (await readRawBody(event, 'utf8')) ?? '';
  if (!verifySignature(useRuntimeConfig().cacheInvalidationSecret, timestamp, signature, raw)) throw refused();
  const parsed = BodySchema.safeParse(parseJson(raw));
  const change = parsed.success ? parsed.data : {};
  setResponseHeader(event, 'cache-control', 'no-store');
  if (change.action === 'indexed') return { generation: searchPageCache.invalidate(), change };
  const generation = invalidatePages();
  // The content loaders' entries are keyed by the generation already; clearing frees their memory now.
  await useStorage('cache').clear();
  return { generation, change };
});
