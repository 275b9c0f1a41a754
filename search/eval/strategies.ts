import type { Meilisearch } from 'meilisearch';
import { parseSearchInput, search, type SearchOptions } from '../src/query.ts';
import type { SeedItem } from './seed-corpus.ts';
import { keyResolver, queryKey, TOP_K, type Ranked } from './measure.ts';
import type { NaturalCase } from './natural-set.ts';
import { naturalReport, naturalResults, type NaturalReport } from './natural-scores.ts';
import { MORPHOLOGY } from './variants.ts';

/**
 * Ways of asking the natural questions, all on the live index settings: the query as typed (before
 * issue 18), a stop-word list for questions with matchingStrategy "last", Meilisearch's "frequency"
 * strategy instead of the list, and both. The issue asks for the list and "frequency" to be measured.
 */
export const STRATEGIES: readonly { name: string; options: SearchOptions }[] = [
  { name: 'as typed, "last" (before)', options: { understand: false, matchingStrategy: 'last' } },
  { name: 'understood, "last"', options: { matchingStrategy: 'last' } },
  { name: 'no question words, "frequency"', options: { understand: { questionWords: false }, matchingStrategy: 'frequency' } },
  { name: 'understood, "frequency"', options: { matchingStrategy: 'frequency' } },
  { name: 'understood, no place step', options: { understand: { places: false } } },
  { name: 'understood, no compound step', options: { understand: { compounds: false } } },
  { name: 'understood, no known-words step', options: { understand: { knownWords: false } } },
  { name: 'understood, no lacked-skill step', options: { understand: { lackedSkills: false } } },
  { name: 'understood, no modifier step', options: { understand: { modifiers: false } } },
  { name: 'understood, no everyday step', options: { understand: { everyday: false } } },
  { name: 'understood, no beginners-first ties', options: { tieBreak: false } },
];

export async function compareStrategies(client: Meilisearch, cases: readonly NaturalCase[], items: readonly SeedItem[]): Promise<{ name: string; report: NaturalReport }[]> {
  const keyOf = keyResolver(items);
  const out: { name: string; report: NaturalReport }[] = [];
  for (const strategy of STRATEGIES) {
    const ranked = new Map<string, Ranked>();
    for (const c of cases) {
      const result = await search(client, parseSearchInput({ q: c.q, locale: c.locale, hitsPerPage: TOP_K, crossLanguage: false }), { prefix: MORPHOLOGY.prefix, ...strategy.options });
      ranked.set(queryKey(c.locale, c.q), { keys: result.hits.map((hit) => keyOf(c.locale, hit.url)), titles: result.hits.map((hit) => hit.title) });
    }
    out.push({ name: strategy.name, report: naturalReport(naturalResults(cases, ranked)) });
  }
  return out;
}
