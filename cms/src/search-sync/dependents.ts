import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type ContentTypeUid } from '../lib/content-types';

/**
 * Which other documents embed something of this one in their search entry, and so must be re-indexed with it:
 * topic names, author names and learning-centre municipalities are copied into articles, guides and modules;
 * learning paths carry the titles of the items their steps point to.
 */
const EMBEDDED_IN: Partial<Record<ContentTypeUid, { uid: ContentTypeUid; where: (documentId: string) => object }[]>> = {
  [CONTENT_TYPES.topic]: [CONTENT_TYPES.researchArticle, CONTENT_TYPES.guide, CONTENT_TYPES.courseModule, CONTENT_TYPES.learningPath].map((uid) => ({
    uid,
    where: (documentId: string) => ({ topics: { documentId } }),
  })),
  [CONTENT_TYPES.author]: [{ uid: CONTENT_TYPES.researchArticle, where: (documentId) => ({ authors: { documentId } }) }],
  [CONTENT_TYPES.learningCentre]: [{ uid: CONTENT_TYPES.courseModule, where: (documentId) => ({ learningCentres: { documentId } }) }],
  [CONTENT_TYPES.researchArticle]: [{ uid: CONTENT_TYPES.learningPath, where: (documentId) => ({ steps: { article: { documentId } } }) }],
  [CONTENT_TYPES.guide]: [{ uid: CONTENT_TYPES.learningPath, where: (documentId) => ({ steps: { guide: { documentId } } }) }],
  [CONTENT_TYPES.courseModule]: [{ uid: CONTENT_TYPES.learningPath, where: (documentId) => ({ steps: { module: { documentId } } }) }],
};

export async function dependentsOf(strapi: Core.Strapi, uid: ContentTypeUid, documentId: string): Promise<{ uid: ContentTypeUid; documentId: string }[]> {
  const out = new Map<string, { uid: ContentTypeUid; documentId: string }>();
  for (const { uid: dependentUid, where } of EMBEDDED_IN[uid] ?? []) {
    const rows: { documentId: string }[] = await strapi.db.query(dependentUid).findMany({ where: where(documentId), select: ['documentId'] });
    for (const row of rows) out.set(`${dependentUid}:${row.documentId}`, { uid: dependentUid, documentId: row.documentId });
  }
  return [...out.values()];
}
