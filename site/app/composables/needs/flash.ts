import { takeFlashCookie } from '../forms/flash-cookie';
import { decodeFlash, NEEDS_FLASH_COOKIE, type NeedsFlash } from '#shared/needs/flash';

/**
 * What the last submission left for the result page (stored for statistics, contact request, delete token): read
 * and deleted while the server renders the page, so the delete link is shown exactly once.
 */
export function useNeedsFlash(): NeedsFlash | null {
  const value = takeFlashCookie(NEEDS_FLASH_COOKIE);
  return value === undefined ? null : decodeFlash(value);
}
