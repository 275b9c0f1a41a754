import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../lib/content-types';
import { IMPORT_TYPES, type ImportRow } from './rows';
import { errorMessage, needsDocumentService, validateRow, type ValidRow } from './validate';
import { existingSlugs } from './write';

/** A line that parsed: its number and its row. */
export type Good = { line: number; row: ImportRow };

export interface Rejected {
  line: number;
  message: string;
}

export interface BatchPlan {
  /** Rows whose item exists with a draft and a published version in each of the row's locales: nothing to do. */
  complete: Good[];
  /** New rows that passed validation: written together below the Document Service. */
  valid: (Good & { valid: ValidRow })[];
  /** Rows that exist already (or repeat a slug of this batch) or set relations: one by one through the Document Service. */
  documentService: Good[];
  rejected: Rejected[];
}

/** The slugs of `locale` among `slugs` that a stored entry of `uid` uses already. */
async function takenSlugs(strapi: Core.Strapi, uid: ValidRow['uid'], locale: string, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const hits = await strapi.db.query(uid).findMany({ where: { slug: { $in: slugs }, locale }, select: ['slug'] });
  return new Set(hits.map((hit) => String(hit.slug)));
}

/**
 * Slugs are unique per locale (cms/src/middlewares/slug-rules.ts checks it after an editor's write): a new row
 * whose slug in a locale is taken, by a stored item or an earlier row of the batch, is rejected like that save.
 */
async function slugClashes(strapi: Core.Strapi, valid: BatchPlan['valid']): Promise<Map<number, string>> {
  const clashes = new Map<number, string>();
  const seen = new Set<string>();
  const taken = new Map<string, Set<string>>();
  for (const uid of Object.values(IMPORT_TYPES)) {
    for (const locale of LOCALE_CODES) {
      const slugs = valid.filter((v) => v.valid.uid === uid).flatMap((v) => v.valid.locales.filter((l) => l.locale === locale).map((l) => l.slug));
      taken.set(`${uid}:${locale}`, await takenSlugs(strapi, uid, locale, slugs));
    }
  }
  for (const { line, valid: row } of valid) {
    for (const { locale, slug } of row.locales) {
      const key = `${row.uid}:${locale}`;
      if (taken.get(key)?.has(slug) || seen.has(`${key}:${slug}`)) clashes.set(line, `The slug "${slug}" is already used in ${locale} by another item: choose another slug. (slug)`);
      seen.add(`${key}:${slug}`);
    }
  }
  return clashes;
}

/**
 * The rows among `rows` (all existing) whose item has a draft and a published entry in every locale the row brings:
 * a second run over the same archive asks two queries per type and batch and writes nothing.
 */
async function completeRows(strapi: Core.Strapi, rows: Good[]): Promise<Set<Good>> {
  const complete = new Set<Good>();
  for (const [type, uid] of Object.entries(IMPORT_TYPES)) {
    const ofType = rows.filter((good) => good.row.type === type);
    if (ofType.length === 0) continue;
    const svEntries = await strapi.db.query(uid).findMany({ where: { slug: { $in: ofType.map((good) => good.row.slug) }, locale: 'sv', publishedAt: null }, select: ['slug', 'documentId'] });
    const documentIds = new Map(svEntries.map((entry) => [String(entry.slug), String(entry.documentId)]));
    const versions = await strapi.db.query(uid).findMany({ where: { documentId: { $in: [...documentIds.values()] } }, select: ['documentId', 'locale', 'publishedAt'] });
    const have = new Set(versions.map((v) => `${v.documentId}:${v.locale}:${v.publishedAt ? 'published' : 'draft'}`));
    for (const good of ofType) {
      const documentId = documentIds.get(good.row.slug);
      const locales = good.row.en ? LOCALE_CODES : [DEFAULT_LOCALE];
      if (documentId && locales.every((locale) => have.has(`${documentId}:${locale}:draft`) && have.has(`${documentId}:${locale}:published`))) complete.add(good);
    }
  }
  return complete;
}

/** Sorts a batch's rows: which are new and valid, which go through the Document Service, which are rejected and why. */
export async function planBatch(strapi: Core.Strapi, rows: Good[]): Promise<BatchPlan> {
  const existing = await existingSlugs(strapi, rows.map((good) => good.row));
  const complete = await completeRows(strapi, rows.filter((good) => existing.has(`${good.row.type}:${good.row.slug}`)));
  const plan: BatchPlan = { complete: [...complete], valid: [], documentService: [], rejected: [] };
  const seen = new Set<string>();
  for (const good of rows) {
    const key = `${good.row.type}:${good.row.slug}`;
    if (complete.has(good)) continue;
    if (existing.has(key) || seen.has(key) || needsDocumentService(strapi, good.row)) plan.documentService.push(good);
    else {
      try {
        plan.valid.push({ ...good, valid: await validateRow(strapi, good.row) });
      } catch (error) {
        plan.rejected.push({ line: good.line, message: errorMessage(error) });
      }
    }
    seen.add(key);
  }
  const clashes = await slugClashes(strapi, plan.valid);
  for (const [line, message] of clashes) plan.rejected.push({ line, message });
  plan.valid = plan.valid.filter((v) => !clashes.has(v.line));
  return plan;
}
