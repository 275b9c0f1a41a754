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
  // Upstream details are for the operator, not the reader: log them once, here, in one line.
  if (httpError.statusCode >= 500) console.error(`[site] ${httpError.statusCode} ${httpError.message} (${upstreamDetail(error)})`);
  return httpError;
}

/** The upstream's own words, short: the first GraphQL error, or the error's message and cause. */
export function upstreamDetail(error: unknown): string {
  if (error instanceof ClientError) return `CMS HTTP ${error.response.status}: ${error.response.errors?.[0]?.message ?? 'no message'}`;
  if (error instanceof Error) return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
  return String(error);
}

/** Strapi answers a refused GraphQL query with HTTP 200 and a FORBIDDEN error; a refused token with 401/403. */
function isRefused(error: ClientError): boolean {
  const status = error.response.status;
  return status === 401 || status === 403 || (error.response.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
}

function classify(error: unknown): H3Error {
  if (error instanceof SearchError) {
    return createError({ statusCode: error.status, statusMessage: error.status === 400 ? 'Bad Request' : 'Service Unavailable', message: error.status === 400 ? error.message : UPSTREAM_MESSAGES.searchDown, cause: error });
  }
  if (error instanceof ClientError) {
    const refused = isRefused(error);
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

type Issue = ZodError['issues'][number];

/**
 * A union ("one value or a list") fails as a bare "Invalid input"; the useful complaint is the branch error that is
 * not a plain type mismatch, e.g. `unknown value "x"; allowed: beginner, intermediate, advanced`.
 */
function specificMessage(issue: Issue): string {
  if (issue.code !== 'invalid_union') return issue.message;
  const inner = issue.errors.flat().find((candidate) => candidate.code !== 'invalid_type');
  return inner ? specificMessage(inner) : issue.message;
}

/** A 400 naming what is wrong with the request's query string or params. */
export function badRequest(error: ZodError): H3Error {
  const message = error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${specificMessage(issue)}`).join('; ');
  return createError({ statusCode: 400, statusMessage: 'Bad Request', message });
}
