import { createHmac } from 'node:crypto';
import type { H3Event } from 'h3';
import { getRequestHeader } from 'h3';

/**
 * A stable pseudonym of an address (for rate limiting here and in the CMS): a keyed hash, so it cannot be turned
 * back into the address by trying every IPv4 address without the key. The key is configured (NUXT_CLIENT_ID_SECRET,
 * else the site's CMS token), never random per process: every site replica must name a visitor the same way, or a
 * limit shared through the CMS would count each replica apart.
 */
export function hashAddress(address: string, secret: string): string {
  return createHmac('sha256', secret).update(address).digest('hex').slice(0, 32);
}

/** How many proxies in front of the site to trust: NUXT_TRUST_PROXY=false (none), true (one) or a hop count. */
export function trustedHops(setting: unknown): number {
  if (setting === true || setting === 'true') return 1;
  const hops = Number(setting);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address: with `hops` trusted proxies, the right-most address of the chain (X-Forwarded-For, then the
 * connecting peer) that none of them added, never the left-most (anyone can write that one). Without trusted
 * proxies, the connecting peer.
 */
export function clientAddress(forwardedFor: string | undefined, peer: string | undefined, hops: number): string {
  if (hops === 0) return peer ?? 'unknown';
  const chain = [...(forwardedFor ?? '').split(',').map((a) => a.trim()).filter(Boolean), peer ?? 'unknown'];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown';
}

/** The pseudonym of the client of this request. */
export function clientId(event: H3Event): string {
  const config = useRuntimeConfig();
  const address = clientAddress(getRequestHeader(event, 'x-forwarded-for'), event.node.req.socket?.remoteAddress, trustedHops(config.trustProxy));
  return hashAddress(address, String(config.clientIdSecret || config.strapiToken || 'kunskapsnavet-development'));
}
