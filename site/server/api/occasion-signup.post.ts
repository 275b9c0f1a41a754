import { OUTSIDE_REGION } from '@kunskapsnavet/needs';
import type { H3Event } from 'h3';
import { encodeDoneFlash, encodeFormFlash, SIGNUP_DONE_COOKIE, SIGNUP_FORM_COOKIE, type SignupFormFlash } from '#shared/occasions/flash';
import { boundedValues, checkSignup, SignupBodySchema } from '#shared/occasions/signup';
import type { SiteLocale } from '#shared/types/locale';

/** The flashes live until their page is shown once, or this long at most. */
const FLASH_MAX_AGE_S = 600;

function flashCookie(event: H3Event, name: string, value: string) {
  setCookie(event, name, value, { path: '/', maxAge: FLASH_MAX_AGE_S, sameSite: 'lax', httpOnly: true, secure: getRequestProtocol(event) === 'https' });
}

function rateLimited(event: H3Event, retryAfterS: number, locale: SiteLocale): never {
  setResponseHeader(event, 'retry-after', retryAfterS);
  throw formError('rate_limited', `Too many sign-ups; try again in ${retryAfterS} s.`, { retryAfterS, locale });
}

/** Back to the occasion's form with the reader's input and what to fix (303, so a reload does not post again). */
function backToForm(event: H3Event, locale: SiteLocale, flash: SignupFormFlash) {
  flashCookie(event, SIGNUP_FORM_COOKIE, encodeFormFlash(flash));
  return sendRedirect(event, `${pageUrl('occasions-slug', locale, flash.occasion)}#signup`, 303);
}

/**
 * POST /api/occasion-signup — the sign-up form of an occasion, a plain HTML form post. At most 16 KB (413),
 * same-origin only, rate-limited per client by the CMS in its database (429 `rate_limited`, shared by every replica);
 * the hidden fields must be sound (400 `invalid_form`). Bad or refused
 * input goes back to the form with messages and the input kept; a sign-up 303s to the confirmation page.
 */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const parsed = SignupBodySchema.safeParse(body);
  if (!parsed.success) throw invalidForm('The sign-up form is incomplete.', { locale: localeField(body) });
  const { locale, occasion, ...input } = parsed.data;
  const places = [...(await loadPlaces(locale)).municipalities.map((m) => m.slug), OUTSIDE_REGION];
  const values = boundedValues(input);
  const errors = checkSignup(input, places);
  if (Object.keys(errors).length > 0) return backToForm(event, locale, { occasion, values, errors, problem: null });

  const outcome = await sendSignup(occasion, locale, values, clientId(event));
  if (outcome.kind === 'not_found') throw notFound('occasion');
  if (outcome.kind === 'rate_limited') rateLimited(event, outcome.retryAfterS, locale);
  if (outcome.kind === 'refused') return backToForm(event, locale, { occasion, values, errors: outcome.errors, problem: outcome.problem });
  flashCookie(event, SIGNUP_DONE_COOKIE, encodeDoneFlash({ occasion, status: outcome.status, position: outcome.position, cancelToken: outcome.cancelToken }));
  return sendRedirect(event, pageUrl('occasions-slug-confirmation', locale, occasion), 303);
});
