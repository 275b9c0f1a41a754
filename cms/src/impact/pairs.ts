import type { Core } from '@strapi/strapi';
import type { Dimension } from '@kunskapsnavet/needs';
import { NEEDS_TYPES } from '../lib/content-types';
import { needsLib } from '../needs/needs-lib';
import type { Source } from '../needs/overview/params';

export type Scores = Partial<Record<Dimension, number | null>>;

/** A stored needs-response as the pairing reads it: no answers, and the pair key never leaves this module. */
export interface PairRow {
  wave: string | null;
  pairKey: string | null;
  municipality: string | null;
  industry: string | null;
  scores: unknown;
  submittedAt: string | Date;
  efforts?: Array<{ documentId: string }> | null;
}

/** One firm before and after: the first answer's context, the follow-up's efforts, both answers' scores. */
export interface Pair {
  municipality: string | null;
  industry: string | null;
  /** documentIds of the efforts the owner said (on the follow-up) they took part in. */
  efforts: string[];
  before: Scores;
  after: Scores;
  /** ISO date-time of the follow-up. */
  followUpAt: string;
}

const scoresOf = (value: unknown): Scores => {
  const byKey = new Map<string, unknown>(typeof value === 'object' && value !== null ? Object.entries(value) : []);
  return Object.fromEntries(needsLib.DIMENSIONS.map((d) => [d, typeof byKey.get(d) === 'number' ? byKey.get(d) : null]));
};
const iso = (value: string | Date) => new Date(value).toISOString();
const earliest = (rows: PairRow[]) => [...rows].sort((a, b) => iso(a.submittedAt).localeCompare(iso(b.submittedAt)))[0];

/**
 * Pairs first answers with their follow-ups by pair key (pure). A key needs one answer of each wave; should a key
 * carry more (a retried submission), the earliest of each wave counts, so a firm is one pair. Unpaired answers
 * and answers without a key are left out.
 */
export function pairUp(rows: PairRow[]): Pair[] {
  const byKey = new Map<string, PairRow[]>();
  for (const row of rows) if (row.pairKey) byKey.set(row.pairKey, [...(byKey.get(row.pairKey) ?? []), row]);
  const pairs: Pair[] = [];
  for (const group of byKey.values()) {
    const first = earliest(group.filter((r) => r.wave === 'first'));
    const followUp = earliest(group.filter((r) => r.wave === 'follow_up'));
    if (!first || !followUp) continue;
    pairs.push({
      municipality: needsLib.isContextValue('municipality', first.municipality) ? first.municipality : null,
      industry: needsLib.isContextValue('industry', first.industry) ? first.industry : null,
      efforts: [...new Set((followUp.efforts ?? []).map((e) => e.documentId))].sort(),
      before: scoresOf(first.scores),
      after: scoresOf(followUp.scores),
      followUpAt: iso(followUp.submittedAt),
    });
  }
  return pairs.sort((a, b) => a.followUpAt.localeCompare(b.followUpAt));
}

/** Every paired answer of one source (real and synthetic are never mixed), reduced to what the figures use. */
export async function loadPairs(strapi: Core.Strapi, source: Source): Promise<Pair[]> {
  const rows: PairRow[] = await strapi.db.query(NEEDS_TYPES.response).findMany({
    where: { synthetic: source === 'synthetic', pairKey: { $notNull: true } },
    select: ['wave', 'pairKey', 'municipality', 'industry', 'scores', 'submittedAt'],
    populate: { efforts: { select: ['documentId'] } },
  });
  return pairUp(rows);
}
