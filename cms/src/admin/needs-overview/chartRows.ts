import type { Overview } from './schema';
import type { Dimension } from './vocabulary';

export interface ChartRow {
  label: string;
  /** Share 0–1 of the responses with the need. */
  value: number;
}

interface Labels {
  group: (key: string) => string;
  dimension: (d: Dimension) => string;
}

/**
 * The bars of one view. For all responses a bar per dimension; grouped, a bar per group for the one dimension
 * chosen, so each chart is a single series that its axis and value labels explain without colour.
 */
export function chartRows(overview: Overview, dimension: Dimension, label: Labels): ChartRow[] {
  if (overview.groupBy === 'all') return overview.dimensions.map((d) => ({ label: label.dimension(d.dimension), value: d.needShare }));
  return overview.groups.map((g) => ({ label: label.group(g.key), value: g.needShare[dimension] ?? 0 }));
}

/** The need most common in the whole selection: the grouped chart's default dimension. */
export function commonestNeed(overview: Overview): Dimension | undefined {
  return [...overview.dimensions].sort((a, b) => b.needShare - a.needShare)[0]?.dimension;
}
