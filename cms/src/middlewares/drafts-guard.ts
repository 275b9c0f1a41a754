import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ALL_CONTENT_TYPES, EDITORIAL_NEEDS_TYPES } from '../lib/content-types';
import type { DocumentContext, DocumentMiddleware, DocumentNext } from './document-context';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const GUARDED = new Set<string>([...ALL_CONTENT_TYPES, ...EDITORIAL_NEEDS_TYPES]);

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string } | null;
}

/** Strapi's name for the API-token strategy ('api-token' before 5.x split content-API and admin tokens). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** Admin users and full-access API tokens (the site's draft preview) may read drafts; the public and read-only tokens may not. */
export function mayReadDrafts(auth: AuthState | undefined): boolean {
  if (!auth?.strategy?.name) return false;
  if (auth.strategy.name === 'admin') return true;
  return API_TOKEN_STRATEGIES.has(auth.strategy.name) && auth.credentials?.type === 'full-access';
}

/**
 * Strapi 5's content API serves drafts to anyone with `find` permission who asks for `status=draft`
 * (REST) or `status: DRAFT` (GraphQL). Both end in the document service, so one guard here covers both.
 * Calls outside an HTTP request (bootstrap, seed, search sync) are trusted.
 */
export function draftsGuard(strapi: Core.Strapi) {
  return (async (context: DocumentContext, next: DocumentNext) => {
    if (!READ_ACTIONS.has(context.action) || !GUARDED.has(context.uid)) return next();
    const params = context.params as { status?: unknown } | undefined;
    if (params?.status !== 'draft') return next();
    const ctx = strapi.requestContext.get();
    if (!ctx) return next();
    if (!mayReadDrafts(ctx.state?.auth as AuthState | undefined)) {
      throw new errors.ForbiddenError('Drafts are not readable with this token: only published content is public.');
    }
    return next();
  }) satisfies DocumentMiddleware;
}
