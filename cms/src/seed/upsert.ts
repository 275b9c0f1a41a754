import type { Core } from '@strapi/strapi';
import { LOCALE_CODES, type ContentTypeUid, type EDITORIAL_NEEDS_TYPES, type LocaleCode } from '../lib/content-types';

export interface SeedItem {
  uid: ContentTypeUid | (typeof EDITORIAL_NEEDS_TYPES)[number];
  /** The Swedish slug (or the shared slug): how a second run recognises an item it already created. */
  slug: string;
  /** The field `slug` is matched on (default 'slug'; the needs check's questions use their `key`). */
  matchField?: 'slug' | 'key';
  data: (locale: LocaleCode) => Record<string, unknown>;
  /** The locales to create and publish (default both). */
  locales?: readonly LocaleCode[];
}

/**
 * Creates the item in sv, adds en, publishes both: through the Document Service, so the validation rules,
 * events and search sync see seeded content like any editor's. An item that exists is completed (a missing
 * locale, an unpublished locale) but never overwritten: editors' changes survive a re-seed.
 */
export async function upsertItem(strapi: Core.Strapi, item: SeedItem): Promise<{ documentId: string; created: boolean }> {
  const documents = strapi.documents(item.uid);
  const found = await strapi.db.query(item.uid).findOne({ where: { [item.matchField ?? 'slug']: item.slug, locale: 'sv' }, select: ['documentId'] });
  let documentId: string | undefined = found?.documentId;
  const created = !documentId;
  const locales = item.locales ?? LOCALE_CODES;
  for (const locale of locales) {
    if (!documentId) {
      const doc = await documents.create({ locale, data: item.data(locale) });
      documentId = doc.documentId;
    } else if (created) {
      // Just created in the first locale: the others cannot exist yet.
      await documents.update({ documentId, locale, data: item.data(locale) });
    } else if (!(await documents.findOne({ documentId, locale, status: 'draft', fields: ['id'] }))) {
      await documents.update({ documentId, locale, data: item.data(locale) });
    }
  }
  if (!documentId) throw new Error(`could not create ${item.uid} ${item.slug}`);
  for (const locale of locales) {
    if (created || !(await documents.findOne({ documentId, locale, status: 'published', fields: ['id'] }))) {
      await documents.publish({ documentId, locale });
    }
  }
  return { documentId, created };
}
