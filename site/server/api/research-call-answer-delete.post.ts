import { z } from 'zod';
import { TokenSchema } from '#shared/research-calls/answer';
import { LocaleSchema } from '../graphql/common';

const DeleteBodySchema = z.object({ locale: LocaleSchema, token: TokenSchema });

/**
 * POST /api/research-call-answer-delete — "delete my answer", the button on the page the delete link opens (a link
 * alone deletes nothing: mail scanners open links). Same-origin; the CMS rate-limits. 303 to the page with the outcome.
 */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const parsed = DeleteBodySchema.safeParse(body);
  const locale = parsed.success ? parsed.data.locale : (localeField(body) ?? 'sv');
  const page = pageUrl('research-take-part-delete', locale);
  if (!parsed.success) return sendRedirect(event, `${page}?result=invalid`, 303);
  const answer = await cmsRest('/api/research-call-answers/delete', { method: 'POST', body: { token: parsed.data.token, locale }, clientId: clientId(event) });
  if (answer.status === 429) throw formError('rate_limited', 'Too many deletions; try again later.', { retryAfterS: 600, locale });
  if (answer.status !== 200 && answer.status !== 404) console.error(`[site] answer delete failed: CMS HTTP ${answer.status}`);
  const result = answer.status === 200 ? 'deleted' : answer.status === 404 ? 'invalid' : 'failed';
  return sendRedirect(event, `${page}?result=${result}`, 303);
});
