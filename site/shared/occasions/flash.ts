import { z } from 'zod';
import { decodeFlashCookie, encodeFlashCookie } from '../forms/flash-codec';
import { FIELD_PROBLEMS, FORM_PROBLEMS, SIGNUP_FIELDS, type FormProblem, type SignupErrors, type SignupValues } from './signup';

/** The form back after bad input: what the reader typed and what is wrong, shown once on the occasion page. */
export const SIGNUP_FORM_COOKIE = 'kn_signup_form';
/** The outcome of a sign-up, shown once on the confirmation page (with the cancel link). */
export const SIGNUP_DONE_COOKIE = 'kn_signup_done';

export interface SignupFormFlash {
  occasion: string;
  values: SignupValues;
  errors: SignupErrors;
  problem: FormProblem | null;
}

export interface SignupDoneFlash {
  occasion: string;
  status: 'confirmed' | 'waitlisted';
  position: number | null;
  cancelToken: string;
}

const FormFlashSchema = z.object({
  occasion: z.string().max(120),
  values: z.object({ name: z.string().max(120), email: z.string().max(200), phone: z.string().max(30), municipality: z.string().max(60), consent: z.boolean() }),
  errors: z.partialRecord(z.enum(SIGNUP_FIELDS), z.enum(FIELD_PROBLEMS)),
  problem: z.enum(FORM_PROBLEMS).nullable(),
});

const DoneFlashSchema = z.object({
  occasion: z.string().max(120),
  status: z.enum(['confirmed', 'waitlisted']),
  position: z.number().int().positive().nullable(),
  cancelToken: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/),
});

const encode = encodeFlashCookie;
const decode = decodeFlashCookie;

export const encodeFormFlash = (flash: SignupFormFlash) => encode(flash);
export const decodeFormFlash = (value: string | undefined): SignupFormFlash | null => decode(FormFlashSchema, value);
export const encodeDoneFlash = (flash: SignupDoneFlash) => encode(flash);
export const decodeDoneFlash = (value: string | undefined): SignupDoneFlash | null => decode(DoneFlashSchema, value);
