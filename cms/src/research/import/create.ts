import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, DEFAULT_LOCALE } from '../../lib/content-types';
import type { OriginalStudy, StudyProblem } from '../original-study';
import { parseReferences, type ParsedReference, type UnreadableReference } from './parse';

export interface ImportedDraft {
  position: number;
  documentId: string;
  title: string;
}

export interface RejectedReference {
  position: number;
  label: string;
  problems: { code: string; sv: string; en: string }[];
}

export interface ImportReport {
  /** Entries found in the input, readable or not. */
  parsed: number;
  created: ImportedDraft[];
  rejected: RejectedReference[];
}

const DUPLICATE = (title: string): RejectedReference['problems'][number] => ({
  code: 'duplicate',
  sv: `Studien finns redan som forskningsartikel ("${title}").`,
  en: `The study is already a research article ("${title}").`,
});

/** "Experimental evidence on …" → "experimental-evidence-on"; å/ä/ö as a/a/o, like the seed's slugs. */
export function slugOf(title: string): string {
  const ascii = title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-');
  return ascii.replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '') || 'studie';
}

async function existingTitle(strapi: Core.Strapi, study: OriginalStudy): Promise<string | null> {
  const sameStudy = study.doi
    ? { originalStudy: { doi: { $eqi: study.doi } } }
    : { originalStudy: { title: { $eqi: study.title }, year: study.year ?? { $null: true } } };
  const found = await strapi.documents(CONTENT_TYPES.researchArticle).findFirst({ filters: sameStudy, status: 'draft', fields: ['title'] });
  return found ? String(found.title) : null;
}

async function freeSlug(strapi: Core.Strapi, base: string, locale: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await strapi.documents(CONTENT_TYPES.researchArticle).findFirst({ filters: { slug }, locale, status: 'draft', fields: ['id'] });
    if (!taken) return slug;
  }
}

/**
 * A draft research article whose original study is filled in; the summary, body and the rest are the researcher's to
 * write, and publishing stays blocked until they are. The draft title is the study's title, to be replaced.
 */
async function createDraft(strapi: Core.Strapi, study: OriginalStudy, locale: string) {
  const title = study.title.length > 120 ? `${study.title.slice(0, 119)}…` : study.title;
  // Unreachable for a study without problems (studyProblems requires the year); here it narrows the type.
  if (study.year === null) throw new errors.ValidationError('The study has no year.');
  const slug = await freeSlug(strapi, slugOf(study.title), locale);
  // The parts the reference lacks are left out (Strapi's input types take no null; the columns are NULL all the same).
  const originalStudy = { ...study, year: study.year, venue: study.venue ?? undefined, doi: study.doi ?? undefined, url: study.url ?? undefined };
  // A draft may leave required fields empty (they are checked on publish), which Strapi's `create` type does not know:
  // the data is checked as a partial research article, the call is typed for any content type.
  const data: Modules.Documents.Params.Data.PartialInput<typeof CONTENT_TYPES.researchArticle> = { title, slug, originalStudy };
  const draft = await strapi.documents<UID.ContentType>(CONTENT_TYPES.researchArticle).create({ locale, status: 'draft', data });
  return { documentId: draft.documentId, title };
}

const isReadable = (entry: ParsedReference | UnreadableReference): entry is ParsedReference => 'study' in entry;

/**
 * Reads references (BibTeX, RIS, CSL-JSON, DOI strings) and creates one draft research article per complete, new
 * study. Each draft is created in its own transaction with the same validation as the admin (middlewares), so an
 * entry either becomes a whole draft or nothing; incomplete, unreadable or already imported entries are reported
 * with what is missing.
 */
export async function importReferences(strapi: Core.Strapi, input: string, locale: string = DEFAULT_LOCALE): Promise<ImportReport> {
  const entries = parseReferences(input);
  const report: ImportReport = { parsed: entries.length, created: [], rejected: [] };
  for (const entry of entries) {
    const problems: StudyProblem[] | UnreadableReference['problems'] = entry.problems;
    if (!isReadable(entry) || problems.length > 0) {
      report.rejected.push({ position: entry.position, label: entry.label, problems });
      continue;
    }
    const duplicate = await existingTitle(strapi, entry.study);
    if (duplicate) {
      report.rejected.push({ position: entry.position, label: entry.label, problems: [DUPLICATE(duplicate)] });
      continue;
    }
    try {
      const draft = await strapi.db.transaction(() => createDraft(strapi, entry.study, locale));
      report.created.push({ position: entry.position, documentId: draft.documentId, title: draft.title });
    } catch (error) {
      // A rule of the write refused it (the transaction rolled back): report it like any other problem.
      if (!(error instanceof errors.ValidationError)) throw error;
      report.rejected.push({ position: entry.position, label: entry.label, problems: [{ code: 'invalid', sv: error.message, en: error.message }] });
    }
  }
  return report;
}
