import type { AggregateInput, Dimension, GroupFigures } from '@kunskapsnavet/needs';
import { needsLib } from '../needs-lib';
import type { OverviewFilters, OverviewParams, Source } from './params';

export interface Overview {
  k: number;
  source: Source;
  groupBy: OverviewParams['groupBy'];
  filters: OverviewFilters;
  /** True when the filtered responses could identify a small group: then no figure at all is returned. */
  suppressed: boolean;
  total: number | null;
  /** Figures of the whole filtered base, per dimension in DIMENSIONS order (empty when suppressed). */
  dimensions: Array<{ dimension: Dimension; needShare: number; meanScore: number | null }>;
  /** The groups shown (n ≥ k, after secondary suppression). */
  groups: GroupFigures[];
  /** How many groups were withheld (null when suppressed). */
  hidden: number | null;
}

type Filter = 'municipality' | 'industry' | 'size' | 'from' | 'to';

function matches(row: AggregateInput, filters: OverviewFilters, skip: ReadonlySet<Filter> = new Set()): boolean {
  const { context } = row;
  const month = row.submittedAt.slice(0, 7);
  const on = (filter: Filter) => Boolean(filters[filter]) && !skip.has(filter);
  if (on('municipality') && context.municipality !== filters.municipality) return false;
  if (on('industry') && context.industry !== filters.industry) return false;
  if (on('size') && context.size !== filters.size) return false;
  if (on('from') && month < filters.from!) return false;
  if (on('to') && month > filters.to!) return false;
  return true;
}

/** Every non-empty set of the query's filters: leaving any of them out gives a wider query someone could compare with. */
function widenings(filters: OverviewFilters): Array<Set<Filter>> {
  const active = (['municipality', 'industry', 'size', 'from', 'to'] as const).filter((f) => filters[f]);
  return Array.from({ length: 2 ** active.length - 1 }, (_, i) => new Set(active.filter((_f, bit) => ((i + 1) >> bit) & 1)));
}

/**
 * Whether a filtered base is safe to describe. It must hold at least k responses, and, for every way of leaving out
 * some of its filters, the responses those filters remove must be none or at least k: otherwise the difference
 * between two allowed queries (Arjeplog: 12; Arjeplog and food: 9) would reveal a group of fewer than k (3 firms in
 * Arjeplog outside food).
 */
export function baseIsSafe(rows: AggregateInput[], filters: OverviewFilters, k: number): boolean {
  const base = rows.filter((r) => matches(r, filters)).length;
  if (base < k) return false;
  return widenings(filters).every((skip) => {
    const removed = rows.filter((r) => matches(r, filters, skip)).length - base;
    return removed === 0 || removed >= k;
  });
}

function countsByGroup(rows: AggregateInput[], groupBy: OverviewParams['groupBy']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = needsLib.groupKey(row, groupBy);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Groups that the query's filters narrow by 1 to k−1 responses: next to the same query without some of its filters
 * (Umeå, food: 8; all of food: 11) they would reveal a group of fewer than k (3 food firms outside Umeå). They are
 * withheld.
 */
export function differencingRisks(rows: AggregateInput[], filters: OverviewFilters, groupBy: OverviewParams['groupBy'], k: number): Set<string> {
  const risky = new Set<string>();
  const narrow = countsByGroup(rows.filter((r) => matches(r, filters)), groupBy);
  for (const skip of widenings(filters)) {
    const wide = countsByGroup(rows.filter((r) => matches(r, filters, skip)), groupBy);
    for (const [key, n] of narrow) {
      const removed = (wide.get(key) ?? 0) - n;
      if (removed > 0 && removed < k) risky.add(key);
    }
  }
  return risky;
}

/**
 * The k-anonymous overview of one source's responses (pure): nothing but `suppressed: true` unless the filtered
 * base is safe; its groups go through anonymize(), which withholds groups below k and enough others that none can
 * be worked out from the total, and groups at risk of differencing are withheld with them.
 */
export function buildOverview(rows: AggregateInput[], params: OverviewParams, k: number = needsLib.K_ANONYMITY): Overview {
  const { source, groupBy, ...filters } = params;
  const head = { k, source, groupBy, filters };
  if (!baseIsSafe(rows, filters, k)) return { ...head, suppressed: true, total: null, dimensions: [], groups: [], hidden: null };
  const base = rows.filter((r) => matches(r, filters));
  const [all] = needsLib.aggregate(base, 'all');
  const risky = differencingRisks(rows, filters, groupBy, k);
  // A risky group enters anonymize() counted as at most k−1: it is withheld, and the secondary suppression that
  // follows sees an understated withheld sum, so it withholds at least as much as it would for the true count.
  const groups = needsLib.aggregate(base, groupBy).map((g) => (risky.has(g.key) ? { ...g, n: Math.min(g.n, k - 1) } : g));
  const { shown, hidden } = needsLib.anonymize(groups, k);
  return {
    ...head,
    suppressed: false,
    total: base.length,
    dimensions: needsLib.DIMENSIONS.map((dimension) => ({ dimension, needShare: all.needShare[dimension], meanScore: all.meanScore[dimension] })),
    groups: shown,
    hidden,
  };
}
