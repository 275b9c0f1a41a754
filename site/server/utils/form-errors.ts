import { createError, type H3Error } from 'h3';
import type { ZodError } from 'zod';
import type { FormErrorCode } from '#shared/errors/form-errors';
import { isSiteLocale, type SiteLocale } from '#shared/types/locale';

/** The status of each form error code (codes: shared/errors/form-errors.ts). */
const STATUS: Record<FormErrorCode, { statusCode: number; statusMessage: string }> = {
  body_too_large: { statusCode: 413, statusMessage: 'Content Too Large' },
  invalid_form: { statusCode: 400, statusMessage: 'Bad Request' },
  cross_origin: { statusCode: 403, statusMessage: 'Forbidden' },
  rate_limited: { statusCode: 429, statusMessage: 'Too Many Requests' },
  follow_up_email: { statusCode: 400, statusMessage: 'Bad Request' },
  follow_up_invalid: { statusCode: 404, statusMessage: 'Not Found' },
  follow_up_used: { statusCode: 409, statusMessage: 'Conflict' },
};

/** Extra facts for the page: the form's language when it was read, the wait for `rate_limited`. */
export type FormErrorData = { locale?: SiteLocale; retryAfterS?: number };

/** An H3 error with the contract's `data.code`; `message` is for API clients and logs (English). */
export function formError(code: FormErrorCode, message: string, data: FormErrorData = {}): H3Error {
  return createError({ ...STATUS[code], message, data: { code, ...data } });
}

/** A form that does not validate: 400 `invalid_form`, naming the fields (for API clients). */
export function invalidForm(error: ZodError | string, data: FormErrorData = {}): H3Error {
  const message = typeof error === 'string' ? error : error.issues.map((issue) => `${issue.path.join('.') || 'form'}: ${issue.message}`).join('; ');
  return formError('invalid_form', message, data);
}

/** The `locale` field of a form that failed to validate, when it is one of ours: the error page's language. */
export function localeField(form: unknown): SiteLocale | undefined {
  if (typeof form !== 'object' || form === null || !('locale' in form)) return undefined;
  return isSiteLocale(form.locale) ? form.locale : undefined;
}
