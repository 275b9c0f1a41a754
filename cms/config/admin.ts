import type { Core } from '@strapi/strapi';
/** Site paths of the draft preview per content type (the site's /forhandsvisning ↔ /en/preview route). */
const PREVIEW_TYPES: Record<string, string> = {
  'api::research-article.research-article': 'research-article',
  'api::guide.guide': 'guide',
  'api::course-module.course-module': 'course-module',
  'api::learning-path.learning-path': 'learning-path',
};

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  // Strapi 5 Preview (Community edition): the admin's Preview button opens the site's preview route, which reads
  // the draft server-side with a full-access token. Same variable names as the site's, so one .env serves both.
  preview: {
    enabled: Boolean(env('NUXT_PREVIEW_SECRET', '')),
    config: {
      allowedOrigins: [env('NUXT_PUBLIC_SITE_URL', 'http://localhost:3000')],
      async handler(uid: string, { documentId, locale }: { documentId: string; locale?: string }) {
        const type = PREVIEW_TYPES[uid];
        if (!type) return null;
        const path = locale === 'en' ? '/en/preview' : '/forhandsvisning';
        const query = new URLSearchParams({ type, documentId, locale: locale ?? 'sv', secret: env('NUXT_PREVIEW_SECRET', '') });
        return `${env('NUXT_PUBLIC_SITE_URL', 'http://localhost:3000')}${path}?${query}`;
      },
    },
  },
  flags: { nps: false, promoteEE: false },
  watchIgnoreFiles: ['**/test/**', '**/seed/**'],
});
