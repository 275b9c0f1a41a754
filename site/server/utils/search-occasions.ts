import type { H3Event } from 'h3';
import type { SearchHit } from '@kunskapsnavet/search';
import { nextNearest } from '#shared/occasions/nearest';
import type { Coordinates } from '#shared/occasions/distance';
import type { SiteLocale } from '#shared/types/locale';

type Municipality = { slug: string; name: string; position: Coordinates | null };

/**
 * Where the next occasions are measured from: the municipality the query named ("kurs nära Överkalix", the
 * search's `place`), else the one the reader chose, else nowhere (the soonest occasion then).
 */
export function occasionOrigin(municipalities: readonly Municipality[], named: string | null, chosen: string | null): Coordinates | null {
  const byName = named === null ? undefined : municipalities.find((m) => m.name === named);
  return (byName ?? municipalities.find((m) => m.slug === chosen))?.position ?? null;
}

/**
 * Course-module hits with their next occasion (nearest to the place the query named or the reader chose, else
 * the soonest), so a search result says when a course can be attended. Occasions the CMS cannot give leave the
 * hits as they are: search must not fail for them.
 */
export async function withNextOccasions<H extends Pick<SearchHit, 'type' | 'url'>>(event: H3Event, locale: SiteLocale, hits: H[], place: string | null = null) {
  type Next = { title: string; url: string; when: string; startsAt: string; place: string | null } | null;
  const none = hits.map((hit) => ({ ...hit, nextOccasion: null as Next }));
  if (!hits.some((h) => h.type === 'course-module')) return none;
  const loaded = await Promise.all([upcomingOccasions(locale), loadPlaces(locale), readerMunicipality(event, locale)]).catch((error: unknown) => {
    console.error(`[site] search hits without occasions: ${upstreamDetail(error)}`);
    return null;
  });
  if (!loaded) return none;
  const [occasions, places, chosen] = loaded;
  const from = occasionOrigin(places.municipalities, place, chosen);
  return hits.map((hit) => {
    const next = hit.type === 'course-module' ? nextNearest(occasions.filter((o) => o.module?.url === hit.url && !o.cancelled), from) : null;
    const nextOccasion: Next = next ? { title: next.title, url: next.url, when: next.when, startsAt: next.startsAt, place: next.centre?.place ?? null } : null;
    return { ...hit, nextOccasion };
  });
}
