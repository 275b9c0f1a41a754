import type { Core } from '@strapi/strapi';
import type { ContentTypeUid } from '../lib/content-types';

const NOT_SCALAR = new Set(['relation', 'component', 'dynamiczone', 'media']);

interface Attribute {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** Non-localized scalar attributes of a type: facts shared by every language (reading time, level, format…). */
export function sharedScalarFields(attributes: Record<string, Attribute>): string[] {
  return Object.entries(attributes)
    .filter(([, a]) => a.pluginOptions?.i18n?.localized === false && !NOT_SCALAR.has(a.type))
    .map(([name]) => name);
}

/**
 * Strapi copies shared fields to the other languages' drafts on save, but publishing one language leaves the
 * other languages' published versions with the old values: the English page would keep a reading time the
 * Swedish one corrected. After a publish, the shared facts are copied to every published language.
 */
export async function syncSharedFieldsToPublished(strapi: Core.Strapi, uid: ContentTypeUid, documentId: string, locale: string): Promise<void> {
  const fields = sharedScalarFields(strapi.getModel(uid).attributes as Record<string, Attribute>);
  if (fields.length === 0) return;
  const source = await strapi.db.query(uid).findOne({ where: { documentId, locale, publishedAt: { $notNull: true } }, select: fields });
  if (!source) return;
  const data = Object.fromEntries(fields.map((field) => [field, source[field]]));
  await strapi.db.query(uid).updateMany({ where: { documentId, locale: { $ne: locale }, publishedAt: { $notNull: true } }, data });
}
