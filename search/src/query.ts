import type { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { invalidInput, toSearchError } from './errors.ts';
import { DEFAULT_INDEX_PREFIX, indexUid } from './indexes.ts';
import { toHit, type SearchHit } from './query/hits.ts';
import { queryMarks } from './query/marks.ts';
import { SearchInputSchema, type SearchQuery } from './query/input.ts';
import { lastReachablePage, searchOwnLanguage, type MatchingStrategy } from './query/own-language.ts';
import type { UnderstandingOptions } from './query/understand/index.ts';
import type { KnownQuery, WordKnowledge } from './query/understand/known-words.ts';
import type { WordMemo } from './query/word-memo.ts';
import { facetCounts, matchParams, type Facets } from './query/params.ts';
import { MAX_TOTAL_HITS } from './settings.ts';
import { otherLocale } from './vocabulary.ts';

/**
 * Cross-language fallback: when the chosen language has fewer hits than this, the other language's
 * index is searched too and its hits are appended, marked `otherLanguage`. Most content exists in both
 * languages, so this mainly helps with words used in only one of them (an English term typed on the
 * Swedish site, a Swedish place name on the English one). Skipped for an empty query and when a topic
 * filter is set, because topic slugs are per language.
 *
 * Own-language hits always come first and pages stay stable: the result is the own-language list
 * followed by the other-language list. (A federated multi-search with a lower weight for the other
 * index would interleave the two whenever an own-language hit scores low.)
 */
export const CROSS_LANGUAGE_THRESHOLD = 3;

export type { Facets };

export interface SearchOptions {
  /** Index prefix (default `content`). */
  prefix?: string;
  /**
   * Search inflected words by their stems too (see query/morphology.ts). On by default; off only to
   * measure the difference (search/eval) against indexes built without compound parts and stems.
   */
  morphology?: boolean;
  /**
   * Query understanding (query/understand/): question words dropped, a place as a preference, compounds
   * split. All on by default; false or single steps off only to measure them (search/eval).
   */
  understand?: UnderstandingOptions | false;
  /** How Meilisearch drops words when not all match; "last" unless measuring (search/eval). */
  matchingStrategy?: MatchingStrategy;
  /** Equal matches ordered beginners first (query/params.ts); on unless measuring (search/eval). */
  tieBreak?: boolean;
  /**
   * What the index knows about single words, kept between searches by the caller, who forgets it whenever the
   * index changes (query/word-memo.ts); without it every query of two or more words asks Meilisearch first.
   */
  wordMemo?: WordMemo<WordKnowledge>;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Counts per value in the chosen language's index, for the current query and filters. */
  facets: Facets;
  total: number;
  page: number;
  pageCount: number;
  processingTimeMs: number;
  query: string;
  /** Whether the other language was searched as well. */
  crossLanguage: boolean;
  /**
   * The municipality the query named ("kurs nära Överkalix" → "Överkalix"), as the CMS spells it: taken as a
   * preference for content tied to it, and where the reader wants to attend; null when none was named.
   */
  place: string | null;
}

const OffsetResponseSchema = z.object({
  hits: z.array(z.unknown()),
  estimatedTotalHits: z.number(),
  processingTimeMs: z.number(),
});

/**
 * The other language's part of the requested page: the combined list is the `ownTotal` own-language
 * hits followed by the other language's, so this page needs other-language hits from `offset` on.
 * The query goes as typed: it is in the chosen language, whose stems mean nothing in the other one.
 */
async function searchOtherLanguage(client: Meilisearch, query: SearchQuery, prefix: string, ownTotal: number) {
  const start = (query.page - 1) * query.hitsPerPage;
  const ownOnPage = Math.max(0, Math.min(query.hitsPerPage, ownTotal - start));
  const response = await client.index(indexUid(otherLocale(query.locale), prefix)).search(query.q, {
    ...matchParams(query),
    offset: Math.max(0, start - ownTotal),
    limit: query.hitsPerPage - ownOnPage,
  });
  return OffsetResponseSchema.parse(response);
}

type OtherPage = Awaited<ReturnType<typeof searchOtherLanguage>>;

/** Whether the query may get the other language's hits at all (the own-language total decides the rest). */
function mayWantOtherLanguage(query: SearchQuery): boolean {
  return query.crossLanguage && query.q !== '' && query.topic.length === 0 && query.page <= lastReachablePage(query.hitsPerPage);
}

function wantsOtherLanguage(query: SearchQuery, ownTotal: number): boolean {
  return mayWantOtherLanguage(query) && ownTotal < CROSS_LANGUAGE_THRESHOLD;
}

/**
 * The other language's first page, asked at the same time as the own language's when the index's word counts
 * already say the own language will have fewer than CROSS_LANGUAGE_THRESHOLD hits (KnownQuery.leadDocuments):
 * one round trip instead of two for the searches that need both, the slowest tenth of all. A guess that proves
 * wrong costs one search and changes nothing: the answer is cut to what the sequential request would have asked
 * (the page's room after the own hits), and when the own language has enough, it is dropped.
 */
function earlyOtherLanguage(client: Meilisearch, query: SearchQuery, prefix: string) {
  let early: Promise<OtherPage> | undefined;
  return {
    onKnown(known: KnownQuery) {
      if (query.page !== 1 || !mayWantOtherLanguage(query) || known.leadDocuments === null || known.leadDocuments >= CROSS_LANGUAGE_THRESHOLD) return;
      early = searchOtherLanguage(client, query, prefix, 0);
      // Dropped when the own language proves to have enough; its failure then concerns nobody.
      early.catch(() => undefined);
    },
    async page(ownTotal: number): Promise<OtherPage> {
      if (!early) return searchOtherLanguage(client, query, prefix, ownTotal);
      const page = await early;
      return { ...page, hits: page.hits.slice(0, Math.max(0, query.hitsPerPage - ownTotal)) };
    },
  };
}

/**
 * Validates a search request (a query-string object or a literal) into the SearchQuery that search() takes:
 * a SearchError 400 that names the parameter and the allowed values when it is wrong.
 */
export function parseSearchInput(input: unknown): SearchQuery {
  const parsed = SearchInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

/**
 * Searches the content of one language. `query` is already validated (SearchInputSchema at the site's door,
 * or parseSearchInput()); a failure comes out as a SearchError 503 when Meilisearch cannot answer. An empty
 * `q` lists the most recent content. Inflected words are also searched by their stem, and Swedish
 * compounds are found by their parts (see query/morphology.ts). `client` only needs a search-only key.
 */
export async function search(client: Meilisearch, query: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
  const prefix = options.prefix ?? DEFAULT_INDEX_PREFIX;
  try {
    const other = earlyOtherLanguage(client, query, prefix);
    const own = await searchOwnLanguage(client, query, {
      prefix, morphology: options.morphology ?? true, understand: options.understand ?? {}, matchingStrategy: options.matchingStrategy ?? 'last',
      tieBreak: options.tieBreak ?? true, wordMemo: options.wordMemo, onKnown: other.onKnown,
    });
    const facets = facetCounts(own.facetDistribution);
    const base = { facets, page: query.page, query: query.q, place: own.place };
    const marks = queryMarks(own.words);
    const ownHits = own.hits.map((hit) => toHit(hit, query.locale, marks));
    if (wantsOtherLanguage(query, own.totalHits)) {
      const page = await other.page(own.totalHits);
      const total = own.totalHits + page.estimatedTotalHits;
      return {
        ...base,
        hits: [...ownHits, ...page.hits.map((hit) => toHit(hit, query.locale, marks))],
        total,
        pageCount: Math.ceil(total / query.hitsPerPage),
        processingTimeMs: own.processingTimeMs + page.processingTimeMs,
        crossLanguage: true,
      };
    }
    return {
      ...base,
      hits: ownHits,
      total: own.totalHits,
      pageCount: Math.ceil(Math.min(own.totalHits, MAX_TOTAL_HITS) / query.hitsPerPage),
      processingTimeMs: own.processingTimeMs,
      crossLanguage: false,
    };
  } catch (error) {
    throw toSearchError(error);
  }
}
