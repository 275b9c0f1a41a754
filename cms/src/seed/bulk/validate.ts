import type { Core, Schema } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { DEFAULT_LOCALE, type LocaleCode } from '../../lib/content-types';
import { knowledgeCheckProblems } from '../../middlewares/course-module-rules';
import { studyProblems } from '../../research/original-study';
import type { SeedItem } from '../upsert';
import { IMPORT_TYPES, type ImportRow } from './rows';

/** A row checked like an editor's save and publish: each locale's data as it will be stored. */
export interface ValidRow {
  uid: (typeof IMPORT_TYPES)[keyof typeof IMPORT_TYPES];
  slug: string;
  locales: { locale: LocaleCode; slug: string; data: Record<string, unknown> }[];
}

type Attributes = Record<string, Schema.Attribute.AnyAttribute>;

const ValidationDetails = z.object({
  details: z.object({ errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])).default([]), message: z.string().default('') })) }),
});

/** What an admin would read: Strapi's ValidationError carries the failing fields in details.errors. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = ValidationDetails.safeParse(error);
  // Field messages that only repeat the error's own message add nothing but the field's name.
  const fields = details.success ? details.data.details.errors.map((e) => (e.message === error.message ? e.path.join('.') : `${e.path.join('.')}: ${e.message}`)) : [];
  return fields.length > 0 ? `${error.message} (${fields.join('; ')})` : error.message;
}

const isLocalized = (attribute: Schema.Attribute.AnyAttribute) => (attribute.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized !== false;
const filled = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

/**
 * Relations and media point to other documents: their ids, locales and published versions are the Document
 * Service's business, so a row that sets any is written through it (writeRow) rather than by the bulk writer.
 */
export function needsDocumentService(strapi: Core.Strapi, row: ImportRow): boolean {
  const attributes = strapi.getModel(IMPORT_TYPES[row.type]).attributes as Attributes;
  return [row.sv, row.en ?? {}].some((data) => Object.entries(data).some(([name, value]) => ['relation', 'media'].includes(attributes[name]?.type ?? '') && filled(value)));
}

/** The project's own rules for the import types (cms/src/middlewares), on the data before it is stored. */
function projectProblems(uid: ValidRow['uid'], data: Record<string, unknown>): { path: string; message: string }[] {
  if (uid === IMPORT_TYPES['research-article']) {
    const study = data.originalStudy as Parameters<typeof studyProblems>[0] | null | undefined;
    if (!study) return [{ path: 'originalStudy', message: 'En forskningsartikel behöver sin originalstudie (författare, år, titel och DOI eller länk) innan den publiceras. / A research article needs its original study (authors, year, title and a DOI or link) before it is published.' }];
    return studyProblems(study).map((p) => ({ path: 'originalStudy', message: `${p.sv} / ${p.en}` }));
  }
  if (uid === IMPORT_TYPES['course-module']) {
    return knowledgeCheckProblems((data.sections ?? []) as Parameters<typeof knowledgeCheckProblems>[0]).map((message) => ({ path: 'sections', message }));
  }
  return [];
}

/**
 * Strapi's entity validator typed like the seed's items (a parameter, so the compiler does not narrow the uid to the
 * three import types, whose generated Input would demand every required field before validation has looked at them).
 */
async function validateAsCreated(strapi: Core.Strapi, uid: SeedItem['uid'], input: Record<string, unknown>, locale: LocaleCode): Promise<Record<string, unknown>> {
  return strapi.entityValidator.validateEntityCreation(strapi.contentType(uid), input, { isDraft: false, locale });
}

/**
 * Validates a row the way the admin validates a save followed by a publish: Strapi's entity validator (the one
 * the Document Service calls, with `isDraft: false`, so required fields count) on each locale, the English one
 * carrying the Swedish non-localized fields as Strapi copies them, then the project's content rules. Throws
 * Strapi's ValidationError, which the importer reports with the row's line.
 */
export async function validateRow(strapi: Core.Strapi, row: ImportRow): Promise<ValidRow> {
  const uid = IMPORT_TYPES[row.type];
  const model = strapi.contentType(uid);
  const attributes = model.attributes as Attributes;
  const shared = Object.fromEntries(Object.entries(row.sv).filter(([name]) => attributes[name] && !isLocalized(attributes[name])));
  const inputs: [LocaleCode, Record<string, unknown>][] = [[DEFAULT_LOCALE, row.sv]];
  if (row.en) inputs.push(['en', { ...row.en, ...shared }]);
  const locales: ValidRow['locales'] = [];
  for (const [locale, input] of inputs) {
    const data = await validateAsCreated(strapi, uid, input, locale);
    const problems = projectProblems(uid, data);
    if (problems.length > 0) {
      throw new errors.ValidationError(problems.map((p) => p.message).join(' '), { errors: problems.map((p) => ({ path: [p.path], message: p.message })) });
    }
    locales.push({ locale, slug: String(data.slug), data });
  }
  return { uid, slug: row.slug, locales };
}
