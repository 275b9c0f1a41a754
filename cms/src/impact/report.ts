import type { Core } from '@strapi/strapi';
import { needsLib } from '../needs/needs-lib';
import { minutesPerAttendant, occasionCounts, type StatusCounts } from './attendance';
import type { BeforeAfter } from './before-after';
import { buildBeforeAfter } from './change-view';
import type { EffortFacts } from './effort';
import { loadPairs } from './pairs';
import type { ReportParams } from './params';

export interface OccasionLine extends StatusCounts {
  documentId: string;
  title: string;
  startsAt: string;
  occasionStatus: string;
  /** confirmed + attended: sign-ups holding a seat. */
  signups: number;
  minutesPerAttendant: number;
  minutesBasis: 'module' | 'occasion';
  /** attended × minutesPerAttendant / 60, one decimal. */
  hours: number;
}
export interface Reach {
  /** Distinct values reached (null when withheld). */
  count: number | null;
  shown: Array<{ key: string; n: number }>;
  hidden: number | null;
}
export interface ImpactReport {
  k: number;
  effort: Omit<EffortFacts, 'occasions' | 'partners'>;
  period: { from: string | null; to: string | null };
  occasions: OccasionLine[];
  totals: StatusCounts & { occasions: number; signups: number; hours: number };
  reach: { municipalities: Reach; industries: Reach };
  beforeAfter: BeforeAfter;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Counts per key through the overview's suppression (anonymize): groups under k and enough others withheld. */
function reachOf(counts: Map<string, number>, k: number, show: boolean): Reach {
  if (!show) return { count: null, shown: [], hidden: null };
  const stub = Object.fromEntries(needsLib.DIMENSIONS.map((d) => [d, 0])) as Record<(typeof needsLib.DIMENSIONS)[number], number>;
  const groups = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => ({ key, n, needShare: stub, meanScore: stub }));
  const { shown, hidden } = needsLib.anonymize(groups, k);
  return { count: counts.size, shown: shown.map(({ key, n }) => ({ key, n })), hidden };
}

const inPeriod = (iso: string, period: ReportParams) => (!period.from || iso.slice(0, 10) >= period.from) && (!period.to || iso.slice(0, 10) <= period.to);

/**
 * An effort's impact for one period (its occasions starting within it): sign-ups and attendance (sign-ups + tallies),
 * hours of learning (attended × module or occasion minutes), municipalities reached (sign-ups), and, for the whole
 * effort, industries reached and maturity before/after from the paired needs-responses naming it (k-anonymous;
 * not cut by period, so two periods' reports cannot be subtracted to single out a firm).
 */
export async function buildImpactReport(strapi: Core.Strapi, effort: EffortFacts, params: ReportParams): Promise<ImpactReport> {
  const k = needsLib.K_ANONYMITY;
  const occasions = effort.occasions.filter((o) => inPeriod(o.startsAt, params));
  const counts = await occasionCounts(strapi, occasions);
  const lines: OccasionLine[] = occasions.map((o) => {
    const c = counts.get(o.documentId)!.counts;
    const { minutes, basis } = minutesPerAttendant(o);
    return { documentId: o.documentId, title: o.title, startsAt: o.startsAt, occasionStatus: o.occasionStatus, ...c, signups: c.confirmed + c.attended, minutesPerAttendant: minutes, minutesBasis: basis, hours: round1((c.attended * minutes) / 60) };
  });
  const sum = (pick: (l: OccasionLine) => number) => lines.reduce((total, l) => total + pick(l), 0);
  const municipalities = new Map<string, number>();
  for (const c of counts.values()) for (const [slug, n] of c.municipalities) municipalities.set(slug, (municipalities.get(slug) ?? 0) + n);
  const allPairs = await loadPairs(strapi, params.source);
  const pairs = allPairs.filter((p) => p.efforts.includes(effort.documentId));
  const beforeAfter = buildBeforeAfter(allPairs, params.source, 'all', { effort: effort.documentId }, k);
  const industries = new Map<string, number>();
  for (const p of pairs) industries.set(p.industry ?? 'unknown', (industries.get(p.industry ?? 'unknown') ?? 0) + 1);
  const { occasions: _o, partners: _p, ...facts } = effort;
  return {
    k,
    effort: facts,
    period: { from: params.from ?? null, to: params.to ?? null },
    occasions: lines,
    totals: {
      occasions: lines.length,
      signups: sum((l) => l.signups),
      confirmed: sum((l) => l.confirmed),
      attended: sum((l) => l.attended),
      waitlisted: sum((l) => l.waitlisted),
      cancelled: sum((l) => l.cancelled),
      hours: round1(sum((l) => l.hours)),
    },
    reach: { municipalities: reachOf(municipalities, k, true), industries: reachOf(industries, k, !beforeAfter.suppressed) },
    beforeAfter,
  };
}
