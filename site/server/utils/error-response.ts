import type { H3Error } from 'h3';
import { isFormErrorCode, type FormErrorCode } from '#shared/errors/form-errors';
import { isSiteLocale, type SiteLocale } from '#shared/types/locale';
import { safeUrl } from '#shared/urls/safe-url';
import { pageUrl } from './urls';

/** Codes for errors that carry none of their own, by status: every JSON error names one. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 413: 'body_too_large',
  415: 'unsupported_media_type', 429: 'rate_limited', 502: 'upstream_error', 503: 'unavailable',
};

const isSensitive = (error: H3Error) => error.unhandled || error.fatal;

/** The stable snake_case code of an error: the one it was thrown with (`data.code`), else one for its status. */
export function errorCode(error: H3Error): string {
  const data: unknown = error.data;
  if (!isSensitive(error) && typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string' && /^[a-z][a-z0-9_]*$/.test(data.code)) return data.code;
  return CODE_BY_STATUS[error.statusCode] ?? 'internal';
}

/** The JSON body API clients get: `{ error: { status, code, message } }`. A bug's own message never leaves the server. */
export function jsonErrorBody(error: H3Error): { error: { status: number; code: string; message: string } } {
  const status = error.statusCode || 500;
  return { error: { status, code: errorCode(error), message: isSensitive(error) ? 'Server Error' : error.message || error.statusMessage || 'Error' } };
}

/** The same-host path of a Referer, or null: the page a form was posted from. */
function refererPath(referer: string | undefined, host: string): string | null {
  if (!referer || !URL.canParse(referer)) return null;
  const url = new URL(referer);
  if (url.host !== host) return null;
  const path = safeUrl(`${url.pathname}${url.search}`);
  return path?.startsWith('/') ? path : null;
}

const localeOfPath = (path: string): SiteLocale => (/^\/en(?:[/?]|$)/.test(path) ? 'en' : 'sv');

/**
 * Where the page for a refused form post takes the reader: its language (the form's `locale` field when it was
 * read, else the language of the page the form was on, else Swedish) and the way back (that page, else home).
 */
export function formErrorContext(data: unknown, referer: string | undefined, host: string): { locale: SiteLocale; back: string } {
  const from = refererPath(referer, host);
  const field = typeof data === 'object' && data !== null && 'locale' in data ? data.locale : undefined;
  const locale = isSiteLocale(field) ? field : from ? localeOfPath(from) : 'sv';
  return { locale, back: from ?? pageUrl('index', locale) };
}

/** The page that explains a refused form post, in one language (rendered by app/pages/form-error.vue). */
export function formErrorPageUrl(code: FormErrorCode | null, locale: SiteLocale, back: string): string {
  const query = new URLSearchParams({ ...(code ? { code } : {}), back });
  return `${pageUrl('form-error', locale)}?${query}`;
}

export const formErrorCodeOf = (error: H3Error): FormErrorCode | null => {
  const code = errorCode(error);
  return isFormErrorCode(code) ? code : null;
};
