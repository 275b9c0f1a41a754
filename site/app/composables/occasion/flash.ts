import { deleteCookie, getCookie } from 'h3';
import { decodeDoneFlash, decodeFormFlash, SIGNUP_DONE_COOKIE, SIGNUP_FORM_COOKIE, type SignupDoneFlash, type SignupFormFlash } from '#shared/occasions/flash';

/** Reads and deletes a flash cookie while the server renders the page: it is shown exactly once. */
function takeCookie(name: string): string | undefined {
  const event = useRequestEvent();
  if (!import.meta.server || !event) return undefined;
  const value = getCookie(event, name);
  if (value !== undefined) deleteCookie(event, name, { path: '/', httpOnly: true, sameSite: 'lax' });
  return value;
}

/** The sign-up form as the reader sent it, with what to fix: only for this occasion's page. */
export function useSignupFormFlash(occasion: string): SignupFormFlash | null {
  const flash = decodeFormFlash(takeCookie(SIGNUP_FORM_COOKIE));
  return flash?.occasion === occasion ? flash : null;
}

/** The sign-up's outcome and its cancel token: only for this occasion's confirmation page. */
export function useSignupDoneFlash(occasion: string): SignupDoneFlash | null {
  const flash = decodeDoneFlash(takeCookie(SIGNUP_DONE_COOKIE));
  return flash?.occasion === occasion ? flash : null;
}
