import type { H3Event } from 'h3';
import type { SearchHit } from '@kunskapsnavet/search';
import { nextNearest } from '#shared/occasions/nearest';
import type { SiteLocale } from '#shared/types/locale';

/**
 * Course-module hits with their next occasion (nearest to the reader when we know where they are, else the
 * soonest), so a search result says when a course can be attended. Occasions the CMS cannot give leave the hits
 * as they are: search must not fail for them.
 */
export async function withNextOccasions<H extends Pick<SearchHit, 'type' | 'url'>>(event: H3Event, locale: SiteLocale, hits: H[]) {
  type Next = { title: string; url: string; when: string; startsAt: string; place: string | null } | null;
  const none = hits.map((hit) => ({ ...hit, nextOccasion: null as Next }));
  if (!hits.some((h) => h.type === 'course-module')) return none;
  const loaded = await Promise.all([upcomingOccasions(locale), loadPlaces(locale), readerMunicipality(event, locale)]).catch((error: unknown) => {
    console.error(`[site] search hits without occasions: ${upstreamDetail(error)}`);
    return null;
  });
  if (!loaded) return none;
  const [occasions, places, chosen] = loaded;
  const from = places.municipalities.find((m) => m.slug === chosen)?.position ?? null;
  return hits.map((hit) => {
    const next = hit.type === 'course-module' ? nextNearest(occasions.filter((o) => o.module?.url === hit.url && !o.cancelled), from) : null;
    const nextOccasion: Next = next ? { title: next.title, url: next.url, when: next.when, startsAt: next.startsAt, place: next.centre?.place ?? null } : null;
    return { ...hit, nextOccasion };
  });
}
