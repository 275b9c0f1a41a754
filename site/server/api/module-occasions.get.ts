import { z } from 'zod';
import { byDistance } from '#shared/occasions/distance';
import { DocumentIdSchema, LocaleSchema } from '../graphql/common';

const QuerySchema = z.object({ locale: LocaleSchema.default('sv'), module: DocumentIdSchema });
/** A module page lists this many of its coming dates. */
const LIMIT = 6;

/**
 * GET /api/module-occasions?locale=&module=<documentId> — a course module's upcoming occasions, so its page says
 * when it can be attended: nearest to the reader first when we know where they are, else soonest first. Not cached
 * (the reader's place is in their cookie).
 */
export default defineEventHandler(async (event) => {
  const { locale, module } = readQuery(event, QuerySchema);
  const [occasions, places, chosen] = await Promise.all([upcomingOccasions(locale), loadPlaces(locale), readerMunicipality(event, locale)]);
  const own = occasions.filter((o) => o.module?.documentId === module && !o.cancelled);
  const from = places.municipalities.find((m) => m.slug === chosen)?.position ?? null;
  setResponseHeader(event, 'cache-control', 'private, no-store');
  // byDistance keeps the soonest-first order among equals (and for everyone when the place is unknown).
  return { items: (from ? byDistance(from, own, (o) => o.position) : own).slice(0, LIMIT), occasionsUrl: pageUrl('occasions', locale) };
});
