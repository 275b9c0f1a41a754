import type { AggregateInput, Dimension, GroupFigures } from '@kunskapsnavet/needs';
import { needsLib } from '../needs-lib';
import { groupQuery, matches, neighboursSafe, widerQueries } from './neighbours';
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
  /** Periods (the from/to filters and groupBy=period) are whole calendar quarters: months are widened to them. */
  periodUnit: 'quarter';
}

/**
 * Whether a filtered base is safe to describe. It must hold at least k responses, and, for every wider query
 * (filters left out, period widened by whole quarters: neighbours.ts), the responses it adds must be none or at
 * least k: otherwise the difference between two allowed queries (Arjeplog: 12; Arjeplog and food: 9; or Q1–Q2: 30,
 * Q1–Q3: 33) would reveal a group of fewer than k (3 firms in Arjeplog outside food; 3 responses in Q3).
 */
export function baseIsSafe(rows: AggregateInput[], filters: OverviewFilters, k: number): boolean {
  return rows.filter((r) => matches(r, filters)).length >= k && neighboursSafe(rows, filters, k);
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
 * Groups that a wider query could narrow down to 1 to k−1 responses. A group counts the same responses as a query
 * of its own (Umeå in a view by municipality is the view filtered to Umeå; a quarter is that period), and that
 * query is checked like any other (Umeå, food: 8; all of food: 11 → 3 food firms outside Umeå; Q2 of a view: 12,
 * the view for Q2–Q3: 15 → 3 responses in Q3). 'unknown' has no query of its own: it is compared with the same
 * group in the wider queries.
 */
export function differencingRisks(rows: AggregateInput[], filters: OverviewFilters, groupBy: OverviewParams['groupBy'], k: number): Set<string> {
  const risky = new Set<string>();
  const narrow = countsByGroup(rows.filter((r) => matches(r, filters)), groupBy);
  for (const key of narrow.keys()) {
    const own = groupQuery(filters, groupBy, key);
    if (own && !neighboursSafe(rows, own, k)) risky.add(key);
  }
  if (!narrow.has('unknown')) return risky;
  for (const wider of widerQueries(rows, filters)) {
    const removed = (countsByGroup(rows.filter((r) => matches(r, wider)), groupBy).get('unknown') ?? 0) - narrow.get('unknown')!;
    if (removed > 0 && removed < k) risky.add('unknown');
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
  const head = { k, source, groupBy, filters, periodUnit: 'quarter' as const };
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
