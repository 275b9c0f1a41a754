import type { Meilisearch } from 'meilisearch';
import type { SearchDocument } from '../src/document.ts';
import { indexUid } from '../src/indexes.ts';
import { morphologyTerms } from '../src/morphology/index.ts';
import { LOCALES, type Locale } from '../src/vocabulary.ts';
import { median, type PerVariant } from './measure.ts';
import { toDocuments, type SeedItem } from './seed-corpus.ts';
import { buildIndex, VARIANTS } from './variants.ts';

/**
 * The timing corpus is the demo content this many times over (ids suffixed), so that the work per
 * document, which morphology adds to, outweighs the fixed cost of a Meilisearch task.
 */
export const COPIES = 4;
/** Builds per variant, alternating which goes first. Noise on a shared machine only ever adds time, so the minimum is reported. */
const ROUNDS = 5;

export interface Timing {
  /** Meilisearch's duration of the document tasks of both locales (minimum and median of ROUNDS). */
  indexingMs: PerVariant<{ min: number; median: number }>;
  /** toSearchDocument for the timing corpus with warm caches; the baseline is that less morphologyTerms(). */
  mappingMs: PerVariant<number>;
  /** The first toSearchDocument calls of a process (dictionary and stemmers load, every word split once). */
  firstMappingMs: number;
  /** (mapping + minimum indexing) with morphology / without: the indexing-time target. */
  ratio: number;
}

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

const copies = (docs: readonly SearchDocument[]) => docs.flatMap((doc) => Array.from({ length: COPIES }, (_, i) => ({ ...doc, id: `${doc.id}-copy${i}` })));
const searchableText = (d: SearchDocument) => [d.title, d.summary, ...d.topics, ...d.stepTitles, d.body].join('\n');

/** Maps the seed content (the first call is timed: it is the one that loads the dictionary). */
export function mapSeed(items: readonly SeedItem[]): { docs: Record<Locale, SearchDocument[]>; firstMappingMs: number } {
  const [docs, firstMappingMs] = timed(() => ({ sv: toDocuments(items, 'sv'), en: toDocuments(items, 'en') }));
  return { docs, firstMappingMs };
}

function mappingTimes(items: readonly SeedItem[], docs: Record<Locale, SearchDocument[]>): PerVariant<number> {
  const mapCorpus = () => Array.from({ length: COPIES }, () => LOCALES.map((locale) => toDocuments(items, locale)));
  const morphologyOnly = () => Array.from({ length: COPIES }, () => LOCALES.map((l) => docs[l].map((d) => morphologyTerms(searchableText(d), l))));
  const full = median(Array.from({ length: ROUNDS }, () => timed(mapCorpus)[1]));
  const morphology = median(Array.from({ length: ROUNDS }, () => timed(morphologyOnly)[1]));
  return { baseline: full - morphology, morphology: full };
}

async function indexingTimes(client: Meilisearch, docs: Record<Locale, SearchDocument[]>): Promise<Timing['indexingMs']> {
  const rounds: PerVariant<number[]> = { baseline: [], morphology: [] };
  const corpus = { sv: copies(docs.sv), en: copies(docs.en) };
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
      const timing = { ...variant, prefix: `${variant.prefix}_timing` };
      let total = 0;
      for (const locale of LOCALES) total += await buildIndex(client, timing, locale, corpus[locale]);
      rounds[variant.name].push(total);
      await Promise.all(LOCALES.map((locale) => client.deleteIndex(indexUid(locale, timing.prefix)).waitTask()));
    }
  }
  const summary = (values: number[]) => ({ min: Math.min(...values), median: median(values) });
  return { baseline: summary(rounds.baseline), morphology: summary(rounds.morphology) };
}

/** Costs of morphology at indexing time, measured on the timing corpus. */
export async function measureIndexing(client: Meilisearch, items: readonly SeedItem[], docs: Record<Locale, SearchDocument[]>, firstMappingMs: number): Promise<Timing> {
  const mappingMs = mappingTimes(items, docs);
  const indexingMs = await indexingTimes(client, docs);
  const total = (name: 'baseline' | 'morphology') => mappingMs[name] + indexingMs[name].min;
  return { indexingMs, mappingMs, firstMappingMs, ratio: total('morphology') / total('baseline') };
}

/** The timing of a --quick run: nothing measured (NaN prints as such), the indexing target not checked. */
export function skippedTiming(firstMappingMs: number): Timing {
  const none = { min: Number.NaN, median: Number.NaN };
  return { indexingMs: { baseline: none, morphology: none }, mappingMs: { baseline: Number.NaN, morphology: Number.NaN }, firstMappingMs, ratio: 1 };
}
