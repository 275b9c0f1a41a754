import { DIMENSIONS, K_ANONYMITY, type AnonymizedGroups, type Dimension, type GroupFigures, type ResponseContext } from './types.ts';

export const GROUP_BY = ['all', 'municipality', 'industry', 'size', 'period'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** What the statistics keep of one stored response: no answers, no person. */
export interface AggregateInput {
  context: ResponseContext;
  scores: Partial<Record<Dimension, number | null>>;
  /** The response's top needs. */
  needs: Dimension[];
  /** ISO date-time. */
  submittedAt: string;
}

/**
 * The calendar quarter of an ISO date, "2026-Q2". The overview's periods are whole quarters: finer periods would let
 * two views one month apart single out the few responses of that month.
 */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.ceil(Number(iso.slice(5, 7)) / 3)}`;
}

/** Key of the group a response falls in (periods by quarter); an unanswered context question groups as 'unknown'. */
export function groupKey(response: AggregateInput, groupBy: GroupBy): string {
  if (groupBy === 'all') return 'all';
  if (groupBy === 'period') return quarterOf(response.submittedAt);
  return response.context[groupBy] ?? 'unknown';
}

const perDimension = <T>(value: (d: Dimension) => T) => Object.fromEntries(DIMENSIONS.map((d) => [d, value(d)])) as Record<Dimension, T>;
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function figures(key: string, rows: AggregateInput[]): GroupFigures {
  return {
    key,
    n: rows.length,
    needShare: perDimension((d) => round(rows.filter((r) => r.needs.includes(d)).length / rows.length, 3)),
    meanScore: perDimension((d) => {
      const scores = rows.map((r) => r.scores[d]).filter((s): s is number => typeof s === 'number');
      return scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length, 1) : null;
    }),
  };
}

/** Figures per group, groups in key order. Raw: pass them through anonymize() before anyone sees them. */
export function aggregate(responses: AggregateInput[], groupBy: GroupBy): GroupFigures[] {
  const groups = new Map<string, AggregateInput[]>();
  for (const response of responses) {
    const key = groupKey(response, groupBy);
    groups.set(key, [...(groups.get(key) ?? []), response]);
  }
  return [...groups.keys()].sort().map((key) => figures(key, groups.get(key)!));
}

/**
 * k-anonymity for a table of groups: a group of fewer than k responses is withheld. Because the overview also
 * shows the total, a single withheld group (or several that together have fewer than k) could be worked out by
 * subtraction, so the smallest shown groups are withheld too until the withheld ones are at least two and hold
 * at least k responses between them (secondary suppression).
 */
export function anonymize(groups: GroupFigures[], k = K_ANONYMITY): AnonymizedGroups {
  const shown = groups.filter((g) => g.n >= k).sort((a, b) => a.n - b.n || (a.key < b.key ? -1 : 1));
  const hidden = groups.filter((g) => g.n < k);
  const hiddenSum = () => hidden.reduce((sum, g) => sum + g.n, 0);
  while (hidden.length > 0 && (hidden.length < 2 || hiddenSum() < k) && shown.length > 0) hidden.push(shown.shift()!);
  const order = new Map(groups.map((g, i) => [g.key, i]));
  return { k, shown: shown.sort((a, b) => order.get(a.key)! - order.get(b.key)!), hidden: hidden.length };
}
