import type { Meilisearch } from 'meilisearch';
import { parseSearchInput, search } from '../src/query.ts';
import type { Locale } from '../src/vocabulary.ts';
import type { SeedItem } from './seed-corpus.ts';
import { VARIANTS, type Variant } from './variants.ts';

/** Cut-off of the metrics: the first page of results. */
export const TOP_K = 10;

export type VariantName = Variant['name'];
export type PerVariant<T> = Record<VariantName, T>;

export interface Ranked {
  /** Seed keys of the top TOP_K own-language hits, in order. */
  keys: string[];
  titles: string[];
}

export interface QueryRuns {
  ranked: PerVariant<Map<string, Ranked>>;
  /** search() round trips, in ms. */
  roundTrips: PerVariant<number[]>;
  /** Meilisearch's own processingTimeMs. */
  engine: PerVariant<number[]>;
}

export const queryKey = (locale: Locale, q: string) => `${locale}:${q}`;

/** Maps a hit's url back to its seed key (the last path segment is the slug of that locale). */
export function keyResolver(items: readonly SeedItem[]): (locale: Locale, url: string) => string {
  const bySlug = new Map(items.flatMap((item) => [[queryKey('sv', item.slugs.sv), item.key], [queryKey('en', item.slugs.en), item.key]] as const));
  return (locale, url) => bySlug.get(queryKey(locale, url.split('/').at(-1) ?? '')) ?? url;
}

/**
 * Runs every query `runs` times against both variants through the library's own search(), the way
 * the site asks (own language only), alternating which variant goes first.
 */
export async function runQueries(client: Meilisearch, queries: readonly (readonly [Locale, string])[], items: readonly SeedItem[], runs: number): Promise<QueryRuns> {
  const keyOf = keyResolver(items);
  const out: QueryRuns = {
    ranked: { baseline: new Map(), morphology: new Map() },
    roundTrips: { baseline: [], morphology: [] },
    engine: { baseline: [], morphology: [] },
  };
  for (let run = 0; run < runs; run++) {
    for (const variant of run % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
      for (const [locale, q] of queries) {
        const started = performance.now();
        const result = await search(client, parseSearchInput({ q, locale, hitsPerPage: TOP_K, crossLanguage: false }), { prefix: variant.prefix, morphology: variant.morphology });
        out.roundTrips[variant.name].push(performance.now() - started);
        out.engine[variant.name].push(result.processingTimeMs);
        out.ranked[variant.name].set(queryKey(locale, q), { keys: result.hits.map((hit) => keyOf(locale, hit.url)), titles: result.hits.map((hit) => hit.title) });
      }
    }
  }
  return out;
}

export interface Scores {
  queries: number;
  recall: number;
  mrr: number;
}

/** Recall@TOP_K and MRR@TOP_K of 1-based ranks (null: not in the top TOP_K). */
export function scores(ranks: readonly (number | null)[]): Scores {
  const found = ranks.filter((rank): rank is number => rank !== null);
  return {
    queries: ranks.length,
    recall: ranks.length ? found.length / ranks.length : 0,
    mrr: ranks.length ? found.reduce((sum, rank) => sum + 1 / rank, 0) / ranks.length : 0,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
