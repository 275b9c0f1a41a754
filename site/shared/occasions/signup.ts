import { z } from 'zod';
import { SITE_LOCALES } from '../types/locale';

export const SIGNUP_FIELDS = ['name', 'email', 'phone', 'municipality', 'consent'] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];
export const FIELD_PROBLEMS = ['required', 'invalid'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];
/** What can go wrong with a sign-up as a whole (shown above the form). */
export const FORM_PROBLEMS = ['signup_closed', 'already_signed_up', 'failed'] as const;
export type FormProblem = (typeof FORM_PROBLEMS)[number];

/** Lengths as the form's maxlength and the CMS allow. */
export const SIGNUP_LIMITS = { name: 120, email: 200, phone: 30, municipality: 60 } as const;
/** As the CMS checks it: digits, spaces, ()- and a leading +. */
const PHONE = /^\+?[0-9 ()-]{6,30}$/;

export interface SignupValues {
  name: string;
  email: string;
  phone: string;
  municipality: string;
  consent: boolean;
}
export type SignupErrors = Partial<Record<SignupField, FieldProblem>>;

const text = z.string().max(2000).optional().transform((v) => (v ?? '').trim());

/** The form post's fields. Only the hidden ones (language, occasion) can make the whole post invalid. */
export const SignupBodySchema = z.object({
  locale: z.enum(SITE_LOCALES),
  occasion: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120),
  name: text,
  email: text,
  phone: text,
  municipality: text,
  consent: z.string().max(10).optional().transform((v) => v === 'yes'),
});

/**
 * The reader's input and what is wrong with it, field by field (empty when the sign-up may be sent). `places` are
 * the municipality values the form offers (the municipalities' slugs and `outside`).
 */
export function checkSignup(input: SignupValues, places: readonly string[]): SignupErrors {
  const errors: SignupErrors = {};
  if (input.name === '') errors.name = 'required';
  else if (input.name.length > SIGNUP_LIMITS.name) errors.name = 'invalid';
  if (input.email === '') errors.email = 'required';
  else if (input.email.length > SIGNUP_LIMITS.email || !z.email().safeParse(input.email).success) errors.email = 'invalid';
  if (input.phone !== '' && !PHONE.test(input.phone)) errors.phone = 'invalid';
  if (input.municipality === '') errors.municipality = 'required';
  else if (!places.includes(input.municipality)) errors.municipality = 'invalid';
  if (!input.consent) errors.consent = 'required';
  return errors;
}

/** The input as it may travel back to the form in a cookie: cut to the form's lengths. */
export function boundedValues(input: SignupValues): SignupValues {
  return {
    name: input.name.slice(0, SIGNUP_LIMITS.name),
    email: input.email.slice(0, SIGNUP_LIMITS.email),
    phone: input.phone.slice(0, SIGNUP_LIMITS.phone),
    municipality: input.municipality.slice(0, SIGNUP_LIMITS.municipality),
    consent: input.consent,
  };
}
