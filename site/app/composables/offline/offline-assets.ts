import { PAGE_PATHS } from '~~/i18n/page-paths';
import type { SiteLocale } from '#shared/types/locale';

/** The header's colour (main.css --accent): the browser's bar and the manifest. */
export const THEME_COLOR = '#0b4f6c';

/** The web app manifest of one language (server/routes/app-manifest/[locale].ts). */
export const manifestUrl = (locale: SiteLocale) => `/app-manifest/${locale}`;

export const APP_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/**
 * What an offline copy stores besides the path and its steps: the offline page in both languages (a saved page may
 * link to the other language), the icons and manifests. The page CSS is inlined; linked stylesheets are added by the
 * saver from the page itself.
 */
export const OFFLINE_ASSETS: readonly string[] = [
  PAGE_PATHS.offline.sv,
  `/en${PAGE_PATHS.offline.en}`,
  '/favicon.svg',
  manifestUrl('sv'),
  manifestUrl('en'),
  ...APP_ICONS.map((icon) => icon.src),
];
