import crypto from 'node:crypto';

/** How far a signed call's timestamp may be from this server's clock: a captured call cannot be replayed later. */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

/**
 * The CMS → site invalidation call is signed like a webhook: `x-kn-timestamp` (ms since epoch) and
 * `x-kn-signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with NUXT_CACHE_INVALIDATION_SECRET>`
 * (cms/src/site-cache/notify.ts signs). An empty secret refuses every call.
 */
export function verifySignature(secret: string, timestamp: string | undefined, signature: string | undefined, body: string, now = Date.now()): boolean {
  if (!secret || !timestamp || !signature || !/^\d{10,16}$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > SIGNATURE_WINDOW_MS) return false;
  const expected = Buffer.from(`sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
