import { LOCALES, otherLocale, type Locale } from '@kunskapsnavet/search/vocabulary';

/** The site's languages are the search library's LOCALES; Swedish is the default and has no URL prefix. */
export const SITE_LOCALES = LOCALES;
export type SiteLocale = Locale;
/** The language the switch leads to. */
export { otherLocale };

export function isSiteLocale(value: unknown): value is SiteLocale {
  return SITE_LOCALES.some((locale) => locale === value);
}
