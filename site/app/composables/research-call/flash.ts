import { takeFlashCookie as takeCookie } from '../forms/flash-cookie';
import { ANSWER_DONE_COOKIE, ANSWER_FORM_COOKIE, decodeAnswerDone, decodeAnswerForm, type AnswerDoneFlash, type AnswerFormFlash } from '#shared/research-calls/flash';

/** The answer form as the reader sent it, with what to fix: only for this call's page. */
export function useAnswerFormFlash(call: string): AnswerFormFlash | null {
  const flash = decodeAnswerForm(takeCookie(ANSWER_FORM_COOKIE));
  return flash?.call === call ? flash : null;
}

/** The answer's delete token: only for this call's thank-you page. */
export function useAnswerDoneFlash(call: string): AnswerDoneFlash | null {
  const flash = decodeAnswerDone(takeCookie(ANSWER_DONE_COOKIE));
  return flash?.call === call ? flash : null;
}
