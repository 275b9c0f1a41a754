import type { LocaleCode } from '../lib/content-types';

/** The site's paths for occasions (CONTRACT-12): the mails and calendars link to them. */
const PATHS: Record<LocaleCode, { occasion: string; cancel: string }> = {
  sv: { occasion: '/tillfallen', cancel: '/tillfallen/avboka' },
  en: { occasion: '/en/occasions', cancel: '/en/occasions/cancel' },
};

export const occasionUrl = (siteUrl: string, locale: LocaleCode, slug: string) => `${siteUrl}${PATHS[locale].occasion}/${encodeURIComponent(slug)}`;
export const cancelUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}${PATHS[locale].cancel}?token=${encodeURIComponent(token)}`;
