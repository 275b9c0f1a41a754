import type { Core } from '@strapi/strapi';
import { SIGNUP_TYPES } from '../lib/content-types';

const DAY = 86_400_000;
const STATUSES = ['confirmed', 'attended', 'waitlisted', 'cancelled'] as const;

interface Expired {
  id: number;
  occasionDocumentId: string;
  occasionTitle: string | null;
  learningCentreDocumentId: string | null;
  occasionStartsAt: string | null;
  signupStatus: (typeof STATUSES)[number];
}

/**
 * Deletes sign-ups whose occasion ended more than `days` days ago. Before that, their numbers per status are added
 * to the occasion's tally (kept for reporting: how many came, how many did not), in the same transaction.
 */
export async function deleteExpiredSignups(strapi: Core.Strapi, now: Date, days: number): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY).toISOString();
  const expired: Expired[] = await strapi.db.query(SIGNUP_TYPES.signup).findMany({
    where: { occasionEndsAt: { $lt: cutoff } },
    select: ['id', 'occasionDocumentId', 'occasionTitle', 'learningCentreDocumentId', 'occasionStartsAt', 'signupStatus'],
    limit: 1000,
  });
  if (expired.length === 0) return 0;
  const byOccasion = new Map<string, Expired[]>();
  for (const s of expired) byOccasion.set(s.occasionDocumentId, [...(byOccasion.get(s.occasionDocumentId) ?? []), s]);
  await strapi.db.transaction(async () => {
    const tallies = strapi.db.query(SIGNUP_TYPES.tally);
    for (const [documentId, rows] of byOccasion) {
      const counts = Object.fromEntries(STATUSES.map((status) => [status, rows.filter((r) => r.signupStatus === status).length]));
      const existing = await tallies.findOne({ where: { occasionDocumentId: documentId } });
      const data = {
        occasionTitle: rows[0].occasionTitle,
        learningCentreDocumentId: rows[0].learningCentreDocumentId,
        startsAt: rows[0].occasionStartsAt,
        deletedAt: now,
        ...Object.fromEntries(STATUSES.map((status) => [status, (existing?.[status] ?? 0) + counts[status]])),
      };
      if (existing) await tallies.update({ where: { id: existing.id }, data });
      // Strapi's input types take no null; on a new row an absent field is stored as NULL all the same.
      else await strapi.documents(SIGNUP_TYPES.tally).create({ data: { occasionDocumentId: documentId, ...data, occasionTitle: data.occasionTitle ?? undefined, learningCentreDocumentId: data.learningCentreDocumentId ?? undefined, startsAt: data.startsAt ?? undefined } });
      await strapi.db.query(SIGNUP_TYPES.signup).deleteMany({ where: { id: { $in: rows.map((r) => r.id) } } });
    }
  });
  strapi.log.info(`occasions: deleted ${expired.length} sign-ups older than ${days} days after their occasion (counts kept)`);
  return expired.length;
}
