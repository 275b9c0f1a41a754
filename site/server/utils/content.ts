import type { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import { ARTICLE_QUERY, ArticleResponseSchema, toArticleView } from '../graphql/article';
import { GUIDE_QUERY, GuideResponseSchema, toGuideView } from '../graphql/guide';
import { MODULE_QUERY, ModuleResponseSchema, toModuleView } from '../graphql/module';
import { CATALOGUE_QUERY, CatalogueResponseSchema, toCatalogue, toCentres, toTopicNames } from '../graphql/catalogue';
import { PATH_QUERY, PATHS_QUERY, PathResponseSchema, toPathView } from '../graphql/path';
import { cmsQuery } from './cms';
import { CACHE_VERSION, generationKey } from './params';

/** How an item is picked: by slug on the site, by documentId in the preview. */
export type ItemFilter = { slug: string } | { documentId: string };

function filters(filter: ItemFilter) {
  return 'slug' in filter ? { slug: { eq: filter.slug } } : { documentId: { eq: filter.documentId } };
}

function itemLoader<R, V>(query: string, schema: z.ZodType<{ items: R[] }>, view: (raw: R, locale: SiteLocale) => V) {
  /** One item in one language, or null. `preview` reads the latest draft with the privileged token. */
  return async (locale: SiteLocale, filter: ItemFilter, preview = false): Promise<V | null> => {
    const data = await cmsQuery(query, { locale, filters: filters(filter), status: preview ? 'DRAFT' : undefined }, schema, { preview });
    const raw = data.items[0];
    return raw === undefined ? null : view(raw, locale);
  };
}

export const loadArticle = itemLoader(ARTICLE_QUERY, ArticleResponseSchema, toArticleView);
export const loadGuide = itemLoader(GUIDE_QUERY, GuideResponseSchema, toGuideView);
export const loadModule = itemLoader(MODULE_QUERY, ModuleResponseSchema, toModuleView);
export const loadPath = itemLoader(PATH_QUERY, PathResponseSchema, toPathView);

/** The loaders by content type, for the preview route. */
export const ITEM_LOADERS = {
  'research-article': loadArticle,
  guide: loadGuide,
  'course-module': loadModule,
  'learning-path': loadPath,
} as const;

const CACHE = { maxAge: 60, swr: true } as const;

/** Every published learning path of one language: few enough to load at once, shared by list, detail and progress. */
export const loadPaths = defineCachedFunction(
  async (locale: SiteLocale) => {
    const data = await cmsQuery(PATHS_QUERY, { locale }, PathResponseSchema);
    return data.items.map((raw) => toPathView(raw, locale));
  },
  { ...CACHE, name: `paths-${CACHE_VERSION}`, getKey: (locale: SiteLocale) => generationKey(locale) },
);

/** What the needs check recommends from (published paths and items of one language) and the learning centres. */
export const loadNeedsCatalogue = defineCachedFunction(
  async (locale: SiteLocale) => {
    const data = await cmsQuery(CATALOGUE_QUERY, { locale }, CatalogueResponseSchema);
    return { catalogue: toCatalogue(data, locale), centres: toCentres(data, locale), topicNames: toTopicNames(data) };
  },
  { ...CACHE, name: `needs-catalogue-${CACHE_VERSION}`, getKey: (locale: SiteLocale) => generationKey(locale) },
);
