import type { Meilisearch, SearchParams } from 'meilisearch';
import { z } from 'zod';
import { indexUid } from '../indexes.ts';
import { FACET_NAMES, MAX_TOTAL_HITS } from '../settings.ts';
import { quoteFilterValue } from './filters.ts';
import type { SearchQuery } from './input.ts';
import { inflectionStem } from '../morphology/stem.ts';
import { morphologicalQuery } from './morphology.ts';
import { matchParams, queryFilter } from './params.ts';
import { understandQuery, type Term, type UnderstandingOptions, type UnderstoodQuery } from './understand/index.ts';
import { keepKnownWords, termsText, type KnownQuery, type WordKnowledge } from './understand/known-words.ts';
import type { WordMemo } from './word-memo.ts';

export type MatchingStrategy = 'last' | 'frequency' | 'all';

export interface OwnLanguageOptions {
  prefix: string;
  morphology: boolean;
  /** false: the query as typed; otherwise the steps of understand/ (all on unless switched off). */
  understand: UnderstandingOptions | false;
  matchingStrategy: MatchingStrategy;
  /** Equal matches beginners first (params.ts RELEVANCE_TIE_BREAK); off only to measure without. */
  tieBreak: boolean;
  /** What the index is known to know about single words (word-memo.ts), kept by the caller. */
  wordMemo?: WordMemo<WordKnowledge>;
  /** Told what the index knows of the query's words, before Meilisearch is asked for the page (query.ts). */
  onKnown?: (known: KnownQuery) => void;
}

const PageResponseSchema = z.object({
  hits: z.array(z.unknown()),
  totalHits: z.number(),
  processingTimeMs: z.number(),
  facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});
export type OwnPage = z.output<typeof PageResponseSchema>;
/**
 * The own-language page, the municipality the query named, if any (see searchOwnLanguage), and the words the body
 * snippets mark (snippetWords).
 */
export type OwnResult = OwnPage & { place: string | null; words: string[] };

/** Pages past what Meilisearch will return (MAX_TOTAL_HITS) are answered with an empty page. */
export function lastReachablePage(hitsPerPage: number): number {
  return Math.ceil(MAX_TOTAL_HITS / hitsPerPage);
}

/**
 * Hits `from`…`from + count` of one request, in page mode so that totalHits is exact: as that page
 * when the window is one, else as the first `from + count` hits, sliced (only a place's second list
 * has such windows, and pages deep into a place-named search are rare).
 */
async function window(client: Meilisearch, query: SearchQuery, q: string, params: SearchParams, from: number, count: number, options: OwnLanguageOptions): Promise<OwnPage> {
  const aligned = count > 0 && from % count === 0;
  const response = PageResponseSchema.parse(await client.index(indexUid(query.locale, options.prefix)).search(q, {
    ...matchParams(query, options.tieBreak), ...params, matchingStrategy: options.matchingStrategy, facets: [...FACET_NAMES],
    ...(aligned ? { page: from / count + 1, hitsPerPage: count } : { page: 1, hitsPerPage: Math.max(0, from + count) }),
  }));
  return aligned ? response : { ...response, hits: response.hits.slice(from) };
}

function sumFacets(a: OwnPage['facetDistribution'] = {}, b: OwnPage['facetDistribution'] = {}): OwnPage['facetDistribution'] {
  const out: Record<string, Record<string, number>> = structuredClone(a);
  for (const [attribute, values] of Object.entries(b)) {
    const into = (out[attribute] ??= {});
    for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
  }
  return out;
}

/** The words Meilisearch is asked: stemmed (see morphology.ts) unless measuring without; misspellings as typed. */
function asked({ text, misspelt }: Pick<KnownQuery, 'text' | 'misspelt'>, options: OwnLanguageOptions, query: SearchQuery): string {
  return options.morphology ? morphologicalQuery(text, query.locale, misspelt) : text;
}

/**
 * The own-language page. A municipality in the query ("kurs nära Överkalix") becomes a preference: the
 * content tied to it that matches the other words comes first, then the rest, two disjoint lists
 * (`municipality = X`, `NOT municipality = X`) whose totals and facet counts add up. When no
 * content is tied to the place, the place is searched as an ordinary word. The place named is returned
 * with the page, so the site can show each course's next occasion there (site search-occasions.ts).
 */
export async function searchOwnLanguage(client: Meilisearch, query: SearchQuery, options: OwnLanguageOptions): Promise<OwnResult> {
  const understood = options.understand === false ? null : understandQuery(query.q, query.locale, options.understand);
  return { ...(await ownPage(client, query, options, understood)), place: understood?.municipality ?? null, words: snippetWords(query, understood) };
}

/**
 * The words a hit's snippets mark (marks.ts): what the reader asked about — question words and a lacked
 * skill left out, compounds with their parts, the place named — as typed and by their stems.
 */
function snippetWords(query: SearchQuery, understood: UnderstoodQuery | null): string[] {
  const asked = understood === null ? query.q.split(/\s+/) : [...understood.terms.flatMap((term) => [term.word, ...term.parts]), ...(understood.municipality ? [understood.municipality] : [])];
  const words = asked.map((word) => word.replaceAll('"', '').toLowerCase()).filter((word) => word.length > 0);
  return [...new Set([...words, ...words.map((word) => inflectionStem(word, query.locale) ?? word)])];
}

async function ownPage(client: Meilisearch, query: SearchQuery, options: OwnLanguageOptions, understood: UnderstoodQuery | null): Promise<OwnPage> {
  const reachable = query.page <= lastReachablePage(query.hitsPerPage);
  const start = reachable ? (query.page - 1) * query.hitsPerPage : 0;
  const count = reachable ? query.hitsPerPage : 0;
  if (options.understand === false || understood === null) return window(client, query, asked({ text: query.q, misspelt: [] }, options, query), {}, start, count, options);
  const probe = options.understand.knownWords ?? true;
  const words = async (terms: Term[]): Promise<KnownQuery> =>
    probe ? keepKnownWords(client, indexUid(query.locale, options.prefix), terms, query.locale, options.understand !== false && (options.understand.modifiers ?? true), options.wordMemo) : { text: termsText(terms), misspelt: [], leadDocuments: null };
  const known = async (terms: Term[]) => asked(await words(terms), options, query);
  const subject = await words(understood.terms);
  options.onKnown?.(subject);
  const text = asked(subject, options, query);
  const filter = queryFilter(query);
  if (understood.municipality === null) {
    const page = await window(client, query, text, {}, start, count, options);
    // A lone word is not probed, so a misspelling is stemmed into no word ("medjer" → "medj"): when the
    // stems find nothing, the words are asked once more as typed, within Meilisearch's typo tolerance.
    return page.totalHits === 0 && text !== subject.text ? window(client, query, subject.text, {}, start, count, options) : page;
  }
  const withPlace = () => known(understood.termsWithPlace);
  const place = `municipality = ${quoteFilterValue(understood.municipality)}`;
  // Among the content tied to the place, what also names it ("Lärcentrum Storuman") comes first: the
  // name goes last, so matchingStrategy "last" drops it before any word of the subject.
  const placedText = text === '' ? '' : `${text} ${understood.municipality}`;
  const placed = await window(client, query, placedText, { filter: [...filter, place] }, start, count, options);
  if (placed.totalHits === 0) return window(client, query, await withPlace(), {}, start, count, options);
  const restFrom = Math.max(0, start - placed.totalHits);
  const rest = await window(client, query, text || (await withPlace()), { filter: [...filter, `NOT ${place}`] }, restFrom, count - placed.hits.length, options);
  return {
    hits: [...placed.hits, ...rest.hits],
    totalHits: placed.totalHits + rest.totalHits,
    processingTimeMs: placed.processingTimeMs + rest.processingTimeMs,
    facetDistribution: sumFacets(placed.facetDistribution, rest.facetDistribution),
  };
}
