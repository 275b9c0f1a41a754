import { CONTENT_TYPES } from '@kunskapsnavet/search';
import { z } from 'zod';
import { DocumentIdSchema, LocaleSchema } from '../graphql/common';
import { verifyPreviewLink } from '../utils/preview-link';

const QuerySchema = z.object({
  type: z.enum(CONTENT_TYPES),
  documentId: DocumentIdSchema,
  locale: LocaleSchema.default('sv'),
  expires: z.coerce.number().int().positive(),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * GET /api/preview?type=&documentId=&locale=&expires=&signature= — the latest draft of one item, for Strapi's
 * Preview button. The link is signed by the CMS for this one document and locale and expires in minutes; the draft
 * is read with the find-only preview token. Never cached.
 */
export default defineEventHandler(async (event) => {
  const link = readQuery(event, QuerySchema);
  const config = useRuntimeConfig(event);
  const verdict = verifyPreviewLink(config.previewSecret, link);
  if (verdict !== 'ok' || !config.strapiPreviewToken) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: verdict === 'expired' ? 'preview link expired' : 'preview link not valid', data: { code: verdict === 'expired' ? 'preview_expired' : 'preview_invalid' } });
  }
  setResponseHeader(event, 'cache-control', 'private, no-store');
  setResponseHeader(event, 'x-robots-tag', 'noindex');
  const loaded = await ITEM_LOADERS[link.type](link.locale, { documentId: link.documentId }, true);
  if (loaded === null) throw notFound(link.type);
  return loaded;
});
