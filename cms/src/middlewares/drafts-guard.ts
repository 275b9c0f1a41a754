import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ALL_CONTENT_TYPES, EDITORIAL_NEEDS_TYPES } from '../lib/content-types';
import { PREVIEW_TOKEN_NAME } from '../lib/token-names';
import type { DocumentContext, DocumentMiddleware, DocumentNext } from './document-context';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const GUARDED = new Set<string>([...ALL_CONTENT_TYPES, ...EDITORIAL_NEEDS_TYPES]);

export interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string; name?: string } | null;
}

/** Strapi's name for the API-token strategy ('api-token' before 5.x split content-API and admin tokens). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Admin users, full-access API tokens and the site's find-only preview token may read drafts; the public, the site's
 * content token and every other token may not.
 */
export function mayReadDrafts(auth: AuthState | undefined): boolean {
  if (!auth?.strategy?.name) return false;
  if (auth.strategy.name === 'admin') return true;
  if (!API_TOKEN_STRATEGIES.has(auth.strategy.name)) return false;
  return auth.credentials?.type === 'full-access' || (auth.credentials?.type === 'custom' && auth.credentials.name === PREVIEW_TOKEN_NAME);
}

/** Params that choose drafts or reveal them: Strapi 5 reads any `status` but exactly 'published' as "draft". */
const PUBLICATION_PARAMS = ['publicationState', 'publicationFilter', 'hasPublishedVersion'] as const;

/** Deny by default: compares with the one allowed form (absent or exactly 'published'), never with known bad values. */
export function asksOnlyPublished(params: Record<string, unknown> | undefined): boolean {
  if (!params) return true;
  if (params.status !== undefined && params.status !== 'published') return false;
  return PUBLICATION_PARAMS.every((key) => params[key] === undefined);
}

export const DRAFTS_FORBIDDEN_MESSAGE = 'Drafts are not readable with this token: only published content is public.';

/**
 * Strapi 5's content API serves drafts to anyone with `find` permission who asks for any status but 'published'
 * (REST `status=x`, `status[0]=draft`, GraphQL `status: DRAFT`). REST and GraphQL root queries end in the document
 * service, so this guard covers both; GraphQL's nested relations are checked by the Apollo plugin
 * (cms/src/graphql). Calls outside an HTTP request (bootstrap, seed, search sync) are trusted.
 */
export function draftsGuard(strapi: Core.Strapi) {
  return (async (context: DocumentContext, next: DocumentNext) => {
    if (!READ_ACTIONS.has(context.action) || !GUARDED.has(context.uid)) return next();
    const params = context.params as Record<string, unknown> | undefined;
    if (asksOnlyPublished(params)) return next();
    const ctx = strapi.requestContext.get();
    if (!ctx) return next();
    if (!mayReadDrafts(ctx.state?.auth as AuthState | undefined)) {
      throw new errors.ForbiddenError(DRAFTS_FORBIDDEN_MESSAGE, { code: 'drafts_forbidden' });
    }
    return next();
  }) satisfies DocumentMiddleware;
}
