import { contextOf, OUTSIDE_REGION } from '@kunskapsnavet/needs';
import type { H3Event } from 'h3';
import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';

/** The municipality the reader chose on a page ("show occasions near …"), kept a year in their browser only. */
export const PLACE_COOKIE = 'kn_place';
const ONE_YEAR_S = 365 * 24 * 3600;

export const PlaceValueSchema = z.union([z.literal(OUTSIDE_REGION), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60)]);

/**
 * Where the reader is, as a municipality slug or `outside`: the choice made on a page, else the municipality of
 * their latest needs check (in its cookie), else null. Read on the server only; nothing of it leaves the browser's cookies.
 */
export async function readerMunicipality(event: H3Event, locale: SiteLocale): Promise<string | null> {
  // Most readers have no such cookie: a failed parse builds an error object, a cost every search with a course paid.
  const cookie = getCookie(event, PLACE_COOKIE);
  const chosen = cookie === undefined ? null : PlaceValueSchema.safeParse(cookie);
  if (chosen?.success) return chosen.data;
  const latest = cookieNeedsStore(event).load().checks[0];
  if (!latest) return null;
  const check = await loadCheck(locale);
  return check ? contextOf(check, latest.answers).municipality : null;
}

export function setReaderMunicipality(event: H3Event, value: string): void {
  setCookie(event, PLACE_COOKIE, value, { path: '/', maxAge: ONE_YEAR_S, sameSite: 'lax', httpOnly: true, secure: getRequestProtocol(event) === 'https' });
}
