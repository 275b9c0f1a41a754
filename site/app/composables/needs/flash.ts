import { deleteCookie, getCookie } from 'h3';
import { decodeFlash, NEEDS_FLASH_COOKIE, type NeedsFlash } from '#shared/needs/flash';

/**
 * What the last submission left for the result page (stored for statistics, contact request, delete token): read
 * and deleted while the server renders the page, so the delete link is shown exactly once.
 */
export function useNeedsFlash(): NeedsFlash | null {
  const event = useRequestEvent();
  if (!import.meta.server || !event) return null;
  const value = getCookie(event, NEEDS_FLASH_COOKIE);
  if (value === undefined) return null;
  deleteCookie(event, NEEDS_FLASH_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
  return decodeFlash(value);
}
