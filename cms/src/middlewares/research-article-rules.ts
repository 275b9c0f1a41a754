import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES } from '../lib/content-types';
import { studyProblems, type OriginalStudy } from '../research/original-study';

type StoredStudy = Partial<OriginalStudy> & { authors?: { name: string }[] };

async function storedStudy(strapi: Core.Strapi, documentId: string, locale: string, status: 'draft' | 'published') {
  const doc = await strapi.documents(CONTENT_TYPES.researchArticle).findOne({
    documentId,
    locale,
    status,
    populate: { originalStudy: { populate: { authors: true } } },
  });
  if (!doc) return { found: false, study: null };
  return { found: true, study: (doc as { originalStudy?: StoredStudy | null }).originalStudy ?? null };
}

/** Both languages in one message: the admin shows it as is, whichever language the editor uses. */
function fail(problems: { code: string; sv: string; en: string }[]): never {
  const messages = problems.map((p) => `${p.sv} / ${p.en}`);
  throw new errors.ValidationError(messages.join(' '), {
    errors: problems.map((p, i) => ({ path: ['originalStudy'], message: messages[i], code: p.code })),
  });
}

/**
 * A draft may be saved before the study is known, but whatever study it names must be complete and point to the
 * study itself (a DOI or a deep link, never a bare domain): an article is read as resting on that study.
 */
export async function checkArticleAfterWrite(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const { study } = await storedStudy(strapi, documentId, locale, 'draft');
  if (!study) return;
  const problems = studyProblems(study);
  if (problems.length) fail(problems);
}

/** A published research article always says which study it summarises. */
export async function checkArticlePublished(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const { found, study } = await storedStudy(strapi, documentId, locale, 'published');
  if (!found) return;
  if (!study) {
    fail([{ code: 'missing_study', sv: 'En forskningsartikel behöver sin originalstudie (författare, år, titel och DOI eller länk) innan den publiceras.', en: 'A research article needs its original study (authors, year, title and a DOI or link) before it is published.' }]);
  }
  const problems = studyProblems(study);
  if (problems.length) fail(problems);
}
