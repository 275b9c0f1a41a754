import type { Core } from '@strapi/strapi';
import { PLACE_TYPES, SIGNUP_TYPES } from '../lib/content-types';

/**
 * Sign-ups keep a copy of their occasion's title, times and centre (the admin's list, reminders and retention read
 * it, and it outlives a deleted occasion). After each publish the copy follows the published Swedish version.
 */
export async function syncSignupSnapshots(strapi: Core.Strapi, documentId: string): Promise<void> {
  const rows = await strapi.db.query(PLACE_TYPES.occasion).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    populate: { learningCentre: { select: ['documentId'] } },
  });
  const row = rows.find((r: { locale: string }) => r.locale === 'sv') ?? rows[0];
  if (!row) return;
  await strapi.db.query(SIGNUP_TYPES.signup).updateMany({
    where: { occasionDocumentId: documentId },
    data: { occasionTitle: row.title, occasionStartsAt: row.startsAt, occasionEndsAt: row.endsAt, learningCentreDocumentId: row.learningCentre?.documentId ?? null },
  });
}
