import { z } from 'zod';
import { decodeFlashCookie, encodeFlashCookie } from '../forms/flash-codec';
import { ANSWER_FIELDS, FIELD_PROBLEMS, FORM_PROBLEMS, TokenSchema, type AnswerErrors, type AnswerValues, type FormProblem } from './answer';

/** The form back after bad input: what the reader typed and what is wrong, shown once on the call's page. */
export const ANSWER_FORM_COOKIE = 'kn_call_form';
/** The answer's delete token, shown once on the thank-you page. */
export const ANSWER_DONE_COOKIE = 'kn_call_done';

export interface AnswerFormFlash {
  call: string;
  values: AnswerValues;
  errors: AnswerErrors;
  problem: FormProblem | null;
}

export interface AnswerDoneFlash {
  call: string;
  deleteToken: string;
}

const FormFlashSchema = z.object({
  call: z.string().max(120),
  values: z.object({ name: z.string().max(120), email: z.string().max(200), message: z.string().max(2000), consent: z.boolean() }),
  errors: z.partialRecord(z.enum(ANSWER_FIELDS), z.enum(FIELD_PROBLEMS)),
  problem: z.enum(FORM_PROBLEMS).nullable(),
});
const DoneFlashSchema = z.object({ call: z.string().max(120), deleteToken: TokenSchema });

const encode = encodeFlashCookie;
const decode = decodeFlashCookie;

export const encodeAnswerForm = (flash: AnswerFormFlash) => encode(flash);
export const decodeAnswerForm = (value: string | undefined): AnswerFormFlash | null => decode(FormFlashSchema, value);
export const encodeAnswerDone = (flash: AnswerDoneFlash) => encode(flash);
export const decodeAnswerDone = (value: string | undefined): AnswerDoneFlash | null => decode(DoneFlashSchema, value);
