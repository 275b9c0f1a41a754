/** The site's languages; Swedish is the default and has no URL prefix. Mirrors the search library's LOCALES. */
export const SITE_LOCALES = ['sv', 'en'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

export function isSiteLocale(value: unknown): value is SiteLocale {
  return value === 'sv' || value === 'en';
}
