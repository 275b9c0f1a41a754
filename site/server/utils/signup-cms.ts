import { z } from 'zod';
import { FIELD_PROBLEMS, SIGNUP_FIELDS, type FormProblem, type SignupErrors, type SignupValues } from '#shared/occasions/signup';
import type { SiteLocale } from '#shared/types/locale';

const CreatedSchema = z.object({
  status: z.enum(['confirmed', 'waitlisted']),
  position: z.number().int().positive().nullish(),
  cancelToken: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/),
});

const CmsErrorSchema = z.object({
  error: z.object({
    details: z.object({
      code: z.string().optional(),
      retryAfterS: z.number().optional(),
      fields: z.partialRecord(z.enum([...SIGNUP_FIELDS, 'locale']), z.enum(FIELD_PROBLEMS)).optional(),
    }).optional(),
  }),
});

export type SignupOutcome =
  | { kind: 'created'; status: 'confirmed' | 'waitlisted'; position: number | null; cancelToken: string }
  | { kind: 'refused'; errors: SignupErrors; problem: FormProblem | null }
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfterS: number };

/**
 * Sends a checked sign-up to the CMS (which counts the seats inside one transaction and mails the confirmation) and
 * names the outcome in the form's terms: the CMS's field complaints become the form's messages, its 409s a problem
 * shown above the form, anything unexpected "failed" (the reader keeps their input and may try again).
 */
export async function sendSignup(occasion: string, locale: SiteLocale, values: SignupValues, clientId: string): Promise<SignupOutcome> {
  const body = { occasion, locale, name: values.name, email: values.email, municipality: values.municipality, consent: true, ...(values.phone ? { phone: values.phone } : {}) };
  const answer = await cmsRest('/api/signups', { method: 'POST', body, clientId }).catch(() => ({ status: 0, body: null }));
  if (answer.status === 201) {
    const created = CreatedSchema.safeParse(answer.body);
    if (created.success) return { kind: 'created', status: created.data.status, position: created.data.position ?? null, cancelToken: created.data.cancelToken };
  }
  const details = CmsErrorSchema.safeParse(answer.body).data?.error.details;
  if (answer.status === 404) return { kind: 'not_found' };
  if (answer.status === 429) return { kind: 'rate_limited', retryAfterS: details?.retryAfterS ?? 60 };
  if (answer.status === 409 && (details?.code === 'signup_closed' || details?.code === 'already_signed_up')) return { kind: 'refused', errors: {}, problem: details.code };
  if (answer.status === 400 && details?.fields) {
    const { locale: _ignored, ...fields } = details.fields;
    if (Object.keys(fields).length > 0) return { kind: 'refused', errors: fields, problem: null };
  }
  console.error(`[site] sign-up not stored: CMS HTTP ${answer.status}${details?.code ? ` ${details.code}` : ''}`);
  return { kind: 'refused', errors: {}, problem: 'failed' };
}
