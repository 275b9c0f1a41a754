import { validateSubmission } from '@kunskapsnavet/needs';
import { z } from 'zod';
import type { H3Event } from 'h3';
import type { ContactOutcome, NeedsFlash } from '#shared/needs/flash';
import { addCheck } from '#shared/needs/history';
import type { SiteLocale } from '#shared/types/locale';
import type { ContactRequest } from '../utils/needs-contact';
import { FollowUpFormSchema, followUpFields } from '../utils/needs-follow-up';

const CancelToken = z.object({ followUpCancelToken: z.string() });
const CmsCode = z.object({ error: z.object({ details: z.object({ code: z.string() }) }) });

/**
 * With consent only: the answers (never a name or an address) for the regional statistics, with the follow-up
 * parts (the reminder's address goes to its own record in the CMS; a follow-up carries its token and efforts).
 * A follow-up link the CMS refuses is the owner's error page (follow_up_invalid / follow_up_used), nothing stored.
 */
async function storeResponse(event: H3Event, locale: SiteLocale, answers: Record<string, string>, extra: Record<string, unknown>) {
  const answer = await cmsRest('/api/needs/responses', { method: 'POST', body: { locale, answers, ...extra }, clientId: clientId(event) }).catch(() => ({ status: 0, body: null }));
  const code = CmsCode.safeParse(answer.body);
  if (code.success && (code.data.error.details.code === 'follow_up_invalid' || code.data.error.details.code === 'follow_up_used')) {
    throw formError(code.data.error.details.code, 'This follow-up link cannot be used.', { locale });
  }
  if (answer.status !== 201) console.error(`[site] needs response not stored: CMS HTTP ${answer.status}`);
  const cancel = CancelToken.safeParse(answer.body);
  return { stored: answer.status === 201, followUpCancelToken: cancel.success ? cancel.data.followUpCancelToken : null };
}

async function sendContact(event: H3Event, locale: SiteLocale, request: ContactRequest): Promise<{ outcome: ContactOutcome; token: string | null }> {
  const body = { locale, ...request, consentText: contactConsentText(locale) };
  const answer = await cmsRest('/api/needs/contacts', { method: 'POST', body, clientId: clientId(event) }).catch(() => ({ status: 0, body: null }));
  const token = typeof answer.body === 'object' && answer.body !== null && 'deleteToken' in answer.body && typeof answer.body.deleteToken === 'string' ? answer.body.deleteToken : null;
  if (answer.status !== 201 || token === null) {
    console.error(`[site] needs contact not stored: CMS HTTP ${answer.status}`);
    return { outcome: 'failed', token: null };
  }
  return { outcome: 'sent', token };
}

/**
 * POST /api/needs-check — the needs-check form, a plain HTML form post (no JavaScript needed). Same-origin only,
 * rate-limited per client in the CMS database (429, code rate_limited), at most 16 KB (413), validated against the published check (400 with a message; nothing stored). The
 * result is kept in the reader's browser (cookie); only with the consent tick are the answers sent to the CMS for
 * statistics, and only with the contact tick and its consent the contact details. Answers 303 to the result page.
 */
export default defineEventHandler(async (event) => {
  // The size cap first (413 whoever posts): a refused oversize post does not use up the client's submissions.
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const decision = await needsCheckRate(event);
  if (!decision.allowed) {
    setResponseHeader(event, 'retry-after', decision.retryAfterS);
    throw formError('rate_limited', `Too many submissions; try again in ${decision.retryAfterS} s.`, { retryAfterS: decision.retryAfterS, locale: localeField(body) });
  }
  const { answers: input, rest } = splitForm(body);
  const form = SubmissionSchema.safeParse(rest);
  if (!form.success) throw invalidForm(form.error, { locale: localeField(rest) });
  const { locale } = form.data;
  const followUp = FollowUpFormSchema.safeParse(rest);
  if (!followUp.success) throw invalidForm(followUp.error, { locale });
  // The reminder needs the stored first answer to pair with, and an address to write to.
  if (followUp.data.followUp && !followUp.data.followUpToken && (!form.data.consent || !z.email().safeParse(followUp.data.followUpEmail).success)) {
    throw formError('follow_up_email', 'The follow-up reminder needs the consent to store the answers and a valid e-mail address.', { locale });
  }
  const check = await loadCheck(locale);
  if (!check) throw notFound('needs check');
  const validation = validateSubmission(check, input);
  if (!validation.ok) throw invalidForm(validation.message, { locale });

  const { catalogue } = await loadNeedsCatalogue(locale);
  const { stored } = evaluateCheck(check, validation.answers, catalogue, Math.floor(Date.now() / 1000));
  const store = cookieNeedsStore(event);
  store.save(addCheck(store.load(), stored));

  const flash: NeedsFlash = { stored: null, contact: null, deleteToken: null };
  if (form.data.consent) {
    const extra = followUpFields(followUp.data);
    const result = await storeResponse(event, locale, validation.answers, extra);
    flash.stored = result.stored;
    if (result.stored && extra.followUpToken) flash.followUp = 'paired';
    if (result.followUpCancelToken) Object.assign(flash, { followUp: 'pending', followUpCancelToken: result.followUpCancelToken });
  }
  if (form.data.contact) {
    const request = contactRequest(form.data, validation.context.municipality);
    if (request.ok) {
      const sent = await sendContact(event, locale, request.request);
      flash.contact = sent.outcome;
      flash.deleteToken = sent.token;
    } else {
      flash.contact = request.outcome;
    }
  }
  setNeedsFlash(event, flash);
  return sendRedirect(event, pageUrl('needs-check-result', locale), 303);
});
