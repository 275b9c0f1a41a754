import type { LocaleCode } from '../lib/content-types';

/**
 * The site's paths the inbox and follow-up mails link to (site/i18n/page-paths.ts: needs-check, needs-check-unsubscribe;
 * the efforts' pages are h13-efforts' `/insatser` ↔ `/en/efforts`).
 */
const PATHS: Record<LocaleCode, { check: string; unsubscribe: string; efforts: string }> = {
  sv: { check: '/behovskoll', unsubscribe: '/behovskoll/avregistrera', efforts: '/insatser' },
  en: { check: '/en/needs-check', unsubscribe: '/en/needs-check/unsubscribe', efforts: '/en/efforts' },
};

const q = encodeURIComponent;
export const effortUrl = (siteUrl: string, locale: LocaleCode, slug: string) => `${siteUrl}${PATHS[locale].efforts}/${q(slug)}`;
export const unsubscribeUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}${PATHS[locale].unsubscribe}?token=${q(token)}`;
/** RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` here (the site's server route). */
export const oneClickUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}/api/needs-contact-unsubscribe?locale=${locale}&token=${q(token)}`;
export const followUpUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}${PATHS[locale].check}?followUp=${q(token)}`;
