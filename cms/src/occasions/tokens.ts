import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * A cancel token is an HMAC of a random nonce under the app's first key: every mail (confirmation, reminder, offer)
 * can carry the cancel link, while the database holds only the nonce and the token's SHA-256 — a copy of the
 * database alone cannot cancel anyone's place.
 */
export function appKey(strapi: Core.Strapi): string {
  const keys = strapi.config.get('server.app.keys') as unknown;
  const first = Array.isArray(keys) ? keys[0] : undefined;
  if (typeof first !== 'string' || first.length === 0) throw new Error('APP_KEYS is empty: cancel tokens cannot be made');
  return first;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function newNonce(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/** The token a mail link carries for `purpose` (a different purpose gives an unrelated token from the same nonce). */
export function keyedToken(strapi: Core.Strapi, purpose: string, nonce: string): string {
  return crypto.createHmac('sha256', appKey(strapi)).update(`${purpose}:${nonce}`).digest('base64url');
}

export function cancelToken(strapi: Core.Strapi, nonce: string): string {
  return keyedToken(strapi, 'occasion-signup', nonce);
}
