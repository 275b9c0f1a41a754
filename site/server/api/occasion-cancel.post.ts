import { z } from 'zod';
import { LocaleSchema } from '../graphql/common';

const CancelBodySchema = z.object({ locale: LocaleSchema, token: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/) });
const CancelledSchema = z.object({ occasion: z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) }) });

/**
 * POST /api/occasion-cancel — "cancel my place", the button on the page the mail's cancel link opens (a link alone
 * cancels nothing: mail scanners open links). Same-origin only; the CMS rate-limits and offers the place to the
 * first on the waiting list. Answers 303 to the cancel page, which says what happened.
 */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const parsed = CancelBodySchema.safeParse(body);
  const locale = parsed.success ? parsed.data.locale : 'sv';
  const page = pageUrl('occasions-cancel', locale);
  if (!parsed.success) return sendRedirect(event, `${page}?result=invalid`, 303);
  const answer = await cmsRest('/api/signups/cancel', { method: 'POST', body: { token: parsed.data.token }, clientId: clientId(event) });
  if (answer.status === 429) {
    throw formError('rate_limited', 'Too many cancellations; try again later.', { retryAfterS: 600, locale });
  }
  const cancelled = answer.status === 200 ? CancelledSchema.safeParse(answer.body) : null;
  if (!cancelled?.success) {
    if (answer.status !== 404) console.error(`[site] cancel failed: CMS HTTP ${answer.status}`);
    return sendRedirect(event, `${page}?result=${answer.status === 404 ? 'invalid' : 'failed'}`, 303);
  }
  return sendRedirect(event, `${page}?result=cancelled&occasion=${encodeURIComponent(cancelled.data.occasion.slug)}`, 303);
});
