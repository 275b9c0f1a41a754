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

type Filter = 'municipality' | 'industry' | 'size' | 'period';

function matches(row: AggregateInput, filters: OverviewFilters, skip?: Filter): boolean {
  const { context } = row;
  if (skip !== 'municipality' && filters.municipality && context.municipality !== filters.municipality) return false;
  if (skip !== 'industry' && filters.industry && context.industry !== filters.industry) return false;
  if (skip !== 'size' && filters.size && context.size !== filters.size) return false;
  if (skip !== 'period') {
    const month = row.submittedAt.slice(0, 7);
    if (filters.from && month < filters.from) return false;
    if (filters.to && month > filters.to) return false;
  }
  return true;
}

const activeFilters = (f: OverviewFilters): Filter[] =>
  [f.municipality && 'municipality', f.industry && 'industry', f.size && 'size', (f.from || f.to) && 'period'].filter((x): x is Filter => Boolean(x));

/**
 * Whether a filtered base is safe to describe. It must hold at least k responses, and, for each filter, the
 * responses the filter removes must be none or at least k: otherwise the difference between two allowed queries
 * (Arjeplog: 12; Arjeplog and food: 9) would reveal a group of fewer than k (3 firms in Arjeplog outside food).
 */
export function baseIsSafe(rows: AggregateInput[], filters: OverviewFilters, k: number): boolean {
  const base = rows.filter((r) => matches(r, filters)).length;
  if (base < k) return false;
  return activeFilters(filters).every((filter) => {
    const removed = rows.filter((r) => matches(r, filters, filter)).length - base;
    return removed === 0 || removed >= k;
  });
}

/**
 * The k-anonymous overview of one source's responses (pure): nothing but `suppressed: true` unless the filtered
 * base is safe; its groups go through anonymize(), which withholds groups below k and enough others that none can
 * be worked out from the total.
 */
export function buildOverview(rows: AggregateInput[], params: OverviewParams, k: number = needsLib.K_ANONYMITY): Overview {
  const { source, groupBy, ...filters } = params;
  const head = { k, source, groupBy, filters };
  if (!baseIsSafe(rows, filters, k)) return { ...head, suppressed: true, total: null, dimensions: [], groups: [], hidden: null };
  const base = rows.filter((r) => matches(r, filters));
  const [all] = needsLib.aggregate(base, 'all');
  const { shown, hidden } = needsLib.anonymize(needsLib.aggregate(base, groupBy), k);
  return {
    ...head,
    suppressed: false,
    total: base.length,
    dimensions: needsLib.DIMENSIONS.map((dimension) => ({ dimension, needShare: all.needShare[dimension], meanScore: all.meanScore[dimension] })),
    groups: shown,
    hidden,
  };
}
