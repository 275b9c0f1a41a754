import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { LOCALE_CODES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';

export const MAX_QUERY_LENGTH = 100;

/** Trimmed, lower-case, whitespace collapsed, at most 100 characters: "  Sälja  ONLINE " → "sälja online". */
export function normalizeQuery(q: string): string {
  return q.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH).trim();
}

const PERSONAL = [
  /[^\s@]+@[^\s@]+\.[^\s@]+/, // an e-mail address
  /\b(19|20)?\d{6}[-+ ]?\d{4}\b/, // a personnummer / samordningsnummer (YYMMDD-NNNN, YYYYMMDDNNNN)
  /(?:\d[\s-]?){7,}/, // a phone number or any long run of digits (account, order, ID numbers)
];

/** A query that may name or identify a person is dropped, never stored. */
export function looksPersonal(query: string): boolean {
  return PERSONAL.some((pattern) => pattern.test(query));
}

export const searchMissBody = z.strictObject({
  q: z.string().max(1000),
  locale: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]),
});

/** Counts a search that found nothing. Returns whether it was recorded (false: empty or personal-looking). */
export async function recordSearchMiss(strapi: Core.Strapi, q: string, locale: LocaleCode, now = new Date()): Promise<boolean> {
  const query = normalizeQuery(q);
  if (query.length < 2 || looksPersonal(query)) return false;
  const misses = strapi.db.query(NEEDS_TYPES.searchMiss);
  const at = now.toISOString();
  const existing = await misses.findOne({ where: { query, locale }, select: ['id', 'count'] });
  if (existing) {
    await misses.update({ where: { id: existing.id }, data: { count: Number(existing.count) + 1, lastSeenAt: at } });
  } else {
    await strapi.documents(NEEDS_TYPES.searchMiss).create({ data: { query, locale, count: 1, firstSeenAt: at, lastSeenAt: at } } as never);
  }
  return true;
}
