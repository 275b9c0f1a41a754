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
      documentId title slug summary body readingMinutes evidence evidenceNote publishedAt updatedAt
      takeaways { text }
      originalPublication { title venue year url doi }
      authors { name slug affiliation }
      ${TOPICS_WITH_RELATED}
      ${LOCALIZATION_FIELDS}
    }
  }
`;

const ArticleSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: BlocksSchema,
  readingMinutes: z.number().int(),
  evidence: z.string(),
  evidenceNote: z.string().nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  takeaways: z.array(z.object({ text: z.string() })).default([]),
  originalPublication: z
    .object({ title: z.string(), venue: z.string().nullish(), year: z.number().nullish(), url: z.string().nullish(), doi: z.string().nullish() })
    .nullish(),
  authors: z.array(z.object({ name: z.string(), slug: z.string(), affiliation: z.string().nullish() })).default([]),
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
  const publication = raw.originalPublication;
  return {
    type: 'research-article' as const,
    documentId: raw.documentId,
    title: raw.title,
    summary: raw.summary,
    body: raw.body,
    readingMinutes: raw.readingMinutes,
    evidence: raw.evidence,
    evidenceNote: raw.evidenceNote ?? null,
    publishedAt: raw.publishedAt ?? null,
    updatedAt: raw.updatedAt ?? null,
    takeaways: raw.takeaways.map((t) => t.text),
    publication: publication
      ? { ...publication, link: publicationLink(publication.url, publication.doi) }
      : null,
    authors: raw.authors.map((a) => ({ name: a.name, affiliation: a.affiliation ?? null, url: pageUrl('authors-slug', locale, a.slug) })),
    topics: topicLinks(raw.topics, locale),
    related: relatedItems(raw.topics, locale, raw.documentId),
    alternates: alternates('research-article', locale, raw.slug, raw.localizations),
  };
}

export type ArticleView = ReturnType<typeof toArticleView>;
