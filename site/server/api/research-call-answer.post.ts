import type { H3Event } from 'h3';
import { AnswerBodySchema, boundedValues, checkAnswer } from '#shared/research-calls/answer';
import { ANSWER_DONE_COOKIE, ANSWER_FORM_COOKIE, encodeAnswerDone, encodeAnswerForm, type AnswerFormFlash } from '#shared/research-calls/flash';
import type { SiteLocale } from '#shared/types/locale';

/** The flashes live until their page is shown once, or this long at most. */
const FLASH_MAX_AGE_S = 600;

function flashCookie(event: H3Event, name: string, value: string) {
  setCookie(event, name, value, { path: '/', maxAge: FLASH_MAX_AGE_S, sameSite: 'lax', httpOnly: true, secure: getRequestProtocol(event) === 'https' });
}

/** Back to the call's form with the reader's input and what to fix (303, so a reload does not post again). */
function backToForm(event: H3Event, locale: SiteLocale, flash: AnswerFormFlash) {
  flashCookie(event, ANSWER_FORM_COOKIE, encodeAnswerForm(flash));
  return sendRedirect(event, `${pageUrl('research-take-part-slug', locale, flash.call)}#answer`, 303);
}

/**
 * POST /api/research-call-answer — an owner's answer to a research call, a plain HTML form post: at most 16 KB (413),
 * same-origin only, rate-limited by the CMS (429 `rate_limited`), hidden fields sound (400 `invalid_form`). Bad or
 * refused input (a closed call, a second answer) goes back to the form with messages; an answer 303s to the thanks page.
 */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const parsed = AnswerBodySchema.safeParse(body);
  if (!parsed.success) throw invalidForm('The answer form is incomplete.', { locale: localeField(body) });
  const { locale, call, ...input } = parsed.data;
  const values = boundedValues(input);
  const errors = checkAnswer(input);
  if (Object.keys(errors).length > 0) return backToForm(event, locale, { call, values, errors, problem: null });

  const outcome = await sendAnswer(call, locale, values, clientId(event));
  if (outcome.kind === 'not_found') throw notFound('research call');
  if (outcome.kind === 'rate_limited') {
    setResponseHeader(event, 'retry-after', outcome.retryAfterS);
    throw formError('rate_limited', `Too many answers; try again in ${outcome.retryAfterS} s.`, { retryAfterS: outcome.retryAfterS, locale });
  }
  if (outcome.kind === 'refused') return backToForm(event, locale, { call, values, errors: outcome.errors, problem: outcome.problem });
  flashCookie(event, ANSWER_DONE_COOKIE, encodeAnswerDone({ call, deleteToken: outcome.deleteToken }));
  return sendRedirect(event, pageUrl('research-take-part-slug-thanks', locale, call), 303);
});
