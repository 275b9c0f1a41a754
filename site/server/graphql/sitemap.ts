import { z } from 'zod';
import { otherLocale, SITE_LOCALES, type SiteLocale } from '#shared/types/locale';
import { contentUrl, pageUrl, sectionUrl, type ContentType } from '../utils/urls';
import { alternates, LOCALIZATION_FIELDS, LocalizationsSchema } from './common';

export interface SitemapEntry {
  path: string;
  lastmod: string | null;
  alternates: Record<string, string | null>;
}

const ENTRY = `slug updatedAt ${LOCALIZATION_FIELDS}`;
const LIMIT = 'pagination: { limit: 1000 }';

export const SITEMAP_QUERY = /* GraphQL */ `
  query Sitemap($locale: I18NLocaleCode!) {
    articles: researchArticles(locale: $locale, ${LIMIT}) { ${ENTRY} }
    guides: guides(locale: $locale, ${LIMIT}) { ${ENTRY} }
    modules: courseModules(locale: $locale, ${LIMIT}) { ${ENTRY} }
    paths: learningPaths(locale: $locale, ${LIMIT}) { ${ENTRY} }
    topics: topics(locale: $locale, ${LIMIT}) { ${ENTRY} }
    efforts: efforts(locale: $locale, ${LIMIT}) { ${ENTRY} }
  }
`;

const EntrySchema = z.object({ slug: z.string(), updatedAt: z.string().nullish(), localizations: LocalizationsSchema });
export const SitemapResponseSchema = z.object({
  articles: z.array(EntrySchema), guides: z.array(EntrySchema), modules: z.array(EntrySchema),
  paths: z.array(EntrySchema), topics: z.array(EntrySchema), efforts: z.array(EntrySchema).default([]),
});

const both = (path: (l: SiteLocale) => string): SitemapEntry[] =>
  SITE_LOCALES.map((l) => ({ path: path(l), lastmod: null, alternates: { sv: path('sv'), en: path('en'), 'x-default': path('sv') } }));

/** Pages that exist in both languages at fixed paths. */
export const SECTION_PATHS: SitemapEntry[] = [
  ...both((l) => pageUrl('index', l)),
  ...both((l) => pageUrl('search', l)),
  ...both((l) => pageUrl('paths', l)),
  ...both((l) => pageUrl('centres', l)),
  ...both((l) => pageUrl('occasions', l)),
  ...both((l) => pageUrl('efforts', l)),
  ...(['research-article', 'guide', 'course-module'] as const).flatMap((type) => both((l) => sectionUrl(type, l))),
];

export function sitemapEntries(data: z.infer<typeof SitemapResponseSchema>, locale: SiteLocale): SitemapEntry[] {
  const items = (type: ContentType, list: z.infer<typeof EntrySchema>[]) =>
    list.map((e) => ({ path: contentUrl(type, locale, e.slug), lastmod: e.updatedAt?.slice(0, 10) ?? null, alternates: alternates(type, locale, e.slug, e.localizations) }));
  const other = otherLocale(locale);
  const paged = (page: 'topics-slug' | 'efforts-slug', list: z.infer<typeof EntrySchema>[]) =>
    list.map((e) => {
      const theirs = e.localizations.find((l) => l.locale === other);
      return {
        path: pageUrl(page, locale, e.slug),
        lastmod: e.updatedAt?.slice(0, 10) ?? null,
        alternates: { [locale]: pageUrl(page, locale, e.slug), [other]: theirs ? pageUrl(page, other, theirs.slug) : null },
      };
    });
  return [
    ...items('research-article', data.articles),
    ...items('guide', data.guides),
    ...items('course-module', data.modules),
    ...items('learning-path', data.paths),
    ...paged('topics-slug', data.topics),
    ...paged('efforts-slug', data.efforts),
  ];
}
