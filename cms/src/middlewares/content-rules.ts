import type { Core } from '@strapi/strapi';
import { ALL_CONTENT_TYPES, CONTENT_TYPES, DEFAULT_LOCALE, EFFORT_TYPES, LOCALE_CODES, PLACE_TYPES, type ContentTypeUid } from '../lib/content-types';
import { localesOf, type DocumentContext, type DocumentMiddleware, type DocumentNext } from './document-context';
import { checkModuleAfterWrite } from './course-module-rules';
import { checkEffortAfterWrite, checkEffortBeforePublish, checkEffortInput } from './effort-rules';
import { kickOccasionJobs } from '../occasions/jobs';
import { syncSignupSnapshots } from '../occasions/snapshots';
import { checkOccasionAfterWrite } from './occasion-rules';
import { checkArticleAfterWrite, checkArticlePublished } from './research-article-rules';
import { checkPathAfterWrite, checkPathTargetsPublished } from './learning-path-rules';
import { syncSharedFieldsToPublished } from './shared-fields';
import { checkSlugUnique } from './slug-rules';

const WRITE_ACTIONS = new Set(['create', 'update', 'publish']);
const HUB_TYPES = new Set<string>(ALL_CONTENT_TYPES);

function isHubType(uid: string): uid is ContentTypeUid {
  return HUB_TYPES.has(uid);
}

/**
 * Validation rules that Strapi's schema cannot express. They run inside the same database transaction as
 * the write and read the stored result, whatever shape the admin or the API sent; a failed rule throws a
 * ValidationError (HTTP 400, shown in the admin) and the transaction rolls back, so nothing is stored.
 */
export function contentRules(strapi: Core.Strapi) {
  return (async (context: DocumentContext, next: DocumentNext) => {
    const { uid, action } = context;
    if (!WRITE_ACTIONS.has(action) || !isHubType(uid)) return next();
    const params = (context.params ?? {}) as { documentId?: string; locale?: unknown; data?: unknown };
    const locales = localesOf(params, LOCALE_CODES, DEFAULT_LOCALE);
    return strapi.db.transaction(async () => {
      if (action === 'publish' && uid === CONTENT_TYPES.learningPath && params.documentId) {
        for (const locale of locales) await checkPathTargetsPublished(strapi, params.documentId, locale);
      }
      if (action !== 'publish' && uid === EFFORT_TYPES.effort) checkEffortInput(params.data);
      if (action === 'publish' && uid === EFFORT_TYPES.effort && params.documentId) {
        for (const locale of locales) await checkEffortBeforePublish(strapi, params.documentId, locale);
      }
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      if (action === 'publish') {
        for (const locale of locales) {
          await syncSharedFieldsToPublished(strapi, uid, documentId, locale);
          if (uid === CONTENT_TYPES.researchArticle) await checkArticlePublished(strapi, documentId, locale);
        }
        if (uid === PLACE_TYPES.occasion) {
          for (const locale of locales) await checkOccasionAfterWrite(strapi, documentId, locale, true);
          await syncSignupSnapshots(strapi, documentId);
          // A cancelled occasion's notices go out right after the commit (the jobs read committed data).
          kickOccasionJobs(strapi);
        }
        return result;
      }
      for (const locale of locales) {
        if ('slug' in strapi.getModel(uid).attributes) await checkSlugUnique(strapi, uid, documentId, locale);
        if (uid === CONTENT_TYPES.learningPath) {
          const total = await checkPathAfterWrite(strapi, documentId, locale);
          // The caller (admin, API) sees the derived value, not what it may have sent.
          if (total !== null && result && typeof result === 'object' && 'totalMinutes' in result) Object.assign(result, { totalMinutes: total });
        }
        if (uid === CONTENT_TYPES.courseModule) await checkModuleAfterWrite(strapi, documentId, locale);
        if (uid === PLACE_TYPES.occasion) await checkOccasionAfterWrite(strapi, documentId, locale, false);
        if (uid === CONTENT_TYPES.researchArticle) await checkArticleAfterWrite(strapi, documentId, locale);
        if (uid === EFFORT_TYPES.effort) await checkEffortAfterWrite(strapi, documentId, locale);
      }
      return result;
    });
  }) satisfies DocumentMiddleware;
}
