import type { Core } from '@strapi/strapi';
import { PLACE_TYPES, SIGNUP_TYPES } from '../lib/content-types';
import { cancelToken, hashToken, newNonce } from '../occasions/tokens';
import type { OccasionFile } from './place-schema';

/** Admin users by lower-cased e-mail → documentId: a centre's `coordinators` names them (dev users; absent in production). */
export async function coordinatorIds(strapi: Core.Strapi): Promise<Map<string, string>> {
  const users: { email: string; documentId: string }[] = await strapi.db.query('admin::user').findMany({ select: ['email', 'documentId'] });
  return new Map(users.map((u) => [u.email.toLowerCase(), u.documentId]));
}

/**
 * Past occasions get example sign-ups with their attendance (invented people at `.example` addresses, marked as
 * examples in the name), so the admin's attendance list and the reports have something to show. Only for occasions
 * this run created: a second seed adds nothing.
 */
export async function seedExampleSignups(strapi: Core.Strapi, occasions: { file: OccasionFile; documentId: string; created: boolean }[]): Promise<number> {
  let created = 0;
  for (const { file, documentId, created: isNew } of occasions) {
    if (!isNew || !file.attendance) continue;
    const occasion = await strapi.db.query(PLACE_TYPES.occasion).findOne({ where: { documentId, locale: 'sv' }, populate: { learningCentre: { select: ['documentId'] } } });
    const total = file.attendance.attended + file.attendance.noShow;
    for (let i = 1; i <= total; i += 1) {
      const nonce = newNonce();
      await strapi.documents(SIGNUP_TYPES.signup).create({
        data: {
          occasionTitle: occasion.title,
          occasionDocumentId: documentId,
          learningCentreDocumentId: occasion.learningCentre?.documentId ?? null,
          occasionStartsAt: occasion.startsAt,
          occasionEndsAt: occasion.endsAt,
          name: `Exempeldeltagare ${i}`,
          email: `exempel${i}.${file.key}@deltagare.example`,
          municipality: file.centre ?? 'outside',
          locale: 'sv',
          consentText: '(Exempel i demodata.)',
          consentAt: new Date(new Date(occasion.startsAt).getTime() - 7 * 86_400_000),
          tokenNonce: nonce,
          cancelTokenHash: hashToken(cancelToken(strapi, nonce)),
          // Past occasions: nothing left to mail.
          confirmationSentAt: occasion.startsAt,
          reminderSentAt: occasion.startsAt,
          signupStatus: i <= file.attendance.attended ? 'attended' : 'confirmed',
        },
      });
      created += 1;
    }
  }
  return created;
}
