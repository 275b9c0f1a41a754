import { z } from 'zod';
import { SITE_LOCALES } from '#shared/types/locale';
import en from '~~/i18n/locales/en.json';
import sv from '~~/i18n/locales/sv.json';
import { APP_ICONS, THEME_COLOR } from '~~/app/composables/offline/offline-assets';

const MESSAGES = { sv, en } as const;
const ParamsSchema = z.object({ locale: z.enum(SITE_LOCALES) });

/**
 * GET /app-manifest/sv|en — the web app manifest in the reader's language, so the site can be added to the home
 * screen. No install prompt: nothing listens for beforeinstallprompt, the browser's own menu is the way in.
 */
export default defineEventHandler((event) => {
  const parsed = ParamsSchema.safeParse(getRouterParams(event));
  if (!parsed.success) throw notFound('manifest');
  const { locale } = parsed.data;
  const messages = MESSAGES[locale];
  setResponseHeaders(event, { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=86400' });
  return JSON.stringify({
    name: messages.site.name,
    short_name: messages.site.name,
    description: messages.offline.appDescription,
    lang: locale === 'sv' ? 'sv-SE' : 'en-GB',
    dir: 'ltr',
    id: '/',
    start_url: locale === 'sv' ? '/' : '/en',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: APP_ICONS,
  });
});
