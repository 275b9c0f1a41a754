import { needsLib } from '../needs/needs-lib';
import type { Source } from '../needs/overview/params';
import { changeFigures, groupPairs, matchesPair, type BeforeAfter, type ChangeFilters, type ChangeGroupBy } from './before-after';
import type { Pair } from './pairs';

const FILTER_KEYS = ['municipality', 'effort'] as const;

/** Every query whose pairs include all of this one's: any of its filters left out (the overview's rule, pairs' filters). */
export function widerChangeQueries(filters: ChangeFilters): ChangeFilters[] {
  const set = FILTER_KEYS.filter((f) => filters[f]);
  const wider: ChangeFilters[] = [];
  for (let drop = 1; drop < 2 ** set.length; drop += 1) {
    wider.push(Object.fromEntries(set.filter((_, i) => !((drop >> i) & 1)).map((f) => [f, filters[f]])));
  }
  return wider;
}

const countOf = (pairs: Pair[], filters: ChangeFilters) => pairs.filter((p) => matchesPair(p, filters)).length;

/** Whether every wider query adds none or at least k pairs: else two allowed views would single out fewer than k firms. */
export function changeNeighboursSafe(pairs: Pair[], filters: ChangeFilters, k: number): boolean {
  const base = countOf(pairs, filters);
  return widerChangeQueries(filters).every((wider) => {
    const added = countOf(pairs, wider) - base;
    return added === 0 || added >= k;
  });
}

const groupCounts = (pairs: Pair[], filters: ChangeFilters, groupBy: ChangeGroupBy) =>
  new Map([...groupPairs(pairs.filter((p) => matchesPair(p, filters)), groupBy)].map(([key, list]) => [key, list.length]));

/**
 * Groups a wider view could narrow down to 1 to k−1 pairs: a named group is checked as the query it is (Umeå within
 * an effort = the view filtered to Umeå), and every group is compared with the same group in the wider views.
 */
export function changeRisks(pairs: Pair[], filters: ChangeFilters, groupBy: ChangeGroupBy, k: number): Set<string> {
  const risky = new Set<string>();
  const narrow = groupCounts(pairs, filters, groupBy);
  for (const key of narrow.keys()) {
    const named = groupBy !== 'all' && key !== 'unknown' && key !== 'none';
    if (named && !changeNeighboursSafe(pairs, { ...filters, [groupBy]: key }, k)) risky.add(key);
  }
  for (const wider of widerChangeQueries(filters)) {
    const counts = groupCounts(pairs, wider, groupBy);
    for (const [key, n] of narrow) {
      const removed = (counts.get(key) ?? 0) - n;
      if (removed > 0 && removed < k) risky.add(key);
    }
  }
  return risky;
}

const NO_SHARES = Object.fromEntries(needsLib.DIMENSIONS.map((d) => [d, 0])) as Record<(typeof needsLib.DIMENSIONS)[number], number>;
const NO_MEANS = Object.fromEntries(needsLib.DIMENSIONS.map((d) => [d, null])) as Record<(typeof needsLib.DIMENSIONS)[number], null>;

/**
 * The k-anonymous before/after view (pure), with the overview's rules: nothing but `suppressed: true` unless the
 * filtered pairs are at least k and no wider view differs from them by 1 to k−1; groups below k, groups at risk of
 * differencing and enough others (the library's anonymize: secondary suppression) are withheld.
 */
export function buildBeforeAfter(pairs: Pair[], source: Source, groupBy: ChangeGroupBy, filters: ChangeFilters, k: number = needsLib.K_ANONYMITY): BeforeAfter {
  const head = { k, source, groupBy, filters };
  const base = pairs.filter((p) => matchesPair(p, filters));
  if (base.length < k || !changeNeighboursSafe(pairs, filters, k)) return { ...head, suppressed: true, total: null, dimensions: [], groups: [], hidden: null };
  const risky = changeRisks(pairs, filters, groupBy, k);
  const groups = [...groupPairs(base, groupBy)].map(([key, list]) => changeFigures(key, list));
  // anonymize() is the one suppression rule; it reads only key and n, so the groups enter it as counts.
  const counted = groups.map((g) => ({ key: g.key, n: risky.has(g.key) ? Math.min(g.n, k - 1) : g.n, needShare: NO_SHARES, meanScore: NO_MEANS }));
  const { shown, hidden } = needsLib.anonymize(counted, k);
  const shownKeys = new Set(shown.map((g) => g.key));
  return { ...head, suppressed: false, total: base.length, dimensions: changeFigures('all', base).dimensions, groups: groups.filter((g) => shownKeys.has(g.key)), hidden };
}
