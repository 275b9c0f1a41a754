import { z } from 'zod';
import type { Catalogue, CandidateItem, CandidatePath } from '@kunskapsnavet/needs';
import { LEVELS } from '@kunskapsnavet/search';
import type { SiteLocale } from '#shared/types/locale';
import { contentUrl, pageUrl } from '../utils/urls';

/**
 * What the needs check may recommend: every published path, guide, module and research article of one language,
 * with the topics, level and minutes the recommender matches on, and the learning centres (by municipality) for
 * the result page, and topic names for the reasons. One query, cached by the loader.
 */
const LIMIT = 100;
const TOPICS = 'topics { slug }';

export const CATALOGUE_QUERY = /* GraphQL */ `
  query NeedsCatalogue($locale: I18NLocaleCode!) {
    paths: learningPaths(locale: $locale, sort: ["title:asc"], pagination: { limit: ${LIMIT} }) {
      documentId title slug level totalMinutes ${TOPICS}
      steps { article { documentId } guide { documentId } module { documentId } }
    }
    guides(locale: $locale, sort: ["title:asc"], pagination: { limit: ${LIMIT} }) { documentId title slug level minutes: estimatedMinutes ${TOPICS} }
    modules: courseModules(locale: $locale, sort: ["title:asc"], pagination: { limit: ${LIMIT} }) { documentId title slug level format minutes: durationMinutes ${TOPICS} }
    articles: researchArticles(locale: $locale, sort: ["title:asc"], pagination: { limit: ${LIMIT} }) { documentId title slug level minutes: readingMinutes ${TOPICS} }
    centres: learningCentres(locale: $locale, sort: ["name:asc"], pagination: { limit: ${LIMIT} }) { name slug municipality }
    topicNames: topics(locale: $locale, pagination: { limit: ${LIMIT} }) { name slug }
  }
`;

const Level = z.enum(LEVELS);
const Topics = z.array(z.object({ slug: z.string() })).default([]);
const Ref = z.object({ documentId: z.string() }).nullish();
const Item = z.object({ documentId: z.string(), title: z.string(), slug: z.string(), minutes: z.number().int().nullish(), topics: Topics });

export const CatalogueResponseSchema = z.object({
  paths: z.array(z.object({
    documentId: z.string(), title: z.string(), slug: z.string(), level: Level, totalMinutes: z.number().int().nullish(), topics: Topics,
    steps: z.array(z.object({ article: Ref, guide: Ref, module: Ref })).default([]),
  })),
  guides: z.array(Item.extend({ level: Level })),
  modules: z.array(Item.extend({ level: Level, format: z.string() })),
  articles: z.array(Item.extend({ level: Level.nullish() })),
  centres: z.array(z.object({ name: z.string(), slug: z.string(), municipality: z.string() })),
  topicNames: z.array(z.object({ name: z.string(), slug: z.string() })),
});
type Raw = z.infer<typeof CatalogueResponseSchema>;

/** The CMS's default level of a research article, for one saved before articles had a level. */
export const ARTICLE_LEVEL = 'intermediate' as const;

function toPath(raw: Raw['paths'][number], locale: SiteLocale): CandidatePath {
  return {
    documentId: raw.documentId,
    title: raw.title,
    url: contentUrl('learning-path', locale, raw.slug),
    level: raw.level,
    topics: raw.topics.map((t) => t.slug),
    // A step whose item is unpublished in this language comes back empty; the path page leaves it out too.
    steps: raw.steps.flatMap((s) => {
      const id = s.article?.documentId ?? s.guide?.documentId ?? s.module?.documentId;
      return id ? [id] : [];
    }),
    totalMinutes: raw.totalMinutes ?? null,
  };
}

function toItem(type: CandidateItem['type'], raw: z.infer<typeof Item>, level: CandidateItem['level'], locale: SiteLocale): CandidateItem {
  return {
    documentId: raw.documentId,
    type,
    title: raw.title,
    url: contentUrl(type, locale, raw.slug),
    level,
    topics: raw.topics.map((t) => t.slug),
    minutes: raw.minutes ?? null,
  };
}

export function toCatalogue(raw: Raw, locale: SiteLocale): Catalogue {
  return {
    paths: raw.paths.map((p) => toPath(p, locale)),
    items: [
      ...raw.guides.map((g) => toItem('guide', g, g.level, locale)),
      ...raw.modules.map((m) => toItem('course-module', m, m.level, locale)),
      ...raw.articles.map((a) => toItem('research-article', a, a.level ?? ARTICLE_LEVEL, locale)),
    ],
  };
}

export interface CentreLink {
  name: string;
  municipality: string;
  url: string;
}

export function toCentres(raw: Raw, locale: SiteLocale): CentreLink[] {
  return raw.centres.map((c) => ({ name: c.name, municipality: c.municipality, url: pageUrl('centres-slug', locale, c.slug) }));
}

/** Topic slug → name in this language, for "why this step". */
export function toTopicNames(raw: Raw): Record<string, string> {
  return Object.fromEntries(raw.topicNames.map((t) => [t.slug, t.name]));
}
