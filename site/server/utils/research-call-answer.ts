import { z } from 'zod';
import { ANSWER_FIELDS, FIELD_PROBLEMS, type AnswerErrors, type AnswerValues, type FormProblem } from '#shared/research-calls/answer';
import type { SiteLocale } from '#shared/types/locale';

const CreatedSchema = z.object({ deleteToken: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
const CmsErrorSchema = z.object({
  error: z.object({
    details: z.object({ code: z.string().optional(), retryAfterS: z.number().optional(), fields: z.partialRecord(z.enum([...ANSWER_FIELDS, 'locale', 'call', 'form']), z.enum(FIELD_PROBLEMS)).optional() }).optional(),
  }),
});

export type AnswerOutcome =
  | { kind: 'created'; deleteToken: string }
  | { kind: 'refused'; errors: AnswerErrors; problem: FormProblem | null }
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfterS: number };

/** Sends a checked answer to the CMS and names the outcome in the form's terms. */
export async function sendAnswer(call: string, locale: SiteLocale, values: AnswerValues, client: string): Promise<AnswerOutcome> {
  const body = { call, locale, name: values.name, email: values.email, consent: true, ...(values.message ? { message: values.message } : {}) };
  const answer = await cmsRest('/api/research-call-answers', { method: 'POST', body, clientId: client }).catch(() => ({ status: 0, body: null }));
  if (answer.status === 201) {
    const created = CreatedSchema.safeParse(answer.body);
    if (created.success) return { kind: 'created', deleteToken: created.data.deleteToken };
  }
  const details = CmsErrorSchema.safeParse(answer.body).data?.error.details;
  if (answer.status === 404) return { kind: 'not_found' };
  if (answer.status === 429) return { kind: 'rate_limited', retryAfterS: details?.retryAfterS ?? 60 };
  if (answer.status === 409 && (details?.code === 'call_closed' || details?.code === 'already_answered')) return { kind: 'refused', errors: {}, problem: details.code };
  const fields = Object.fromEntries(Object.entries(details?.fields ?? {}).filter(([k]) => (ANSWER_FIELDS as readonly string[]).includes(k)));
  if (answer.status === 400 && Object.keys(fields).length > 0) return { kind: 'refused', errors: fields, problem: null };
  console.error(`[site] research call answer not stored: CMS HTTP ${answer.status}${details?.code ? ` ${details.code}` : ''}`);
  return { kind: 'refused', errors: {}, problem: 'failed' };
}
