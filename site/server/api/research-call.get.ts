import { z } from 'zod';
import { ItemParamsSchema } from '../graphql/common';
import type { SiteLocale } from '#shared/types/locale';

const ConsentSchema = z.object({ text: z.string().min(1) });

/** The consent text to show beside the tick, as the CMS stores it with each answer. */
async function consentText(locale: SiteLocale): Promise<string | null> {
  const answer = await cmsRest('/api/research-call-answers/consent', { query: { locale } }).catch(() => null);
  const parsed = answer?.status === 200 ? ConsentSchema.safeParse(answer.body) : null;
  return parsed?.success ? parsed.data.text : null;
}

/** GET /api/research-call?locale=&slug= — one published call, whether it still takes answers, and the consent text. */
export default defineEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const [call, consent] = await Promise.all([callBySlug(locale, slug), consentText(locale)]);
  if (!call) throw notFound('research call');
  setResponseHeader(event, 'cache-control', 'private, no-store');
  return {
    ...call,
    open: call.closesOn >= swedishToday(),
    consent,
    alternates: { sv: pageUrl('research-take-part-slug', 'sv', call.slug), en: pageUrl('research-take-part-slug', 'en', call.slug) },
  };
});
