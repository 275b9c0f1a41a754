import { takeFlashCookie as takeCookie } from '../forms/flash-cookie';
import { decodeDoneFlash, decodeFormFlash, SIGNUP_DONE_COOKIE, SIGNUP_FORM_COOKIE, type SignupDoneFlash, type SignupFormFlash } from '#shared/occasions/flash';

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
