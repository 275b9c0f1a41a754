import { runsIn } from '#shared/efforts/match';
import { byDistance } from '#shared/occasions/distance';
import { ItemParamsSchema } from '../graphql/common';
import type { CentrePlace, MunicipalityPlace } from '../graphql/places';

/** How many centres, occasions and paths a municipality page shows. */
const NEAREST_CENTRES = 2;
const OCCASIONS = 6;
const PATHS = 3;

/** The centres that serve the municipality first, then the others by distance from its seat. */
function nearestCentres(m: MunicipalityPlace, centres: CentrePlace[]) {
  const ranked = m.position ? byDistance(m.position, centres, (c) => c.position) : centres.map((c) => ({ ...c, distanceKm: null }));
  const serves = (c: CentrePlace) => c.serves.includes(m.slug) || m.centreSlugs.includes(c.slug);
  return [...ranked.filter(serves), ...ranked.filter((c) => !serves(c))].slice(0, NEAREST_CENTRES);
}

/**
 * GET /api/municipality?locale=&slug= — the local page: the nearest learning centres, their upcoming occasions and
 * the online ones, the learning paths with a module on at those centres (else the featured paths) and the needs
 * picture when it may be shown.
 */
export default defineCachedEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const places = await loadPlaces(locale);
  const municipality = places.municipalities.find((m) => m.slug === slug);
  if (!municipality) throw notFound('municipality');
  const centres = nearestCentres(municipality, places.centres);
  const near = new Set(centres.map((c) => c.slug));
  const [occasions, paths, picture, efforts] = await Promise.all([upcomingOccasions(locale), loadPaths(locale), needsPicture(slug), loadEfforts(locale)]);
  const local = occasions.filter((o) => !o.cancelled && (o.centre ? near.has(o.centre.slug) : true)).slice(0, OCCASIONS);
  const localModules = new Set(local.flatMap((o) => (o.module ? [o.module.documentId] : [])));
  const withLocalStep = paths.filter((p) => p.steps.some((s) => localModules.has(s.item.documentId)));
  const chosen = (withLocalStep.length > 0 ? withLocalStep : paths.filter((p) => p.featured)).slice(0, PATHS);
  return {
    name: municipality.name,
    county: municipality.county,
    population: municipality.population,
    centres: centres.map((c) => ({ name: c.name, url: c.url, place: c.place, address: c.address, distanceKm: c.distanceKm })),
    occasions: local,
    paths: chosen.map((p) => ({ type: p.type, documentId: p.documentId, title: p.title, summary: p.description, url: p.url, minutes: p.totalMinutes })),
    picture,
    efforts: efforts.filter((e) => runsIn(e, slug)),
    occasionsUrl: pageUrl('occasions', locale),
    alternates: { sv: pageUrl('municipalities-slug', 'sv', slug), en: pageUrl('municipalities-slug', 'en', slug) },
  };
}, contentCache('municipality', ItemParamsSchema));
