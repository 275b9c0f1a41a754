import type { H3Event } from 'h3';
import { decodeHistory, encodeHistory, NEEDS_COOKIE } from '#shared/needs/cookie';
import type { NeedsHistory } from '#shared/needs/history';
import { encodeFlash, NEEDS_FLASH_COOKIE, type NeedsFlash } from '#shared/needs/flash';

const ONE_YEAR_S = 365 * 24 * 3600;
/** The flash lives until the result page is shown once, or this long at most. */
export const FLASH_MAX_AGE_S = 600;

function cookieOptions(event: H3Event, maxAge: number) {
  return { path: '/', maxAge, sameSite: 'lax' as const, httpOnly: true, secure: getRequestProtocol(event) === 'https' };
}

/**
 * The reader's needs checks, kept only in their browser: an HttpOnly first-party cookie the server renders the
 * result page from (no script needs it). Nothing of it is stored on the server.
 */
export function cookieNeedsStore(event: H3Event) {
  return {
    load: (): NeedsHistory => decodeHistory(getCookie(event, NEEDS_COOKIE)),
    save: (history: NeedsHistory): void => { setCookie(event, NEEDS_COOKIE, encodeHistory(history), cookieOptions(event, ONE_YEAR_S)); },
  };
}

/** What the result page shows once after a submission (stored for statistics, the contact request and its delete token). */
export function setNeedsFlash(event: H3Event, flash: NeedsFlash): void {
  setCookie(event, NEEDS_FLASH_COOKIE, encodeFlash(flash), cookieOptions(event, FLASH_MAX_AGE_S));
}
