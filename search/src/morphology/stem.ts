import snowball from 'snowball-stemmers';
import { STOP_WORDS } from '../lexicon/stop-words.ts';
import type { Locale } from '../vocabulary.ts';

export type Stemmer = (word: string) => string;

/** The Snowball algorithm of each locale, by its name in the `snowball-stemmers` package. */
const ALGORITHM: Record<Locale, string> = { sv: 'swedish', en: 'english' };

interface SnowballFactory {
  newStemmer: (algorithm: string) => { stem: (word: string) => string };
}

function isFactory(value: unknown): value is SnowballFactory {
  return typeof value === 'object' && value !== null && 'newStemmer' in value && typeof value.newStemmer === 'function';
}

const stemmers = new Map<Locale, Stemmer>();

/**
 * The Snowball stemmer of a locale (package `snowball-stemmers`, ISC; the algorithms of
 * snowballstem.org), created on first use. Stems are search keys, not words: "modeller" → "modell",
 * "businesses" → "busi". A static import, so that bundlers (the site's Nitro server) ship the package.
 */
export function stemmer(locale: Locale): Stemmer {
  const cached = stemmers.get(locale);
  if (cached) return cached;
  if (!isFactory(snowball)) throw new Error('snowball-stemmers: unexpected module shape');
  const algorithm = snowball.newStemmer(ALGORITHM[locale]);
  const stem: Stemmer = (word) => algorithm.stem(word);
  stemmers.set(locale, stem);
  return stem;
}

/**
 * The endings a word may lose to its stem. Snowball also strips derivational endings ("företagare" →
 * "företag", "lärare" → "lär") and some it cannot undo consistently ("bredbandet" → "bredb" while
 * "bredband" stays "bredband"); such stems would widen a search past what was meant, or miss the plain
 * word that typo tolerance finds today. Plural, definite and genitive endings are safe: "modeller",
 * "modellen", "modellens" → "modell"; "models", "companies" → "model", "compani". English "-ing" and
 * "-ed" stay ("shipping" is not "ship"); an apostrophe ends a word before any ending.
 */
export const INFLECTION_ENDINGS: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(['a', 'e', 's', 'en', 'er', 'ar', 'or', 'na', 'es', 'ens', 'ers', 'ars', 'ors', 'erna', 'arna', 'orna', 'ernas', 'arnas', 'ornas']),
  en: new Set(['s', 'es']),
};

const WORD = /^\p{L}{3,}$/u;
const stopWords: Record<Locale, ReadonlySet<string>> = { sv: new Set(STOP_WORDS.sv), en: new Set(STOP_WORDS.en) };

/** Documents repeat their vocabulary; bounded for a long-running sync process. */
const MEMO_LIMIT = 100_000;
const memo: Record<Locale, Map<string, string | null>> = { sv: new Map(), en: new Map() };

function computeStem(word: string, locale: Locale): string | null {
  if (!WORD.test(word) || stopWords[locale].has(word)) return null;
  const stem = stemmer(locale)(word);
  if (stem === word || !word.startsWith(stem)) return null;
  return INFLECTION_ENDINGS[locale].has(word.slice(stem.length)) ? stem : null;
}

/**
 * The stem a lower-case word is indexed and searched under, or null when the word is its own key:
 * unchanged by Snowball, changed only by a derivational ending, a stop word or shorter than three
 * letters. Documents (morphology/index.ts) and queries (query/morphology.ts) both use this function,
 * so a stem searched for is a stem that was indexed.
 */
export function inflectionStem(word: string, locale: Locale): string | null {
  const known = memo[locale].get(word);
  if (known !== undefined) return known;
  const stem = computeStem(word, locale);
  if (memo[locale].size >= MEMO_LIMIT) memo[locale].clear();
  memo[locale].set(word, stem);
  return stem;
}
