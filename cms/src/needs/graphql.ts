import type { Core } from '@strapi/strapi';
import { INBOX_TYPES, NEEDS_TYPES, RESEARCH_CALL_ANSWER, SIGNUP_TYPES } from '../lib/content-types';

/**
 * GraphQL's shadow CRUD would expose every content type to any token whose type allows `find` — the site's
 * read-only token included. The needs types are read only through their own routes (the check) or the
 * coordinators' k-anonymous API (responses), so none of them is in the GraphQL schema; nor are the occasions'
 * sign-ups and their tallies (personal data, reached only through cms/src/occasions).
 */
export function hideNeedsFromGraphql(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql')?.service('extension');
  if (!extension) return;
  for (const uid of [...Object.values(NEEDS_TYPES), ...Object.values(SIGNUP_TYPES), ...Object.values(INBOX_TYPES), RESEARCH_CALL_ANSWER, 'api::search-outbox.search-outbox']) extension.shadowCRUD(uid).disable();
}
