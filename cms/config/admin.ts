import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, sitePath, STRAPI_UID } from '@kunskapsnavet/search';
import { HUB_DEFAULTS } from '../src/lib/hub-config';
import { signedPreviewQuery } from '../src/lib/preview-link';

/** The searchable content type of a Strapi uid: the types the site's preview page can show. */
const previewType = (uid: string) => Object.entries(STRAPI_UID).find(([, value]) => value === uid)?.[0];
const localeOf = (locale: string | undefined) => LOCALES.find((code) => code === locale) ?? DEFAULT_LOCALE;

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  // Strapi 5 Preview (Community edition): the admin's Preview button opens the site's preview route with a link
  // signed for this one document and locale, valid PREVIEW_LINK_TTL_S seconds; the site checks the signature and
  // reads the draft with its find-only preview token. Same secret name as the site's, so one .env serves both.
  preview: {
    enabled: Boolean(env('NUXT_PREVIEW_SECRET', '')),
    config: {
      allowedOrigins: [env('NUXT_PUBLIC_SITE_URL', HUB_DEFAULTS.siteUrl)],
      async handler(uid: string, { documentId, locale }: { documentId: string; locale?: string }) {
        const type = previewType(uid);
        if (!type) return null;
        const path = sitePath('preview', localeOf(locale));
        const query = signedPreviewQuery(env('NUXT_PREVIEW_SECRET', ''), { type, documentId, locale: locale ?? DEFAULT_LOCALE }, env.int('PREVIEW_LINK_TTL_S', 600));
        return `${env('NUXT_PUBLIC_SITE_URL', HUB_DEFAULTS.siteUrl)}${path}?${query}`;
      },
    },
  },
  // Admin logins are limited per e-mail and IP (Strapi's default: 5 in 5 minutes). The test stack logs the same dev
  // users into many browser tests within minutes, so it raises the cap; production keeps Strapi's 5.
  rateLimit: { enabled: true, interval: { min: 5 }, max: env.int('ADMIN_LOGIN_RATE_LIMIT_MAX', 5) },
  flags: { nps: false, promoteEE: false },
  watchIgnoreFiles: ['**/test/**', '**/seed/**'],
});
