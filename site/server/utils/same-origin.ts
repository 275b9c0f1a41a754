import { getRequestHeader, getRequestHost, type H3Event } from 'h3';
import { formError } from './form-errors';

const hostOf = (url: string | undefined): string | null => (url && URL.canParse(url) ? new URL(url).host : null);

/**
 * Whether a form post comes from this site's own pages. Browsers send Origin with every POST; without it, the
 * request must still prove it is same-origin (Sec-Fetch-Site `same-origin`, or a Referer on this host), so a
 * client that strips Origin is refused rather than trusted (deny by default).
 */
export function isSameOrigin(headers: { origin?: string; secFetchSite?: string; referer?: string }, host: string): boolean {
  if (headers.origin) return hostOf(headers.origin) === host;
  if (headers.secFetchSite) return headers.secFetchSite === 'same-origin';
  return hostOf(headers.referer) === host;
}

/** Refuses a cross-site form post (another site making the reader's browser post here) with 403 `cross_origin`. */
export function assertSameOrigin(event: H3Event): void {
  const headers = {
    origin: getRequestHeader(event, 'origin'),
    secFetchSite: getRequestHeader(event, 'sec-fetch-site'),
    referer: getRequestHeader(event, 'referer'),
  };
  if (!isSameOrigin(headers, getRequestHost(event))) throw formError('cross_origin', 'cross-site form post');
}
