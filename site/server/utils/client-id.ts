import { createHash, randomBytes } from 'node:crypto';
import type { H3Event } from 'h3';

/** Random for each process: the hashes cannot be turned back into addresses by trying every IPv4 address. */
const SALT = randomBytes(16).toString('hex');

/** A stable pseudonym of an address (for rate limiting here and in the CMS); the address itself is never kept or sent. */
export function hashAddress(address: string, salt = SALT): string {
  return createHash('sha256').update(`${salt}|${address}`).digest('hex').slice(0, 32);
}

/**
 * The pseudonym of the client of this request. X-Forwarded-For is read only when the site runs behind a proxy that
 * sets it (NUXT_TRUST_PROXY=true); otherwise anyone could pick their own address and escape the rate limit.
 */
export function clientId(event: H3Event): string {
  const xForwardedFor = useRuntimeConfig().trustProxy === true;
  return hashAddress(getRequestIP(event, { xForwardedFor }) ?? 'unknown');
}
