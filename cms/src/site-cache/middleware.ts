import type { Core } from '@strapi/strapi';
import { ALL_CONTENT_TYPES, EDITORIAL_NEEDS_TYPES, SIGNUP_TYPES } from '../lib/content-types';
import type { DocumentContext, DocumentMiddleware, DocumentNext } from '../middlewares/document-context';
import type { Change } from './notify';

/** Changes that alter what the site shows: going live or away, and edits of what is already live. */
const ALWAYS = new Set(['publish', 'unpublish', 'delete', 'discardDraft']);
const EDITS = new Set(['create', 'update']);
/** Public content; the needs check the site shows; sign-ups, which change an occasion's seats left. */
const WATCHED = new Set<string>([...ALL_CONTENT_TYPES, ...EDITORIAL_NEEDS_TYPES, SIGNUP_TYPES.signup]);

/** create/update change the live version only with status published, or on a type without drafts. */
function touchesLive(strapi: Core.Strapi, context: DocumentContext): boolean {
  if (ALWAYS.has(context.action)) return true;
  if (!EDITS.has(context.action)) return false;
  const status = (context.params as { status?: unknown } | undefined)?.status;
  const draftAndPublish = strapi.contentType(context.uid)?.options?.draftAndPublish === true;
  return !draftAndPublish || status === 'published';
}

/**
 * Tells the site's replicas to forget their rendered pages once a change to public content has committed
 * (onCommit: a page rendered on the call must already read the new version). Drafts being edited call nothing.
 */
export function siteCacheMiddleware(strapi: Core.Strapi, changed: (change: Change) => void) {
  return (async (context: DocumentContext, next: DocumentNext) => {
    if (!WATCHED.has(context.uid) || !touchesLive(strapi, context)) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      const result = await next();
      onCommit(() => changed({ uid: context.uid, action: context.action }));
      return result;
    });
  }) satisfies DocumentMiddleware;
}
