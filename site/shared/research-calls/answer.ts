import { z } from 'zod';
import { SITE_LOCALES } from '../types/locale';

export const ANSWER_FIELDS = ['name', 'email', 'message', 'consent'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];
export const FIELD_PROBLEMS = ['required', 'invalid'] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];
/** What can go wrong with an answer as a whole (shown above the form). */
export const FORM_PROBLEMS = ['call_closed', 'already_answered', 'failed'] as const;
export type FormProblem = (typeof FORM_PROBLEMS)[number];

/** Lengths as the form's maxlength and the CMS allow. */
export const ANSWER_LIMITS = { name: 120, email: 200, message: 2000 } as const;

export interface AnswerValues {
  name: string;
  email: string;
  message: string;
  consent: boolean;
}
export type AnswerErrors = Partial<Record<AnswerField, FieldProblem>>;

export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const text = z.string().max(4000).optional().transform((v) => (v ?? '').trim());

/** The form post's fields. Only the hidden ones (language, call) can make the whole post invalid. */
export const AnswerBodySchema = z.object({
  locale: z.enum(SITE_LOCALES),
  call: SlugSchema,
  name: text,
  email: text,
  message: text,
  consent: z.string().max(10).optional().transform((v) => v === 'yes'),
});

/** The reader's input and what is wrong with it, field by field (empty when the answer may be sent). */
export function checkAnswer(input: AnswerValues): AnswerErrors {
  const errors: AnswerErrors = {};
  if (input.name === '') errors.name = 'required';
  else if (input.name.length > ANSWER_LIMITS.name) errors.name = 'invalid';
  if (input.email === '') errors.email = 'required';
  else if (input.email.length > ANSWER_LIMITS.email || !z.email().safeParse(input.email).success) errors.email = 'invalid';
  if (input.message.length > ANSWER_LIMITS.message) errors.message = 'invalid';
  if (!input.consent) errors.consent = 'required';
  return errors;
}

/** The input as it may travel back to the form in a cookie: cut to the form's lengths. */
export function boundedValues(input: AnswerValues): AnswerValues {
  return { name: input.name.slice(0, ANSWER_LIMITS.name), email: input.email.slice(0, ANSWER_LIMITS.email), message: input.message.slice(0, ANSWER_LIMITS.message), consent: input.consent };
}
