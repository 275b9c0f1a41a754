import { createHmac } from 'node:crypto';

/**
 * Signed draft-preview links: the admin's Preview button makes one per document, valid for minutes; the site checks
 * it (site/server/utils/preview-link.ts, the same HMAC) before reading the draft with its find-only preview token.
 * No secret travels in the URL, and a leaked link opens one document in one language until it expires.
 */
export interface PreviewTarget {
  type: string;
  documentId: string;
  locale: string;
  /** Unix time in seconds after which the link is refused. */
  expires: number;
}

export function previewSignature(secret: string, target: PreviewTarget): string {
  return createHmac('sha256', secret).update(['kn-preview-v1', target.type, target.documentId, target.locale, String(target.expires)].join('\n')).digest('hex');
}

export function signedPreviewQuery(secret: string, target: Omit<PreviewTarget, 'expires'>, ttlSeconds: number, nowMs = Date.now()): URLSearchParams {
  const expires = Math.floor(nowMs / 1000) + ttlSeconds;
  const signed: PreviewTarget = { ...target, expires };
  return new URLSearchParams({ type: target.type, documentId: target.documentId, locale: target.locale, expires: String(expires), signature: previewSignature(secret, signed) });
}
