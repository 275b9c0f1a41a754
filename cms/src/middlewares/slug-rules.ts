import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ContentTypeUid } from '../lib/content-types';

/**
 * Slugs are unique per locale (two languages may share one). Strapi's uid check does not always see
 * the other documents' drafts, so the rule is checked here on the stored rows after the write.
 */
export async function checkSlugUnique(strapi: Core.Strapi, uid: ContentTypeUid, documentId: string, locale: string): Promise<void> {
  const mine = await strapi.db.query(uid).findOne({ where: { documentId, locale, publishedAt: null }, select: ['slug'] });
  const slug = mine?.slug;
  if (!slug) return;
  const clash = await strapi.db.query(uid).findOne({ where: { slug, locale, documentId: { $ne: documentId } }, select: ['documentId'] });
  if (clash) {
    const message = `The slug "${slug}" is already used in ${locale} by another item: choose another slug.`;
    throw new errors.ValidationError(message, { errors: [{ path: ['slug'], message }] });
  }
}
