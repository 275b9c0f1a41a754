import type { Overview } from './schema';
import type { Dimension } from './vocabulary';

export interface ChartRow {
  label: string;
  /** Share 0–1 of the group's responses with the need. */
  value: number;
}

/**
 * The bars of one view. With one group (groupBy=all) a bar per dimension; with several a bar per group for the one
 * dimension chosen, so each chart is a single series that its axis and value labels explain without colour.
 */
export function chartRows(overview: Overview, dimension: Dimension, label: { group: (key: string) => string; dimension: (d: Dimension) => string }): ChartRow[] {
  if (overview.groupBy === 'all') {
    const group = overview.groups[0];
    if (!group) return [];
    return overview.dimensions.map((d) => ({ label: label.dimension(d), value: group.needShare[d] ?? 0 }));
  }
  return overview.groups.map((g) => ({ label: label.group(g.key), value: g.needShare[dimension] ?? 0 }));
}

/** The dimension whose need is most common over all shown groups (weighted by group size): the chart's default. */
export function commonestNeed(overview: Overview): Dimension | undefined {
  const weight = (d: Dimension) => overview.groups.reduce((sum, g) => sum + (g.needShare[d] ?? 0) * g.n, 0);
  return [...overview.dimensions].sort((a, b) => weight(b) - weight(a))[0];
}
