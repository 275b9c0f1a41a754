import { OUTSIDE_REGION } from '@kunskapsnavet/needs';
import type { H3Event } from 'h3';
import { nextNearest, type NearestOccasionView } from '#shared/occasions/nearest';
import type { SiteLocale } from '#shared/types/locale';

/**
 * For the on-site steps of a path: the next occasion of each step's course module nearest to the reader (where they
 * said they are, see reader-place.ts), with the distance from their municipality's seat. Also what the page needs to
 * let them say where they are, once.
 */
export async function stepOccasions(event: H3Event, locale: SiteLocale, moduleIds: readonly string[]) {
  // The path is what the reader came for: without occasions (CMS trouble) it still shows, just without dates.
  const loaded = await Promise.all([upcomingOccasions(locale), loadPlaces(locale), readerMunicipality(event, locale)]).catch((error: unknown) => {
    console.error(`[site] path occasions left out: ${upstreamDetail(error)}`);
    return null;
  });
  if (!loaded) return { byModule: {}, place: null, municipalities: [] };
  const [occasions, places, chosen] = loaded;
  const home = places.municipalities.find((m) => m.slug === chosen) ?? null;
  const byModule: Record<string, NearestOccasionView> = {};
  for (const id of new Set(moduleIds)) {
    const onSite = occasions.filter((o) => o.module?.documentId === id && o.format !== 'online' && !o.cancelled);
    const best = nextNearest(onSite, home?.position ?? null);
    if (!best) continue;
    byModule[id] = {
      title: best.title, url: best.url, when: best.when, startsAt: best.startsAt, distanceKm: best.distanceKm,
      place: best.centre ? `${best.centre.name}${best.centre.place ? `, ${best.centre.place}` : ''}` : null,
    };
  }
  return {
    byModule,
    place: chosen === OUTSIDE_REGION ? { value: OUTSIDE_REGION, name: null } : home ? { value: home.slug, name: home.name } : null,
    municipalities: places.municipalities.map((m) => ({ value: m.slug, label: m.name })),
  };
}
