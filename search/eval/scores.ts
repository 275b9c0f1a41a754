import type { Locale } from '../src/vocabulary.ts';
import { queryKey, scores, TOP_K, type PerVariant, type Ranked, type Scores, type VariantName } from './measure.ts';
import { KINDS, type Kind, type RelevanceCase } from './relevance-set.ts';

export interface CaseResult extends RelevanceCase {
  /** 1-based rank of the expected item per variant, null when not in the top TOP_K. */
  rank: PerVariant<number | null>;
}

export function caseResults(cases: readonly RelevanceCase[], ranked: PerVariant<Map<string, Ranked>>): CaseResult[] {
  const rankIn = (name: VariantName, c: RelevanceCase) => {
    const index = ranked[name].get(queryKey(c.locale, c.q))?.keys.slice(0, TOP_K).indexOf(c.expect) ?? -1;
    return index === -1 ? null : index + 1;
  };
  return cases.map((c) => ({ ...c, rank: { baseline: rankIn('baseline', c), morphology: rankIn('morphology', c) } }));
}

function scoresOf(results: readonly CaseResult[], name: VariantName, keep: (c: CaseResult) => boolean): Scores {
  return scores(results.filter(keep).map((c) => c.rank[name]));
}

export function perLocale(results: readonly CaseResult[], name: VariantName): Record<Locale, Scores> {
  return { sv: scoresOf(results, name, (c) => c.locale === 'sv'), en: scoresOf(results, name, (c) => c.locale === 'en') };
}

export type KindScores = Partial<Record<Kind, Scores>>;

export function perKind(results: readonly CaseResult[], name: VariantName): Record<Locale, KindScores> {
  const of = (locale: Locale): KindScores => {
    const byKind: KindScores = {};
    for (const kind of KINDS) {
      const found = scoresOf(results, name, (c) => c.locale === locale && c.kind === kind);
      if (found.queries > 0) byKind[kind] = found;
    }
    return byKind;
  };
  return { sv: of('sv'), en: of('en') };
}

/** True when no query that found its item in the baseline's top TOP_K lost it with morphology. */
export function noLostHit(results: readonly CaseResult[]): boolean {
  return results.every((c) => c.rank.baseline === null || c.rank.morphology !== null);
}
