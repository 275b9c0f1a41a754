import type { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { termsText, type Term } from './compounds.ts';

const ProbeSchema = z.object({ results: z.array(z.object({ totalHits: z.number() })) });

/**
 * How many documents each word finds on its own (typos and prefix included, as Meilisearch matches
 * it), in one multi-search request: the index's own vocabulary, asked per query instead of kept
 * beside the index, so it is never stale.
 */
export async function wordCounts(client: Meilisearch, indexUid: string, words: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(words)];
  const response = await client.multiSearch({ queries: unique.map((q) => ({ indexUid, q, page: 1, hitsPerPage: 0 })) });
  const results = ProbeSchema.parse(response).results;
  return new Map(unique.map((word, i) => [word, results[i]?.totalHits ?? 0]));
}

/**
 * The terms as the index knows them. A word no document contains ("konstigt", "weird") cannot help
 * ranking but can hurt it: matchingStrategy "last" keeps a query's first words, so an unknown word
 * early on makes Meilisearch drop the informative words after it. A compound the index knows is asked
 * as written; one it does not know, by its known parts ("excelkurs" → "excel kurs"). When nothing is
 * known, the words are asked as typed (and the page offers "did you mean").
 */
export function knownText(terms: readonly Term[], counts: ReadonlyMap<string, number>): string {
  const known = (word: string) => (counts.get(word) ?? 0) > 0;
  const kept = terms.flatMap((term) => (known(term.word) ? [term.word] : term.parts.filter(known)));
  return kept.length > 0 ? kept.join(' ') : terms.map((term) => term.word).join(' ');
}

/** knownText() with the counts asked from the index; a lone word without parts is not asked about. */
export async function keepKnownWords(client: Meilisearch, indexUid: string, terms: readonly Term[]): Promise<string> {
  if (terms.length === 1 && terms[0]!.parts.length === 0) return terms[0]!.word;
  if (terms.length === 0) return '';
  const counts = await wordCounts(client, indexUid, terms.flatMap((term) => [term.word, ...term.parts]));
  return knownText(terms, counts);
}

export { termsText };
