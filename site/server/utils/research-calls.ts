import { contextOf, findMunicipality, type CheckDefinition } from '@kunskapsnavet/needs';
import { CALL_KINDS, INDUSTRIES } from '@kunskapsnavet/search';
import { z } from 'zod';
import type { StoredCheck } from '#shared/needs/history';
import { callFits } from '#shared/research-calls/match';
import type { SiteLocale } from '#shared/types/locale';

const SIZES = ['sole', '2_9', '10_49'] as const;
const list = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.string()).nullish().transform((v) => (v ?? []).filter((x): x is T[number] => values.includes(x)));

const CallSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  callKind: z.enum(CALL_KINDS),
  callForm: z.enum(['on_site', 'online', 'phone', 'mixed']),
  summary: z.string(),
  whatItTakes: z.string(),
  timeNeeded: z.string(),
  whatFirmGets: z.string(),
  municipalities: z.array(z.string()).nullish().transform((v) => (v ?? []).filter((slug) => findMunicipality(slug) !== undefined)),
  industries: list(INDUSTRIES),
  sizes: list(SIZES),
  closesOn: z.iso.date(),
  institution: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullish(),
  isExample: z.boolean().nullish().transform((v) => v === true),
  researcher: z.object({ name: z.string(), slug: z.string(), isExample: z.boolean().nullish() }).nullish(),
});
const ListSchema = z.object({ data: z.array(CallSchema) });
export type ResearchCall = z.output<typeof CallSchema> & { url: string; municipalityNames: string[] };

/** Today in Sweden (YYYY-MM-DD): a call is open through its closing day. */
export const swedishToday = (now = new Date()) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function query(locale: SiteLocale, filters: Record<string, string>): Record<string, string> {
  return {
    locale,
    sort: 'closesOn:asc',
    'pagination[pageSize]': '100',
    'populate[researcher][fields][0]': 'name',
    'populate[researcher][fields][1]': 'slug',
    'populate[researcher][fields][2]': 'isExample',
    ...filters,
  };
}

/** Published calls from the CMS (site token, REST), validated; an unexpected answer is the funnel's 502/503. */
async function loadCalls(locale: SiteLocale, filters: Record<string, string>): Promise<ResearchCall[]> {
  const answer = await cmsRest('/api/research-calls', { query: query(locale, filters) });
  if (answer.status !== 200) throw toHttpError(new Error(`research calls: CMS HTTP ${answer.status}`));
  return ListSchema.parse(answer.body).data.map((c) => ({
    ...c,
    url: pageUrl('research-take-part-slug', locale, c.slug),
    municipalityNames: c.municipalities.map((slug) => findMunicipality(slug)?.name ?? slug),
  }));
}

/** The calls still open today, soonest closing first. */
export const openCalls = (locale: SiteLocale) => loadCalls(locale, { 'filters[closesOn][$gte]': swedishToday() });

/** One published call by slug (open or closed), or null. */
export async function callBySlug(locale: SiteLocale, slug: string): Promise<ResearchCall | null> {
  return (await loadCalls(locale, { 'filters[slug][$eq]': slug }))[0] ?? null;
}

/**
 * The open calls that seek a firm like the reader's (municipality, industry, size from their latest check). Never
 * breaks the result page: if the CMS cannot answer, the section is simply left out.
 */
export async function matchingCalls(locale: SiteLocale, check: CheckDefinition | null, latest: StoredCheck) {
  if (!check) return [];
  const { municipality, industry, size } = contextOf(check, latest.answers);
  const calls = await openCalls(locale).catch(() => []);
  return calls.filter((c) => callFits(c, { municipality, industry, size }));
}
