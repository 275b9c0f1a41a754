import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { LOCALE_CODES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';
import { needsLib } from './needs-lib';

export const MAX_QUERY_LENGTH = 100;

/** Trimmed, lower-case, whitespace collapsed, at most 100 characters: "  Sälja  ONLINE " → "sälja online". */
export function normalizeQuery(q: string): string {
  return q.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH).trim();
}

/** A query that may name or identify a person (checked as typed, before lower-casing) is dropped, never stored. */
export const looksPersonal = (query: string): boolean => needsLib.looksPersonal(query);

/** How many distinct searches are kept (SEARCH_MISSES_MAX); beyond it the least recently seen go first. */
export function searchMissesMax(strapi: Core.Strapi): number {
  return Math.max(1, Number(strapi.config.get('hub.searchMissesMax', 5000)));
}

/** Deletes the least recently seen rows beyond `max`; returns how many went. */
export async function trimSearchMisses(strapi: Core.Strapi, max: number): Promise<number> {
  const misses = strapi.db.query(NEEDS_TYPES.searchMiss);
  const excess = (await misses.count()) - max;
  if (excess <= 0) return 0;
  const oldest: Array<{ id: number }> = await misses.findMany({ select: ['id'], orderBy: [{ lastSeenAt: 'asc' }, { id: 'asc' }], limit: excess });
  const { count } = await misses.deleteMany({ where: { id: { $in: oldest.map((row) => row.id) } } });
  return count;
}

export const searchMissBody = z.strictObject({
  q: z.string().max(1000),
  locale: z.enum(LOCALE_CODES),
});

/**
 * Counts a search that found nothing. Returns whether it was recorded (false: empty or personal-looking). A new
 * query may push the table over its cap: the least recently seen rows go.
 */
export async function recordSearchMiss(strapi: Core.Strapi, q: string, locale: LocaleCode, now = new Date()): Promise<boolean> {
  const query = normalizeQuery(q);
  if (query.length < 2 || looksPersonal(q) || looksPersonal(query)) return false;
  const misses = strapi.db.query(NEEDS_TYPES.searchMiss);
  const at = now.toISOString();
  const existing = await misses.findOne({ where: { query, locale }, select: ['id', 'count'] });
  if (existing) {
    await misses.update({ where: { id: existing.id }, data: { count: Number(existing.count) + 1, lastSeenAt: at } });
  } else {
    await strapi.documents(NEEDS_TYPES.searchMiss).create({ data: { query, locale, count: 1, firstSeenAt: at, lastSeenAt: at } });
    await trimSearchMisses(strapi, searchMissesMax(strapi));
  }
  return true;
}
