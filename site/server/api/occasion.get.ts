import { z } from 'zod';
import { ItemParamsSchema } from '../graphql/common';
import type { SiteLocale } from '#shared/types/locale';

const ConsentSchema = z.object({ text: z.string().min(1) });

/** The consent text to show beside the tick, as the CMS stores it with each sign-up. */
async function consentText(locale: SiteLocale): Promise<string | null> {
  const answer = await cmsRest('/api/signups/consent', { query: { locale } }).catch(() => null);
  const parsed = answer?.status === 200 ? ConsentSchema.safeParse(answer.body) : null;
  return parsed?.success ? parsed.data.text : null;
}

/**
 * GET /api/occasion?locale=&slug= — one occasion with seats left, whether sign-up is open, the consent text and
 * the municipalities for the form's select. Not cached: seats change with every sign-up.
 */
export default defineEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const occasion = await loadOccasion(locale, slug);
  if (!occasion) throw notFound('occasion');
  const [seats, consent, places] = await Promise.all([seatsOf([occasion.documentId]), consentText(locale), loadPlaces(locale)]);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  return {
    ...occasion,
    seatsLeft: seatState(seats.get(occasion.documentId)),
    consent,
    municipalities: places.municipalities.map((m) => ({ value: m.slug, label: m.name })),
    icsUrl: `/ics/${locale}/occasion/${encodeURIComponent(occasion.slug)}.ics`,
    alternates: { sv: pageUrl('occasions-slug', 'sv', occasion.slug), en: pageUrl('occasions-slug', 'en', occasion.slug) },
  };
});
