import type { Dimension } from '@kunskapsnavet/needs';
import { needsLib } from '../needs/needs-lib';
import type { Source } from '../needs/overview/params';
import type { Pair } from './pairs';

export const CHANGE_GROUP_BY = ['all', 'municipality', 'effort'] as const;
export type ChangeGroupBy = (typeof CHANGE_GROUP_BY)[number];
/** A view's filters: one municipality (slug) and/or one effort (documentId). */
export interface ChangeFilters {
  municipality?: string;
  effort?: string;
}

/** Mean maturity before and after, and the mean change, over the pairs that answered the dimension both times. */
export interface DimensionChange {
  dimension: Dimension;
  /** Pairs with a score in this dimension both times. */
  n: number;
  before: number | null;
  after: number | null;
  change: number | null;
}
export interface ChangeGroup {
  key: string;
  n: number;
  dimensions: DimensionChange[];
}
export interface BeforeAfter {
  k: number;
  source: Source;
  groupBy: ChangeGroupBy;
  filters: ChangeFilters;
  /** True when the filtered pairs could single out fewer than k firms: then no figure at all. */
  suppressed: boolean;
  total: number | null;
  dimensions: DimensionChange[];
  groups: ChangeGroup[];
  hidden: number | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** One dimension's figures (pure; the test computes the same by hand). The change is rounded from the raw means. */
export function dimensionChange(pairs: Pair[], dimension: Dimension): DimensionChange {
  const both = pairs.flatMap((p) => {
    const before = p.before[dimension];
    const after = p.after[dimension];
    return typeof before === 'number' && typeof after === 'number' ? [{ before, after }] : [];
  });
  if (both.length === 0) return { dimension, n: 0, before: null, after: null, change: null };
  const before = mean(both.map((b) => b.before));
  const after = mean(both.map((b) => b.after));
  return { dimension, n: both.length, before: round1(before), after: round1(after), change: round1(after - before) };
}

export const changeFigures = (key: string, pairs: Pair[]): ChangeGroup => ({
  key,
  n: pairs.length,
  dimensions: needsLib.DIMENSIONS.map((d) => dimensionChange(pairs, d)),
});

export function matchesPair(pair: Pair, filters: ChangeFilters): boolean {
  if (filters.municipality && pair.municipality !== filters.municipality) return false;
  if (filters.effort && !pair.efforts.includes(filters.effort)) return false;
  return true;
}

/**
 * The keys a pair counts under. A firm may name several efforts (it counts in each) or none ('none': followed up
 * without an effort, the comparison group); a municipality outside the vocabulary is 'unknown'.
 */
export function pairKeys(pair: Pair, groupBy: ChangeGroupBy): string[] {
  if (groupBy === 'all') return ['all'];
  if (groupBy === 'municipality') return [pair.municipality ?? 'unknown'];
  return pair.efforts.length > 0 ? pair.efforts : ['none'];
}

export function groupPairs(pairs: Pair[], groupBy: ChangeGroupBy): Map<string, Pair[]> {
  const groups = new Map<string, Pair[]>();
  for (const pair of pairs) for (const key of pairKeys(pair, groupBy)) groups.set(key, [...(groups.get(key) ?? []), pair]);
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
