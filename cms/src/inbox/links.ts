import { sitePath } from '@kunskapsnavet/search';
import type { LocaleCode } from '../lib/content-types';

/** The site's pages the inbox and follow-up mails link to, by their names in the site's PAGE_PATHS. */
const q = encodeURIComponent;
export const effortUrl = (siteUrl: string, locale: LocaleCode, slug: string) => `${siteUrl}${sitePath('efforts-slug', locale, slug)}`;
export const unsubscribeUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}${sitePath('needs-check-unsubscribe', locale)}?token=${q(token)}`;
/** RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` here (the site's server route). */
export const oneClickUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}/api/needs-contact-unsubscribe?locale=${locale}&token=${q(token)}`;
export const followUpUrl = (siteUrl: string, locale: LocaleCode, token: string) => `${siteUrl}${sitePath('needs-check', locale)}?followUp=${q(token)}`;
