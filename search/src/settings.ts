import type { Meilisearch, Settings } from 'meilisearch';
import type { SearchDocument } from './document.ts';
import { synonymMap, STOP_WORDS, SYNONYM_GROUPS } from './lexicon/index.ts';
import { DEFAULT_INDEX_PREFIX, indexUid } from './indexes.ts';
import { MORPHOLOGY_ATTRIBUTES } from './morphology/attributes.ts';
import { waitForSuccess, type TaskOptions } from './tasks.ts';
import { LOCALES, type Locale } from './vocabulary.ts';

/**
 * The facets by their one name: the URL's `?topic=`, the search input's `topic`, the document attribute `topic`
 * and the result's `facets.topic` are the same word from the browser to the index. Filters and counts are built
 * from this list only, never from names a caller sends.
 */
export const FACET_NAMES = ['type', 'topic', 'level', 'industry', 'businessModel', 'format', 'municipality'] as const satisfies readonly (keyof SearchDocument)[];
export type Facet = (typeof FACET_NAMES)[number];

/** Caps how deep anyone can page; also what `total` counts up to. */
export const MAX_TOTAL_HITS = 1000;

/**
 * Earlier attributes rank higher: a title hit beats a summary hit beats a body hit. The derived terms
 * come last, so a literal match always outranks one found only through a synonym, and both outrank one
 * found only through a compound part ("företag" in "mikroföretag") or a stem ("modeller" ~ "modell").
 * Except for the headings: `headTerms` (the synonyms, parts and stems of title, summary, topics and
 * step titles) comes right after them, so "kunder" meeting "kund" in a title ranks as a heading match,
 * not below every document whose body happens to write the stem (issue 18: natural questions).
 */
export const SEARCHABLE_ATTRIBUTES = [
  'title', 'summary', 'topics', 'stepTitles', 'headTerms', 'authors', 'studyAuthors', 'municipality', 'body', 'synonymTerms', ...MORPHOLOGY_ATTRIBUTES,
] as const;

/** Meilisearch locale codes (ISO 639-3) for each site locale. */
const MEILI_LOCALE: Record<Locale, string> = { sv: 'swe', en: 'eng' };

/**
 * The complete settings of one content index. Every key is set explicitly, so applying them resets
 * anything changed by hand and two environments never drift apart.
 */
export function indexSettings(locale: Locale): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FACET_NAMES, 'locale'],
    // titleSort, not title: Meilisearch compares code points, titleSort puts å/ä/ö after z.
    // levelOrder breaks ties between equal matches, beginners' content first (query/params.ts).
    sortableAttributes: ['publishedAt', 'titleSort', 'levelOrder'],
    // synonymTerms, compoundParts, stems, titleSort and levelOrder are indexing aids, not content.
    displayedAttributes: [
      'id', 'type', 'documentId', 'locale', 'slug', 'url', 'title', 'summary', 'body', 'topics', 'topic',
      'authors', 'studyAuthors', 'level', 'industry', 'businessModel', 'format', 'minutes', 'municipality', 'stepTitles',
      'publishedAt', 'updatedAt',
    ],
    rankingRules: ['words', 'typo', 'attribute', 'proximity', 'sort', 'exactness'],
    // Without this Meilisearch folds å/ä/ö to a/o ("får" would find "far"); with "swe" they stay letters.
    localizedAttributes: [{ attributePatterns: ['*'], locales: [MEILI_LOCALE[locale]] }],
    synonyms: synonymMap(SYNONYM_GROUPS[locale]),
    stopWords: [...STOP_WORDS[locale]],
    // Meilisearch's defaults (1 typo from 5 letters, 2 from 9) keep short Swedish words like
    // "får"/"far", "gård"/"gärd" apart; ids, urls and slugs are never typo-matched.
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
      disableOnAttributes: [],
      disableOnWords: [],
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    // Searching within facet values (POST /facet-search) is not used anywhere; keeping its database up to date
    // was the largest share of a one-document task (bench: scripts/src/bench/meili-probe.ts). Facet counts and
    // filters do not need it.
    facetSearch: false,
    // Search-as-you-type matches the last word as a prefix: the prefix databases stay.
    prefixSearch: 'indexingTime',
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    distinctAttribute: null,
  };
}

/**
 * Applies the settings to one index and waits for them to take effect. Idempotent: it always writes
 * the same complete values, so applying twice leaves the index exactly as applying once.
 */
export async function applySettings(client: Meilisearch, uid: string, locale: Locale, options?: TaskOptions): Promise<void> {
  await waitForSuccess(client.index(uid).updateSettings(indexSettings(locale)), options);
}

/**
 * Creates any missing live index (`<prefix>_sv`, `<prefix>_en`) and applies the settings to both.
 * Run it at startup before the first sync: documents added to an index Meilisearch created on its own
 * would be indexed without the Swedish locale.
 */
export async function ensureIndexes(
  client: Meilisearch,
  options: TaskOptions & { prefix?: string } = {},
): Promise<void> {
  const prefix = options.prefix ?? DEFAULT_INDEX_PREFIX;
  const existing = new Set((await client.getRawIndexes({ limit: 1000 })).results.map((index) => index.uid));
  for (const locale of LOCALES) {
    const uid = indexUid(locale, prefix);
    if (!existing.has(uid)) await waitForSuccess(client.createIndex(uid, { primaryKey: 'id' }), options);
    await applySettings(client, uid, locale, options);
  }
}
