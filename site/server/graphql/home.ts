import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import { pageUrl } from '../utils/urls';
import { REF_FIELDS, RefSchema, toRef, toRefs, type RefKind } from './refs';

const NEWEST = 4;

export const HOME_QUERY = /* GraphQL */ `
  query Home($locale: I18NLocaleCode!) {
    paths: learningPaths(locale: $locale, filters: { featured: { eq: true } }, sort: ["title:asc"], pagination: { limit: 4 }) {
      ${REF_FIELDS.path} level steps { note }
    }
    articles: researchArticles(locale: $locale, sort: ["publishedAt:desc"], pagination: { limit: ${NEWEST} }) { ${REF_FIELDS.article} }
    guides: guides(locale: $locale, sort: ["publishedAt:desc"], pagination: { limit: ${NEWEST} }) { ${REF_FIELDS.guide} }
    topics: topics(locale: $locale, sort: ["name:asc"], pagination: { limit: 50 }) { name slug }
  }
`;

export const HomeResponseSchema = z.object({
  paths: z.array(RefSchema.extend({ level: z.string(), steps: z.array(z.object({ note: z.string().nullish() })).default([]) })),
  articles: z.array(RefSchema),
  guides: z.array(RefSchema),
  topics: z.array(z.object({ name: z.string(), slug: z.string() })),
});

export function toHomeView(raw: z.infer<typeof HomeResponseSchema>, locale: SiteLocale) {
  return {
    paths: raw.paths.map((p) => ({ ...toRef('path', p, locale), level: p.level, stepCount: p.steps.length })),
    articles: toRefs('article', raw.articles, locale),
    guides: toRefs('guide', raw.guides, locale),
    topics: raw.topics.map((t) => ({ name: t.name, slug: t.slug, url: pageUrl('topics-slug', locale, t.slug) })),
  };
}

/** The section list pages (/artiklar, /guider, /kurser): every item of one type, by title. */
const SECTION_FIELDS: Record<Exclude<RefKind, 'path'>, string> = {
  article: `researchArticles(locale: $locale, sort: ["title:asc"], pagination: { limit: 100 }) { ${REF_FIELDS.article} }`,
  guide: `guides(locale: $locale, sort: ["title:asc"], pagination: { limit: 100 }) { ${REF_FIELDS.guide} }`,
  module: `courseModules(locale: $locale, sort: ["title:asc"], pagination: { limit: 100 }) { ${REF_FIELDS.module} }`,
};

export const SectionKindSchema = z.enum(['article', 'guide', 'module']);

export function sectionQuery(kind: z.infer<typeof SectionKindSchema>): string {
  return `query Section($locale: I18NLocaleCode!) { items: ${SECTION_FIELDS[kind]} }`;
}

export const SectionResponseSchema = z.object({ items: z.array(RefSchema) });
