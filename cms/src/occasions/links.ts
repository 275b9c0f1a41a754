import { sitePath } from '@kunskapsnavet/search';
import type { LocaleCode } from '../lib/content-types';

/** The site's pages for occasions (CONTRACT-12), by their names in the site's PAGE_PATHS: the mails and calendars link to them. */
export const occasionUrl = (siteUrl: string, locale: LocaleCode, slug: string) => `${siteUrl}${sitePath('occasions-slug', locale, slug)}`;
export const cancelUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}${sitePath('occasions-cancel', locale)}?token=${encodeURIComponent(token)}`;
