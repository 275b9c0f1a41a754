import { ClientError } from 'graphql-request';
import { createError, isError, type H3Error } from 'h3';
import { SearchError } from '@kunskapsnavet/search';
import { ZodError } from 'zod';

/** Upstream failures the site can name. Messages are for people; details go to the server log. */
export const UPSTREAM_MESSAGES = {
  cmsDown: 'The content service is not answering right now.',
  cmsRefused: 'The content service refused the request.',
  cmsShape: 'The content service sent something unexpected.',
  searchDown: 'Search is temporarily unavailable.',
  internal: 'Something went wrong on our side.',
} as const;

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'TimeoutError' || error.name === 'AbortError' || (error instanceof TypeError && /fetch failed/i.test(error.message));
}

/**
 * The one error funnel of the site's server: anything thrown while talking to Strapi or Meilisearch becomes an
 * H3 error with a status and a message a page can show. H3 errors (a 404 we raised) pass through unchanged.
 */
export function toHttpError(error: unknown): H3Error {
  if (isError(error)) return error;
  const httpError = classify(error);
  // Upstream details are for the operator, not the reader: log them once, here.
  if (httpError.statusCode >= 500) console.error(`[site] ${httpError.statusCode} ${httpError.message}`, error);
  return httpError;
}

function classify(error: unknown): H3Error {
  if (error instanceof SearchError) {
    return createError({ statusCode: error.status, statusMessage: error.status === 400 ? 'Bad Request' : 'Service Unavailable', message: error.status === 400 ? error.message : UPSTREAM_MESSAGES.searchDown, cause: error });
  }
  if (error instanceof ClientError) {
    const status = error.response.status;
    const refused = status === 401 || status === 403;
    return createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: refused ? UPSTREAM_MESSAGES.cmsRefused : UPSTREAM_MESSAGES.cmsShape, cause: error });
  }
  if (error instanceof ZodError) {
    return createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: UPSTREAM_MESSAGES.cmsShape, cause: error });
  }
  if (isNetworkFailure(error)) {
    return createError({ statusCode: 503, statusMessage: 'Service Unavailable', message: UPSTREAM_MESSAGES.cmsDown, cause: error });
  }
  return createError({ statusCode: 500, statusMessage: 'Internal Server Error', message: UPSTREAM_MESSAGES.internal, cause: error });
}

export function notFound(what: string): H3Error {
  return createError({ statusCode: 404, statusMessage: 'Not Found', message: `${what} not found` });
}

/** A 400 naming what is wrong with the request's query string or params. */
export function badRequest(error: ZodError): H3Error {
  const message = error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ');
  return createError({ statusCode: 400, statusMessage: 'Bad Request', message });
}
