import type { Core } from '@strapi/strapi';
import type { AggregateInput, Dimension } from '@kunskapsnavet/needs';
import { NEEDS_TYPES } from '../../lib/content-types';
import { needsLib } from '../needs-lib';
import type { Source } from './params';

interface Row {
  industry: string | null;
  size: string | null;
  municipality: string | null;
  goal: string | null;
  scores: unknown;
  needs: unknown;
  submittedAt: string | Date;
}

const isDimension = (d: unknown): d is Dimension => (needsLib.DIMENSIONS as readonly unknown[]).includes(d);
const contextValue = <F extends 'industry' | 'size' | 'goal'>(field: F, value: string | null) =>
  (needsLib.isContextValue(field, value) ? value : null) as AggregateInput['context'][F];

/** A stored row as the library's aggregate input; values outside the vocabulary count as unanswered. */
export function toInput(row: Row): AggregateInput {
  const scores = typeof row.scores === 'object' && row.scores !== null ? (row.scores as Record<string, unknown>) : {};
  return {
    context: {
      industry: contextValue('industry', row.industry),
      size: contextValue('size', row.size),
      municipality: needsLib.isContextValue('municipality', row.municipality) ? row.municipality : null,
      goal: contextValue('goal', row.goal),
    },
    scores: Object.fromEntries(needsLib.DIMENSIONS.map((d) => [d, typeof scores[d] === 'number' ? scores[d] : null])),
    needs: Array.isArray(row.needs) ? row.needs.filter(isDimension) : [],
    submittedAt: new Date(row.submittedAt).toISOString(),
  };
}

/**
 * Every first answer of one source (real and synthetic are never mixed), reduced to what the statistics use. A
 * follow-up (wave follow_up, issue 13) is left out: counted too, one firm would be two of the k responses a group
 * needs. Filtering happens in memory (overview/figures.ts) because k-anonymity also needs the counts without each filter.
 */
export async function loadResponses(strapi: Core.Strapi, source: Source): Promise<AggregateInput[]> {
  const rows: Row[] = await strapi.db.query(NEEDS_TYPES.response).findMany({
    where: { synthetic: source === 'synthetic', $or: [{ wave: { $null: true } }, { wave: { $ne: 'follow_up' } }] },
    select: ['industry', 'size', 'municipality', 'goal', 'scores', 'needs', 'submittedAt'],
  });
  return rows.map(toInput);
}
