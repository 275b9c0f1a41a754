import type { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { indexUid } from '../indexes.ts';
import type { Facet } from '../settings.ts';
import type { Locale } from '../vocabulary.ts';
import { bare } from './understand/question-words.ts';
import { rememberedWords, type WordMemo } from './word-memo.ts';

/** Fewer own-language hits than this is a weak result: the site then also offers the help below. */
export const WEAK_RESULT = 3;
/** Topics offered at most. */
const MAX_TOPICS = 5;
/** The facet whose counts name the suggested topics. */
const TOPIC: Facet = 'topic';
const PRE = '\uE000';
const POST = '\uE001';

export interface SearchHelp {
  /** The query with each misspelt word replaced by the word the index has ("sociala medjer" → "sociala medier"), or null. */
  didYouMean: string | null;
  /** Slugs of the topics whose content comes closest to the query, most hits first. */
  topics: string[];
}

const FormattedSchema = z.object({
  results: z.array(z.object({
    hits: z.array(z.object({ _formatted: z.record(z.string(), z.unknown()).optional() })),
    facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  })),
});

/** The first highlighted word of a hit: the word of the index that Meilisearch matched (typo-tolerantly). */
function matchedWord(formatted: Record<string, unknown> | undefined): string | null {
  for (const value of Object.values(formatted ?? {})) {
    const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
    const match = new RegExp(`${PRE}([^${POST}]+)${POST}(\\p{L}*)`, 'u').exec(text);
    if (match) return `${match[1]}${match[2]}`.toLowerCase();
  }
  return null;
}

/** What one word asked on its own found: the index's word Meilisearch matched it to, and the topics holding it. */
export interface WordHelp {
  matched: string | null;
  topics: Record<string, number>;
}

/**
 * Help for a query that found nothing or little, from the index's own vocabulary: each word is asked
 * on its own (one multi-search, only for words the caller's memo does not answer: word-memo.ts), and the
 * word of the best hit that Meilisearch matched to it, within its typo tolerance, is the correction; the
 * topics are the topic facet of the words one by one, most hits first.
 */
export async function searchHelp(client: Meilisearch, q: string, locale: Locale, prefix: string, memo?: WordMemo<WordHelp>): Promise<SearchHelp> {
  const words = q.split(/\s+/).map(bare).filter((word) => word.length > 0);
  if (words.length === 0) return { didYouMean: null, topics: [] };
  const uid = indexUid(locale, prefix);
  const perWord = { indexUid: uid, limit: 1, attributesToRetrieve: ['id'], attributesToHighlight: ['title', 'summary', 'topics', 'body'], attributesToCrop: ['body:8', 'summary:8'], highlightPreTag: PRE, highlightPostTag: POST, facets: [TOPIC] };
  const answers = await rememberedWords(memo, uid, [...new Set(words)], async (missing) => {
    const response = FormattedSchema.parse(await client.multiSearch({ queries: missing.map((word) => ({ ...perWord, q: word })) }));
    return new Map(missing.map((word, i): [string, WordHelp] => [word, { matched: matchedWord(response.results[i]?.hits[0]?._formatted), topics: response.results[i]?.facetDistribution?.[TOPIC] ?? {} }]));
  });
  const corrected = words.map((word) => {
    const found = answers.get(word)?.matched;
    // A longer word that starts with the typed one is a completion, not a correction.
    return found && !found.startsWith(word) ? found : word;
  });
  const counts = new Map<string, number>();
  for (const word of words) {
    for (const [slug, count] of Object.entries(answers.get(word)?.topics ?? {})) counts.set(slug, (counts.get(slug) ?? 0) + count);
  }
  const topics = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_TOPICS).map(([slug]) => slug);
  const didYouMean = corrected.join(' ') !== words.join(' ') ? corrected.join(' ') : null;
  return { didYouMean, topics };
}
