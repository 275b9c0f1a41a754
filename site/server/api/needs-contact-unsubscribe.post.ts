import { getQuery } from 'h3';
import { z } from 'zod';
import { LocaleSchema } from '../graphql/common';
import { FollowUpToken } from '../utils/needs-follow-up';

const FormSchema = z.object({ locale: LocaleSchema.default('sv'), token: FollowUpToken.optional() });

type Outcome = 'unsubscribed' | 'not-found' | 'failed' | 'missing';

/** RFC 8058: a mail client's one-click unsubscribe posts `List-Unsubscribe=One-Click` to the URL in the header. */
const isOneClick = (body: unknown) => typeof body === 'object' && body !== null && 'List-Unsubscribe' in body && body['List-Unsubscribe'] === 'One-Click';

/**
 * POST /api/needs-contact-unsubscribe — the invitation mail's unsubscribe: the page's form (same origin, token in the
 * body; answers 303 back to the page with the outcome), or a mail client's one-click post (token and locale in the
 * URL; no Origin to check, the token is the authority; answers 200). No further invitation reaches this contact.
 */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  const oneClick = isOneClick(body);
  if (!oneClick) assertSameOrigin(event);
  const form = FormSchema.safeParse(oneClick ? getQuery(event) : body);
  const locale = form.success ? form.data.locale : 'sv';
  let outcome: Outcome = 'missing';
  if (form.success && form.data.token) {
    const answer = await cmsRest('/api/needs/contacts/unsubscribe', { method: 'POST', body: { token: form.data.token }, clientId: clientId(event) }).catch(() => ({ status: 0, body: null }));
    const done = typeof answer.body === 'object' && answer.body !== null && 'unsubscribed' in answer.body ? answer.body.unsubscribed : undefined;
    if (answer.status === 200) outcome = done === true ? 'unsubscribed' : 'not-found';
    else {
      outcome = 'failed';
      console.error(`[site] unsubscribe failed: CMS HTTP ${answer.status}`);
    }
  }
  if (oneClick) {
    if (outcome === 'failed') setResponseStatus(event, 503);
    return { outcome };
  }
  return sendRedirect(event, `${pageUrl('needs-check-unsubscribe', locale)}?status=${outcome}`, 303);
});
