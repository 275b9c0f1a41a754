import { LocaleParamsSchema } from '../graphql/common';

/** How many of a centre's next occasions the centres page lists. */
const NEXT_PER_CENTRE = 3;
const COUNTIES = ['norrbotten', 'vasterbotten'] as const;

/**
 * GET /api/centres?locale= — every learning centre, grouped by county, each with its next occasions, its calendar
 * feed and its position for the page's map.
 */
export default defineEventHandler(async (event) => {
  const { locale } = readQuery(event, LocaleParamsSchema);
  const [places, occasions] = await Promise.all([loadPlaces(locale), upcomingOccasions(locale)]);
  const centres = places.centres.map((c) => ({
    ...c,
    next: occasions.filter((o) => o.centre?.slug === c.slug && !o.cancelled).slice(0, NEXT_PER_CENTRE),
    icsUrl: `/ics/${locale}/centre/${encodeURIComponent(c.slug)}.ics`,
    placeUrl: c.municipality ? pageUrl('municipalities-slug', locale, c.municipality) : null,
  }));
  return {
    counties: COUNTIES.map((county) => ({ county, centres: centres.filter((c) => c.county === county) })).filter((g) => g.centres.length > 0),
    // Centres the CMS has not placed in a county are still listed.
    unplaced: centres.filter((c) => c.county === null),
    municipalities: places.municipalities.map((m) => ({ slug: m.slug, name: m.name, county: m.county, position: m.position, url: m.url })),
  };
});
