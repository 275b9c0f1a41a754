import { z } from 'zod';
import { LocaleSchema } from '../graphql/common';

const FormSchema = z.object({
  locale: LocaleSchema.default('sv'),
  token: z.string().trim().regex(/^[A-Za-z0-9_-]{16,200}$/).optional(),
  // The pending "did it help?" reminder (its address) instead of the contact details.
  kind: z.enum(['contact', 'follow-up']).default('contact'),
});

/** What the delete page says afterwards; the token is not carried into the redirect (nor any log line). */
type Outcome = 'deleted' | 'not-found' | 'failed' | 'missing';

/**
 * POST /api/needs-contact-delete — the delete form on the page the result's one-time link leads to: asks the CMS
 * to delete the contact details behind the token and answers 303 back to that page with the outcome.
 */
export default defineEventHandler(async (event) => {
  // The size cap first: an oversize post is a 413 whoever sends it.
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const form = FormSchema.safeParse(body);
  const locale = form.success ? form.data.locale : 'sv';
  let outcome: Outcome = 'missing';
  if (form.success && form.data.token) {
    const path = form.data.kind === 'follow-up' ? '/api/needs/follow-up/cancel' : '/api/needs/contacts/delete';
    const answer = await cmsRest(path, { method: 'POST', body: { token: form.data.token }, clientId: clientId(event) }).catch(() => ({ status: 0, body: null }));
    const deleted = typeof answer.body === 'object' && answer.body !== null && 'deleted' in answer.body ? answer.body.deleted : undefined;
    if (answer.status === 200) outcome = deleted === false ? 'not-found' : 'deleted';
    else if (answer.status === 404) outcome = 'not-found';
    else {
      outcome = 'failed';
      console.error(`[site] contact delete failed: CMS HTTP ${answer.status}`);
    }
  }
  const kind = form.success && form.data.kind === 'follow-up' ? '&kind=follow-up' : '';
  return sendRedirect(event, `${pageUrl('needs-check-delete', locale)}?status=${outcome}${kind}`, 303);
});
