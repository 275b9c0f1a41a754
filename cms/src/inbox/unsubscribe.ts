import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { INBOX_TYPES, NEEDS_TYPES } from '../lib/content-types';
import { hashToken } from '../occasions/tokens';

export const tokenBody = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'token: the token from the e-mail link') });

/**
 * The invitation mail's unsubscribe link: marks the contact request so no further invitation is sent to it. Only
 * the token's SHA-256 is stored (the token is an HMAC of a stored nonce under APP_KEYS, so a copy of the database
 * alone cannot unsubscribe anyone). Idempotent: a second click answers unsubscribed again.
 */
export async function unsubscribeContact(strapi: Core.Strapi, token: string): Promise<{ unsubscribed: boolean }> {
  const query = strapi.db.query(NEEDS_TYPES.contact);
  const row: { id: number; unsubscribedAt: string | null } | null = await query.findOne({ where: { unsubscribeTokenHash: hashToken(token) }, select: ['id', 'unsubscribedAt'] });
  if (!row) return { unsubscribed: false };
  if (!row.unsubscribedAt) await query.update({ where: { id: row.id }, data: { unsubscribedAt: new Date() } });
  return { unsubscribed: true };
}

/** The owner's "do not send me the follow-up" link from the result page: deletes the pending invitation. */
export async function cancelFollowUp(strapi: Core.Strapi, token: string): Promise<{ deleted: boolean }> {
  const { count } = await strapi.db.query(INBOX_TYPES.followUp).deleteMany({ where: { cancelTokenHash: hashToken(token) } });
  return { deleted: count > 0 };
}
