import type { Core } from '@strapi/strapi';
import { SEARCHABLE_TYPES } from '../lib/content-types';
import type { DocumentContext, DocumentMiddleware, DocumentNext } from '../middlewares/document-context';
import { enqueue } from './outbox';
import { outboxSuspended } from './suspend';

const CHANGE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const WATCHED = new Set<string>(SEARCHABLE_TYPES);

/**
 * Every change to hub content records an outbox entry in the same transaction as the change: if the change
 * commits, so does the entry, whether or not Meilisearch is reachable; publishing never waits on search.
 * After the commit the worker is nudged, so the index usually follows within a fraction of a second.
 */
export function syncOutboxMiddleware(strapi: Core.Strapi, onCommitted: () => void) {
  return (async (context: DocumentContext, next: DocumentNext) => {
    if (!CHANGE_ACTIONS.has(context.action) || !WATCHED.has(context.uid) || outboxSuspended()) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      const result = await next();
      const params = (context.params ?? {}) as { documentId?: string };
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) {
        await enqueue(strapi, context.uid, documentId);
        onCommit(onCommitted);
      }
      return result;
    });
  }) satisfies DocumentMiddleware;
}
