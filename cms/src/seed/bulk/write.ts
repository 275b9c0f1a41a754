import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../lib/content-types';
import { upsertItem, type SeedItem } from '../upsert';
import { IMPORT_TYPES, type ImportRow } from './rows';

/**
 * The Swedish slugs of `rows` that exist already, per type: one query per type and batch instead of one per row.
 */
export async function existingSlugs(strapi: Core.Strapi, rows: readonly ImportRow[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const [type, uid] of Object.entries(IMPORT_TYPES)) {
    const slugs = rows.filter((row) => row.type === type).map((row) => row.slug);
    if (slugs.length === 0) continue;
    const hits = await strapi.db.query(uid).findMany({ where: { slug: { $in: slugs }, locale: 'sv' }, select: ['slug'] });
    for (const hit of hits) if (typeof hit.slug === 'string') found.add(`${type}:${hit.slug}`);
  }
  return found;
}

/**
 * The Document Service typed like upsertItem's items (a parameter, so the compiler does not narrow the uid to the
 * three import types, whose generated Input would demand every required field): the row's fields were checked
 * against the import schema (rows.ts) and are checked again by Strapi's own validation on create, as an editor's
 * save would be.
 */
function seedDocuments(strapi: Core.Strapi, uid: SeedItem['uid']) {
  return strapi.documents(uid);
}

/**
 * A new item through the Document Service, like an editor's save: Swedish created, English added, then both published
 * in ONE publish call (`locale: '*'`), where upsertItem publishes each locale on its own. Same validation, same
 * middlewares, same rows; measured about 28 % less CPU per item than upsertItem (88 against 122 ms, 60 synthetic
 * items), which also asks whether each locale exists and is published, questions a new item need not ask.
 */
async function createItem(strapi: Core.Strapi, row: ImportRow): Promise<void> {
  const documents = seedDocuments(strapi, IMPORT_TYPES[row.type]);
  const { documentId } = await documents.create({ locale: 'sv', data: row.sv });
  if (row.en) await documents.update({ documentId, locale: 'en', data: row.en });
  await documents.publish({ documentId, locale: '*' });
}

/**
 * Writes one import row: a new item by the short path above, an existing one through upsertItem, which completes a
 * missing or unpublished locale and never overwrites an editor's change.
 */
export async function writeRow(strapi: Core.Strapi, row: ImportRow, exists: boolean): Promise<{ created: boolean }> {
  if (!exists) {
    await createItem(strapi, row);
    return { created: true };
  }
  return upsertItem(strapi, { uid: IMPORT_TYPES[row.type], slug: row.slug, data: (locale) => (locale === 'en' ? row.en : row.sv) ?? {}, locales: row.en ? LOCALE_CODES : [DEFAULT_LOCALE] });
}
