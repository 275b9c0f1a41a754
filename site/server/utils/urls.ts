import { contentUrl, type ContentType } from '@kunskapsnavet/search';
import { PAGE_PATHS, type PageName } from '~~/i18n/page-paths';
import type { SiteLocale } from '#shared/types/locale';

export { contentUrl };
export type { ContentType };


/** The path of a page from PAGE_PATHS in one language, e.g. `/en/topics/e-commerce`. */
export function pageUrl(page: PageName, locale: SiteLocale, slug = ''): string {
  const path: string = PAGE_PATHS[page][locale];
  const withSlug = path.replace('[slug]', encodeURIComponent(slug));
  if (locale === 'sv') return withSlug;
  return withSlug === '/' ? '/en' : `/en${withSlug}`;
}

/** The list page of a content type ("its section"), where the language switch lands when an item is untranslated. */
export function sectionUrl(type: ContentType, locale: SiteLocale): string {
  return contentUrl(type, locale, '').replace(/\/$/, '');
}
