import { timingSafeEqual } from 'node:crypto';
import { CONTENT_TYPES } from '@kunskapsnavet/search';
import { z } from 'zod';
import { DocumentIdSchema, LocaleSchema } from '../graphql/common';

const QuerySchema = z.object({
  type: z.enum(CONTENT_TYPES),
  documentId: DocumentIdSchema,
  locale: LocaleSchema.default('sv'),
  secret: z.string().min(1).max(200),
});

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return expected !== '' && a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /api/preview?type=&documentId=&locale=&secret= — the latest draft of one item, for Strapi's Preview button.
 * Reads drafts with the privileged preview token; the shared secret keeps it to links made by the CMS. Never cached.
 */
export default defineEventHandler(async (event) => {
  const { type, documentId, locale, secret } = readQuery(event, QuerySchema);
  const config = useRuntimeConfig(event);
  if (!sameSecret(secret, config.previewSecret) || !config.strapiPreviewToken) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'preview link not valid' });
  }
  setResponseHeader(event, 'cache-control', 'private, no-store');
  setResponseHeader(event, 'x-robots-tag', 'noindex');
  const loaded = await ITEM_LOADERS[type](locale, { documentId }, true);
  if (loaded === null) throw notFound(type);
  return loaded;
});
