import { contentUrl, sitePath, type ContentType } from '@kunskapsnavet/search';
import type { SiteLocale } from '#shared/types/locale';

export { contentUrl };
export type { ContentType };


/** The path of a page from PAGE_PATHS in one language, e.g. `/en/topics/e-commerce` (the search library's sitePath). */
export const pageUrl = sitePath;

/** The list page of a content type ("its section"), where the language switch lands when an item is untranslated. */
export function sectionUrl(type: ContentType, locale: SiteLocale): string {
  return contentUrl(type, locale, '').replace(/\/$/, '');
}
