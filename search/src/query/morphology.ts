import { inflectionStem } from '../morphology/stem.ts';
import type { Locale } from '../vocabulary.ts';

/** Meilisearch reads only the first ten words of a query; the typed words must not push any out. */
const MAX_QUERY_WORDS = 10;

/**
 * The query Meilisearch is asked, so "modeller" meets "modell" and "affärsmodell" (whose part "modell"
 * and stems are indexed, see morphology/). Each inflected word is replaced by its stem, which a
 * document's `stems` and `compoundParts` carry for every form of the word. When the last word was
 * inflected, the inflected words as typed follow the stems: matchingStrategy "last" drops them first,
 * so they only lift documents that use the typed forms, and the last word typed stays last, where
 * Meilisearch matches it as a prefix. "affärsmodeller" → "affärsmodell affärsmodeller",
 * "startar webbutik" → "start webbutik". Phrases ("…") are left alone, and so are the words in `asTyped`
 * (misspellings, see understand/known-words.ts: their stem is no word).
 */
export function morphologicalQuery(q: string, locale: Locale, asTyped: readonly string[] = []): string {
  if (q.includes('"')) return q;
  const tokens = q.split(/\s+/).filter(Boolean);
  const typedOnly = new Set(asTyped.map((word) => word.toLowerCase()));
  const stems = tokens.map((token) => (typedOnly.has(token.toLowerCase()) ? null : inflectionStem(token.toLowerCase(), locale)));
  if (stems.every((stem) => stem === null)) return q;
  const searched = tokens.map((token, i) => stems[i] ?? token);
  // Only after an inflected last word: appended after an uninflected one, they would end the query
  // and take the prefix match away from the word being typed.
  const typed = stems.at(-1) ? tokens.filter((_, i) => stems[i] !== null) : [];
  return (searched.length + typed.length <= MAX_QUERY_WORDS ? [...searched, ...typed] : searched).join(' ');
}
