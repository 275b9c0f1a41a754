import { contextOf, findMunicipality, type CheckDefinition } from '@kunskapsnavet/needs';
import { fitsReader } from '#shared/efforts/match';
import type { StoredCheck } from '#shared/needs/history';
import type { SiteLocale } from '#shared/types/locale';
import { EFFORT_QUERY, EFFORTS_QUERY, EffortResponseSchema, EffortsResponseSchema, toEffortCard, toEffortView, type EffortCard } from '../graphql/efforts';
import { cmsQuery } from './cms';
import { CACHE_VERSION } from './params';

/**
 * Every published effort of one language (a few dozen at most): one cached list serves the efforts page, the
 * municipality pages and the needs-check result, which filter it in memory.
 */
export const loadEfforts = defineCachedFunction(
  async (locale: SiteLocale): Promise<EffortCard[]> => {
    const data = await cmsQuery(EFFORTS_QUERY, { locale }, EffortsResponseSchema);
    return data.items.map((raw) => toEffortCard(raw, locale));
  },
  { maxAge: 60, swr: true, name: `efforts-${CACHE_VERSION}`, getKey: (locale: SiteLocale) => locale },
);

/** One published effort with what it offers and who is behind it, or null. */
export async function loadEffort(locale: SiteLocale, slug: string) {
  const raw = (await cmsQuery(EFFORT_QUERY, { locale, slug }, EffortResponseSchema)).items[0];
  return raw ? toEffortView(raw, locale) : null;
}

/** How many efforts the needs-check result names. */
const RESULT_EFFORTS = 3;

/**
 * The efforts that fit a needs-check result: one of the reader's biggest needs × their municipality × their
 * industry (from the check's context questions), not yet done.
 */
export async function effortsForResult(locale: SiteLocale, check: CheckDefinition | null, latest: StoredCheck, needs: { dimension: string }[]) {
  if (!check) return [];
  const context = contextOf(check, latest.answers);
  const municipality = context.municipality ? (findMunicipality(context.municipality)?.slug ?? null) : null;
  const reader = { dimensions: needs.map((n) => n.dimension), municipality, industry: context.industry };
  return (await loadEfforts(locale)).filter((e) => fitsReader(e, reader)).slice(0, RESULT_EFFORTS);
}
