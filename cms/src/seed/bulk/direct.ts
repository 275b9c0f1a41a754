import type { Core, Schema, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { contentTypes } from '@strapi/utils';
import type { ValidRow } from './validate';

type Data = Record<string, unknown>;
type Owner = { id: number; data: Data };
type Attributes = Record<string, Schema.Attribute.AnyAttribute>;

/** Rows per INSERT: well under SQLite's bound-parameter limit for the widest table. */
const CHUNK = 200;

const COMPOSITE = new Set(['component', 'dynamiczone']);

/** The component values of one attribute of one owner, in order, each with its component's uid. */
function componentValues(attribute: Schema.Attribute.AnyAttribute, value: unknown): { uid: UID.Component; data: Data }[] {
  if (value === undefined || value === null) return [];
  const list = (Array.isArray(value) ? value : [value]) as Data[];
  if (attribute.type === 'component') return list.map((data) => ({ uid: attribute.component, data }));
  return list.map((data) => ({ uid: data.__component as UID.Component, data }));
}

/** The join-table columns Strapi's model gives a component or dynamic-zone attribute (entity, component, field, type). */
function joinColumns(strapi: Core.Strapi, ownerUid: string, name: string) {
  const joinTable = (strapi.db.metadata.get(ownerUid).attributes[name] as { joinTable: { name: string; pivotColumns: string[]; orderColumnName?: string } }).joinTable;
  const [entity, component, field, type] = joinTable.pivotColumns;
  return { table: joinTable.name, entity, component, field, type, order: joinTable.orderColumnName ?? 'order' };
}

async function insertChunks(trx: Knex.Transaction, strapi: Core.Strapi, table: string, rows: Data[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await strapi.db.getConnection(table).transacting(trx).insert(rows.slice(i, i + CHUNK));
}

/** Creates rows of `uid` in chunks (createMany: one INSERT … RETURNING id per chunk) and returns them with their ids. */
async function createRows(strapi: Core.Strapi, uid: string, rows: Data[]): Promise<Owner[]> {
  const owners: Owner[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const { ids } = await strapi.db.query(uid as UID.Schema).createMany({ data: chunk });
    chunk.forEach((data, n) => owners.push({ id: Number(ids[n]), data }));
  }
  return owners;
}

/**
 * Gives each owner its components (and theirs, recursively) as the Document Service stores them: a fresh row per
 * component value in the component's table, linked through the owner's `_cmps` table with field, type and order.
 */
async function writeComponents(trx: Knex.Transaction, strapi: Core.Strapi, ownerUid: string, owners: Owner[]): Promise<void> {
  const attributes = strapi.getModel(ownerUid as UID.Schema).attributes as Attributes;
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!COMPOSITE.has(attribute.type)) continue;
    const columns = joinColumns(strapi, ownerUid, name);
    const byUid = new Map<string, { owner: number; order: number; data: Data }[]>();
    for (const owner of owners) {
      componentValues(attribute, owner.data[name]).forEach(({ uid, data }, index) => {
        const list = byUid.get(uid) ?? [];
        list.push({ owner: owner.id, order: index + 1, data });
        byUid.set(uid, list);
      });
    }
    for (const [uid, values] of byUid) {
      const created = await createRows(strapi, uid, values.map(({ data }) => data));
      await writeComponents(trx, strapi, uid, created);
      const links = values.map((value, n) => ({ [columns.entity]: value.owner, [columns.component]: created[n].id, [columns.field]: name, [columns.type]: uid, [columns.order]: value.order }));
      await insertChunks(trx, strapi, columns.table, links);
    }
  }
}

/**
 * Writes validated rows below the Document Service, in the caller's transaction: for every row one documentId and,
 * per locale, a draft and a published entry with their own components, as create + publish would leave them. No
 * document middleware or outbox runs (the caller validated each row first and reindexes once at the end).
 */
export async function writeValidRows(strapi: Core.Strapi, rows: readonly ValidRow[], trx: Knex.Transaction, now = new Date()): Promise<void> {
  const byUid = new Map<ValidRow['uid'], ValidRow[]>();
  for (const row of rows) {
    const list = byUid.get(row.uid) ?? [];
    list.push(row);
    byUid.set(row.uid, list);
  }
  for (const [uid, group] of byUid) {
    const newDocumentId = strapi.db.metadata.get(uid).attributes.documentId as { default: () => string };
    const firstPublished = contentTypes.hasFirstPublishedAtField(strapi.contentType(uid)) ? { firstPublishedAt: now } : {};
    const entries = group.flatMap((row) => {
      const documentId = newDocumentId.default();
      return row.locales.flatMap(({ locale, data }) =>
        [null, now].map((publishedAt) => ({ ...data, documentId, locale, publishedAt, createdAt: now, updatedAt: now, ...firstPublished })),
      );
    });
    await writeComponents(trx, strapi, uid, await createRows(strapi, uid, entries));
  }
}
