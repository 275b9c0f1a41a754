import type { SiteLocale } from '#shared/types/locale';
import { OCCASION_QUERY, OccasionsResponseSchema, toOccasionCard, UPCOMING_QUERY, type OccasionCard } from '../graphql/occasions';
import { PLACES_QUERY, PlacesResponseSchema, toPlaces } from '../graphql/places';
import { cmsQuery } from './cms';
import { keptAnswer } from './kept-answer';
import { CACHE_VERSION, generationKey } from './params';

const CACHE = { maxAge: 60, swr: true } as const;

/**
 * Every occasion of one language that has not ended, soonest first. One cached list serves the occasions page,
 * the centres, the municipality pages and the path steps, which filter it in memory (a few hundred at most).
 */
const cachedUpcoming = defineCachedFunction(
  async (locale: SiteLocale): Promise<OccasionCard[]> => {
    const data = await cmsQuery(UPCOMING_QUERY, { locale, now: new Date().toISOString() }, OccasionsResponseSchema);
    return data.items.map((raw) => toOccasionCard(raw, locale));
  },
  { ...CACHE, name: `occasions-${CACHE_VERSION}`, getKey: (locale: SiteLocale) => generationKey(locale) },
);
/** The list, kept as an object for a few seconds (kept-answer.ts): every search that finds a course asks for it. */
export const loadUpcoming = keptAnswer(cachedUpcoming, generationKey);

/** The occasions that have not ended by `now` (the cached list may be a minute old). */
export async function upcomingOccasions(locale: SiteLocale, now = new Date()): Promise<OccasionCard[]> {
  const iso = now.toISOString();
  return (await loadUpcoming(locale)).filter((o) => o.endsAt > iso);
}

/** One occasion with its description, or null. Past and cancelled ones too: a link in a mail must keep working. */
export async function loadOccasion(locale: SiteLocale, slug: string) {
  const raw = (await cmsQuery(OCCASION_QUERY, { locale, slug }, OccasionsResponseSchema)).items[0];
  if (!raw) return null;
  const paragraphs = (raw.description ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { ...toOccasionCard(raw, locale), paragraphs };
}

const cachedPlaces = defineCachedFunction(
  async (locale: SiteLocale) => toPlaces(await cmsQuery(PLACES_QUERY, { locale }, PlacesResponseSchema), locale),
  { ...CACHE, name: `places-${CACHE_VERSION}`, getKey: (locale: SiteLocale) => generationKey(locale) },
);
/** The municipalities and learning centres of one language (kept as an object like loadUpcoming). */
export const loadPlaces = keptAnswer(cachedPlaces, generationKey);
