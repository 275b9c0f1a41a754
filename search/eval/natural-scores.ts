import type { Locale } from '../src/vocabulary.ts';
import { queryKey, TOP_K, type Ranked } from './measure.ts';
import type { NaturalCase } from './natural-set.ts';

export interface NaturalResult extends NaturalCase {
  /** 1-based rank of the best-placed judged item in the top TOP_K, null when none is there. */
  rank: number | null;
  top3: string[];
}

export interface NaturalScores {
  queries: number;
  top1: number;
  top3: number;
  mrr: number;
}

export type NaturalPart = 'tuning' | 'heldOut' | 'all';
export type NaturalReport = Record<Locale, Record<NaturalPart, NaturalScores>>;

export function naturalResults(cases: readonly NaturalCase[], ranked: Map<string, Ranked>): NaturalResult[] {
  return cases.map((c) => {
    const found = ranked.get(queryKey(c.locale, c.q));
    const ranks = (found?.keys.slice(0, TOP_K) ?? []).flatMap((key, i) => (c.expect.includes(key) ? [i + 1] : []));
    return { ...c, rank: ranks[0] ?? null, top3: found?.titles.slice(0, 3) ?? [] };
  });
}

/** Top-1 and top-3 hit rates and MRR@TOP_K. */
export function naturalScores(results: readonly NaturalResult[]): NaturalScores {
  const n = results.length;
  const share = (keep: (r: NaturalResult) => boolean) => (n ? results.filter(keep).length / n : 0);
  return {
    queries: n,
    top1: share((r) => r.rank === 1),
    top3: share((r) => r.rank !== null && r.rank <= 3),
    mrr: n ? results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n : 0,
  };
}

export function naturalReport(results: readonly NaturalResult[]): NaturalReport {
  const of = (locale: Locale) => {
    const own = results.filter((r) => r.locale === locale);
    return {
      tuning: naturalScores(own.filter((r) => !r.heldOut)),
      heldOut: naturalScores(own.filter((r) => r.heldOut)),
      all: naturalScores(own),
    };
  };
  return { sv: of('sv'), en: of('en') };
}
