import type { Core } from '@strapi/strapi';
import { SIGNUP_TYPES } from '../lib/content-types';
import type { EffortOccasion } from './effort';

const STATUSES = ['confirmed', 'attended', 'waitlisted', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];
export type StatusCounts = Record<Status, number>;

/** Sign-up counts of one occasion: the sign-ups still held plus the tally kept when older ones were deleted. */
export interface OccasionCounts {
  counts: StatusCounts;
  /** Municipality slug → sign-ups holding a seat (confirmed or attended), from the sign-ups still held. */
  municipalities: Map<string, number>;
}

const zero = (): StatusCounts => ({ confirmed: 0, attended: 0, waitlisted: 0, cancelled: 0 });
const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);

/**
 * Counts per occasion from issue 12's data: occasion-signup rows (personal data: only status and municipality are
 * read, never a name) and occasion-tally rows (counts kept after retention deleted the sign-ups).
 */
export async function occasionCounts(strapi: Core.Strapi, occasions: EffortOccasion[]): Promise<Map<string, OccasionCounts>> {
  const ids = occasions.map((o) => o.documentId);
  const result = new Map<string, OccasionCounts>(ids.map((id) => [id, { counts: zero(), municipalities: new Map() }]));
  if (ids.length === 0) return result;
  const signups: Array<{ occasionDocumentId: string; signupStatus: string; municipality: string }> = await strapi.db.query(SIGNUP_TYPES.signup).findMany({
    where: { occasionDocumentId: { $in: ids } },
    select: ['occasionDocumentId', 'signupStatus', 'municipality'],
  });
  for (const s of signups) {
    const entry = result.get(s.occasionDocumentId);
    if (!entry || !isStatus(s.signupStatus)) continue;
    entry.counts[s.signupStatus] += 1;
    if (s.signupStatus === 'confirmed' || s.signupStatus === 'attended') entry.municipalities.set(s.municipality, (entry.municipalities.get(s.municipality) ?? 0) + 1);
  }
  const tallies: Array<{ occasionDocumentId: string } & Partial<Record<Status, number | null>>> = await strapi.db.query(SIGNUP_TYPES.tally).findMany({
    where: { occasionDocumentId: { $in: ids } },
    select: ['occasionDocumentId', ...STATUSES],
  });
  for (const t of tallies) {
    const entry = result.get(t.occasionDocumentId);
    if (entry) for (const status of STATUSES) entry.counts[status] += Number(t[status] ?? 0);
  }
  return result;
}

/**
 * Minutes of learning one attendant gets from an occasion: its course module's durationMinutes when set, else the
 * occasion's own length (endsAt − startsAt). Hours of learning = Σ attended × these minutes / 60.
 */
export function minutesPerAttendant(occasion: EffortOccasion): { minutes: number; basis: 'module' | 'occasion' } {
  if (occasion.moduleMinutes && occasion.moduleMinutes > 0) return { minutes: occasion.moduleMinutes, basis: 'module' };
  const minutes = Math.max(0, Math.round((Date.parse(occasion.endsAt) - Date.parse(occasion.startsAt)) / 60_000));
  return { minutes, basis: 'occasion' };
}
