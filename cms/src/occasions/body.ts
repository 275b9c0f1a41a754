import { z } from 'zod';
import { LOCALE_CODES, type LocaleCode } from '../lib/content-types';
import { SignupError, type FieldProblem } from './errors';

export const OUTSIDE_REGION = 'outside';

const signupBody = z
  .object({
    occasion: z.string().trim().min(1).max(120),
    name: z.string().trim().min(1).max(120),
    email: z.string().trim().toLowerCase().max(200).pipe(z.email()),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[+0-9 ()-]*$/)
      .optional()
      .transform((v) => v || undefined),
    municipality: z.string().trim().min(1).max(60),
    locale: z.enum(LOCALE_CODES),
    consent: z.literal(true),
  })
  .strict();

export type SignupBody = z.infer<typeof signupBody>;

const localeOf = (body: unknown): LocaleCode => {
  const locale = typeof body === 'object' && body !== null && 'locale' in body ? body.locale : undefined;
  return locale === 'en' ? 'en' : 'sv';
};

/** Validates the site's form data; a bad field becomes `fields.<name> = required | invalid`, in one 400. */
export function parseSignup(body: unknown): SignupBody {
  const locale = localeOf(body);
  const parsed = signupBody.safeParse(body);
  const fields: Record<string, FieldProblem> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys' || issue.path.length === 0) {
        fields.form = 'invalid';
        continue;
      }
      const field = String(issue.path[0]);
      const raw: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, field) : undefined;
      fields[field] = raw === undefined || raw === '' || raw === false ? 'required' : 'invalid';
    }
    throw new SignupError('invalid_signup', locale, fields);
  }
  return parsed.data;
}

const cancelBody = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/), locale: z.enum(LOCALE_CODES).optional() });

export function parseCancel(body: unknown): { token: string; locale: LocaleCode } {
  const parsed = cancelBody.safeParse(body);
  if (!parsed.success) throw new SignupError('invalid_token', localeOf(body));
  return { token: parsed.data.token, locale: parsed.data.locale ?? 'sv' };
}
