import { deleteCookie, getCookie } from 'h3';
import { ANSWER_DONE_COOKIE, ANSWER_FORM_COOKIE, decodeAnswerDone, decodeAnswerForm, type AnswerDoneFlash, type AnswerFormFlash } from '#shared/research-calls/flash';

/** Reads and deletes a flash cookie while the server renders the page: it is shown exactly once. */
function takeCookie(name: string): string | undefined {
  const event = useRequestEvent();
  if (!import.meta.server || !event) return undefined;
  const value = getCookie(event, name);
  if (value !== undefined) deleteCookie(event, name, { path: '/', httpOnly: true, sameSite: 'lax' });
  return value;
}

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
