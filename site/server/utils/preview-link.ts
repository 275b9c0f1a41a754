import { createHmac, timingSafeEqual } from 'node:crypto';

/** A link is never trusted for longer than this, whatever expiry it carries (the CMS makes 10-minute links). */
const MAX_LIFETIME_S = 24 * 3600;

export interface SignedPreview {
  type: string;
  documentId: string;
  locale: string;
  expires: number;
  signature: string;
}

/** The same HMAC as the CMS's signer (cms/src/lib/preview-link.ts); a unit test checks the two agree. */
function signature(secret: string, link: Omit<SignedPreview, 'signature'>): string {
  return createHmac('sha256', secret).update(['kn-preview-v1', link.type, link.documentId, link.locale, String(link.expires)].join('\n')).digest('hex');
}

export type PreviewVerdict = 'ok' | 'expired' | 'invalid';

/** Checks a preview link made by the CMS: signed with the shared secret for this type, document and locale, not expired. */
export function verifyPreviewLink(secret: string, link: SignedPreview, nowMs = Date.now()): PreviewVerdict {
  if (!secret) return 'invalid';
  const expected = Buffer.from(signature(secret, link), 'hex');
  const given = Buffer.from(link.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const now = Math.floor(nowMs / 1000);
  if (link.expires < now) return 'expired';
  return link.expires - now > MAX_LIFETIME_S ? 'invalid' : 'ok';
}
