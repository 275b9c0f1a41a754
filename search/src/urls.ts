import type { ContentType, Locale } from './vocabulary.ts';

/**
 * The site's route for each content type and locale: the one place these paths are written.
 * The Nuxt pages under site/app/pages must match (Swedish is the default locale, so it has no prefix).
 */
export const ROUTES = {
  sv: {
    'research-article': '/artiklar',
    guide: '/guider',
    'course-module': '/kurser',
    'learning-path': '/larstigar',
  },
  en: {
    'research-article': '/en/articles',
    guide: '/en/guides',
    'course-module': '/en/modules',
    'learning-path': '/en/learning-paths',
  },
} as const satisfies Record<Locale, Record<ContentType, string>>;

/** The site path of one item, e.g. `/guider/starta-webbutik` or `/en/guides/start-a-web-shop`. */
export function contentUrl(type: ContentType, locale: Locale, slug: string): string {
  return `${ROUTES[locale][type]}/${encodeURIComponent(slug)}`;
}
