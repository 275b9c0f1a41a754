import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

/** How long one call to a site replica may take: the page then follows by the site's time limit instead. */
const CALL_TIMEOUT_MS = 2_000;

export interface SiteCacheConfig {
  siteUrls: string[];
  secret: string;
}

export function siteCacheConfig(strapi: Core.Strapi): SiteCacheConfig {
  const raw = (strapi.config.get('site-cache') ?? {}) as { siteUrls?: unknown; secret?: unknown };
  const siteUrls = String(raw.siteUrls ?? '').split(',').map((url) => url.trim().replace(/\/+$/, '')).filter((url) => /^https?:\/\//.test(url));
  return { siteUrls, secret: String(raw.secret ?? '') };
}

/** The headers of a signed call (the site's verifySignature, site/server/utils/cache-signature.ts, checks them). */
export function signedHeaders(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  const signature = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { 'content-type': 'application/json', 'x-kn-timestamp': timestamp, 'x-kn-signature': `sha256=${signature}` };
}

export interface Change {
  uid: string;
  action: string;
}

/**
 * Tells every site replica that public content changed, after the change committed. Changes that arrive while a
 * round of calls is under way are folded into one more round, so a burst of edits costs two calls per replica,
 * not one per edit. A replica that does not answer is logged; its pages follow by the time limit.
 */
export function createSiteNotifier(config: SiteCacheConfig, warn: (line: string) => void) {
  let pending: Change | null = null;
  let running: Promise<void> | null = null;

  async function callAll(change: Change): Promise<void> {
    const body = JSON.stringify(change);
    const headers = signedHeaders(config.secret, body);
    await Promise.all(config.siteUrls.map(async (url) => {
      try {
        const res = await fetch(`${url}/api/cache/invalidate`, { method: 'POST', headers, body, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
        if (!res.ok) warn(`[site-cache] ${url} refused the invalidation: HTTP ${res.status}`);
      } catch (error) {
        warn(`[site-cache] ${url} not reached (${String(error)}); its pages follow within the site's time limit`);
      }
    }));
  }

  async function drain(): Promise<void> {
    while (pending) {
      const change = pending;
      pending = null;
      await callAll(change);
    }
    running = null;
  }

  return {
    changed(change: Change): void {
      if (config.siteUrls.length === 0 || !config.secret) return;
      pending = change;
      running ??= drain();
    },
    /** Settles when no call is under way (tests, shutdown). */
    idle: (): Promise<void> => running ?? Promise.resolve(),
  };
}
