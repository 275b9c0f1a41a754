import type { AggregateInput, GroupBy } from '@kunskapsnavet/needs';
import { quarterEnd, quarterStart, type OverviewFilters } from './params';

/** A query's filters, or a group of one seen as the query it is (Umeå's group in a view by municipality). */
export type QueryFilters = { [F in keyof OverviewFilters]?: string };

/** Whether a response falls within a query's filters (periods are months, from and to included). */
export function matches(row: AggregateInput, filters: QueryFilters): boolean {
  const { context } = row;
  const month = row.submittedAt.slice(0, 7);
  if (filters.municipality && context.municipality !== filters.municipality) return false;
  if (filters.industry && context.industry !== filters.industry) return false;
  if (filters.size && context.size !== filters.size) return false;
  if (filters.from && month < filters.from) return false;
  if (filters.to && month > filters.to) return false;
  return true;
}

/** The choices for one period bound of a wider query: the bound itself, none, or any quarter further out. */
function widerBounds(bound: string | undefined, quarters: string[], outward: (q: string) => boolean): Array<string | undefined> {
  return bound ? [bound, undefined, ...quarters.filter(outward)] : [undefined];
}

/** Whether every wider query adds none or at least k responses to this one's. */
export function neighboursSafe(rows: AggregateInput[], filters: QueryFilters, k: number): boolean {
  const base = rows.filter((r) => matches(r, filters)).length;
  return widerQueries(rows, filters).every((wider) => {
    const added = rows.filter((r) => matches(r, wider)).length - base;
    return added === 0 || added >= k;
  });
}

/**
 * A group of a view as the query that counts the same responses: the view's filters plus the group's value (a
 * municipality, or the quarter as the period). Null for 'unknown' (no filter selects unanswered questions).
 */
export function groupQuery(filters: QueryFilters, groupBy: GroupBy, key: string): QueryFilters | null {
  if (groupBy === 'all' || key === 'unknown') return null;
  if (groupBy !== 'period') return { ...filters, [groupBy]: key };
  const [year, quarter] = key.split('-Q').map(Number);
  const from = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}`;
  return { ...filters, from, to: quarterEnd(from) };
}

/**
 * Every other query whose responses include all of this one's: any of its municipality, industry and size filters
 * left out, and its period widened to any earlier quarter (or no start) and any later quarter (or no end). Quarters
 * without responses are left out: their bounds count the same as a neighbouring one. Comparing a query with any of
 * these must never single out 1 to k−1 responses, which is what the overview checks; every pair of allowed queries
 * with one inside the other is such a pair, seen from the narrower one.
 */
export function widerQueries(rows: AggregateInput[], filters: QueryFilters): QueryFilters[] {
  const starts = [...new Set(rows.map((r) => quarterStart(r.submittedAt.slice(0, 7))))].sort();
  const froms = widerBounds(filters.from, starts, (q) => q < filters.from!);
  const tos = widerBounds(filters.to, starts.map(quarterEnd), (q) => q > filters.to!);
  const categories = (['municipality', 'industry', 'size'] as const).filter((c) => filters[c]);
  const wider: QueryFilters[] = [];
  for (let drop = 0; drop < 2 ** categories.length; drop += 1) {
    const kept = (c: 'municipality' | 'industry' | 'size') => categories.includes(c) && !((drop >> categories.indexOf(c)) & 1);
    for (const from of froms) {
      for (const to of tos) {
        if (drop === 0 && from === filters.from && to === filters.to) continue;
        wider.push({
          municipality: kept('municipality') ? filters.municipality : undefined,
          industry: kept('industry') ? filters.industry : undefined,
          size: kept('size') ? filters.size : undefined,
          from,
          to,
        });
      }
    }
  }
  return wider;
}
