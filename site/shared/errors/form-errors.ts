/**
 * The stable codes of errors a person can meet after a plain form post. The server throws them (`data.code`), the
 * error funnel shows each as a page in the reader's language from i18n `errors.<code>.title/body`, and API clients
 * get them as `error.code` in JSON.
 */
export const FORM_ERROR_CODES = ['body_too_large', 'invalid_form', 'cross_origin', 'rate_limited', 'follow_up_email', 'follow_up_invalid', 'follow_up_used'] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

export const isFormErrorCode = (value: unknown): value is FormErrorCode => FORM_ERROR_CODES.some((code) => code === value);
