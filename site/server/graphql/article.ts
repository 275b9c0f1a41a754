import { LEVELS } from '@kunskapsnavet/search';
import { z } from 'zod';
import { BlocksSchema } from '#shared/schemas/blocks';
import type { SiteLocale } from '#shared/types/locale';
import { safeUrl } from '#shared/urls/safe-url';
import { pageUrl } from '../utils/urls';
import { alternates, LOCALIZATION_FIELDS, LocalizationsSchema, topicLinks } from './common';
import { relatedItems, TOPICS_WITH_RELATED, TopicWithRelatedSchema } from './related';

export const ARTICLE_QUERY = /* GraphQL */ `
  query Article($locale: I18NLocaleCode!, $filters: ResearchArticleFiltersInput!, $status: PublicationStatus) {
    items: researchArticles(locale: $locale, status: $status, filters: $filters, pagination: { limit: 1 }) {
      documentId title slug summary body readingMinutes level evidence evidenceNote publishedAt updatedAt
      takeaways { text }
      originalStudy { authors { name } year title venue doi url openAccess }
      authors { name slug affiliation isExample }
      ${TOPICS_WITH_RELATED}
      ${LOCALIZATION_FIELDS}
    }
  }
`;

/** The study an article summarises (CMS component research.original-study). */
const StudySchema = z.object({
  authors: z.array(z.object({ name: z.string() })).default([]),
  year: z.number().int().nullish(),
  title: z.string(),
  venue: z.string().nullish(),
  doi: z.string().nullish(),
  url: z.string().nullish(),
  openAccess: z.boolean().nullish(),
});

function toStudyView(study: z.infer<typeof StudySchema>) {
  return {
    authors: study.authors.map((a) => a.name),
    year: study.year ?? null,
    title: study.title,
    venue: study.venue ?? null,
    doi: study.doi ?? null,
    openAccess: study.openAccess === true,
    // A deep link the editor gave wins; otherwise the DOI's resolver (validation guarantees one of them).
    link: publicationLink(study.url, study.doi),
  };
}

const ArticleSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: BlocksSchema,
  readingMinutes: z.number().int(),
  level: z.enum(LEVELS).nullish(),
  evidence: z.string(),
  evidenceNote: z.string().nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  takeaways: z.array(z.object({ text: z.string() })).default([]),
  originalStudy: StudySchema.nullish(),
  authors: z.array(z.object({ name: z.string(), slug: z.string(), affiliation: z.string().nullish(), isExample: z.boolean().nullish() })).default([]),
  topics: z.array(TopicWithRelatedSchema).default([]),
  localizations: LocalizationsSchema,
});

export const ArticleResponseSchema = z.object({ items: z.array(ArticleSchema) });

/** The original's address from the CMS, else its DOI; only a safe URL ever reaches the page's href. */
function publicationLink(url: string | null | undefined, doi: string | null | undefined): string | null {
  if (url) return safeUrl(url);
  return doi ? safeUrl(`https://doi.org/${encodeURI(doi.trim())}`) : null;
}

/** What the article page shows, with every link already resolved to a site URL. */
export function toArticleView(raw: z.infer<typeof ArticleSchema>, locale: SiteLocale) {
  return {
    type: 'research-article' as const,
    documentId: raw.documentId,
    title: raw.title,
    summary: raw.summary,
    body: raw.body,
    readingMinutes: raw.readingMinutes,
    level: raw.level ?? null,
    evidence: raw.evidence,
    evidenceNote: raw.evidenceNote ?? null,
    publishedAt: raw.publishedAt ?? null,
    updatedAt: raw.updatedAt ?? null,
    takeaways: raw.takeaways.map((t) => t.text),
    study: raw.originalStudy ? toStudyView(raw.originalStudy) : null,
    /** Who wrote the plain-language summary ("Sammanfattad av"), not who did the study. */
    summarisers: raw.authors.map((a) => ({
      name: a.name,
      isExample: a.isExample === true,
      affiliation: a.isExample ? null : (a.affiliation ?? null),
      url: pageUrl('authors-slug', locale, a.slug),
    })),
    topics: topicLinks(raw.topics, locale),
    related: relatedItems(raw.topics, locale, raw.documentId),
    alternates: alternates('research-article', locale, raw.slug, raw.localizations),
  };
}

export type ArticleView = ReturnType<typeof toArticleView>;
