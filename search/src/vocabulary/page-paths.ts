import { ROUTES } from '../urls.ts';
import type { Locale } from '../vocabulary.ts';

type SitePath = `/${string}`;
type Paths = { sv: SitePath; en: SitePath };

/** `/en/articles` → `/articles`: i18n adds the `/en` prefix itself. */
function withoutPrefix(path: string): SitePath {
  const rest = path.replace(/^\/en(?=\/|$)/, '');
  return rest.startsWith('/') ? `/${rest.slice(1)}` : '/';
}

function item(type: keyof typeof ROUTES.sv): { list: Paths; detail: Paths } {
  return {
    list: { sv: ROUTES.sv[type], en: withoutPrefix(ROUTES.en[type]) },
    detail: { sv: `${ROUTES.sv[type]}/[slug]`, en: `${withoutPrefix(ROUTES.en[type])}/[slug]` },
  };
}

const article = item('research-article');
const guide = item('guide');
const module = item('course-module');
const path = item('learning-path');

/**
 * Localized paths of every page of the site, keyed by route name (pages/articles/[slug].vue → `articles-slug`): the
 * one place they are written. The site's i18n routes are built from it; the CMS's mails and preview links point into
 * it. The content routes come from ROUTES, so search hits and pages agree. `en` paths are without the `/en` prefix.
 */
export const PAGE_PATHS = {
  index: { sv: '/', en: '/' },
  search: { sv: '/sok', en: '/search' },
  articles: article.list,
  'articles-slug': article.detail,
  guides: guide.list,
  'guides-slug': guide.detail,
  modules: module.list,
  'modules-slug': module.detail,
  paths: path.list,
  'paths-slug': path.detail,
  'topics-slug': { sv: '/amnen/[slug]', en: '/topics/[slug]' },
  'authors-slug': { sv: '/forfattare/[slug]', en: '/authors/[slug]' },
  centres: { sv: '/larcentrum', en: '/learning-centres' },
  'centres-slug': { sv: '/larcentrum/[slug]', en: '/learning-centres/[slug]' },
  'municipalities-slug': { sv: '/kommun/[slug]', en: '/municipalities/[slug]' },
  occasions: { sv: '/tillfallen', en: '/occasions' },
  // The CMS's mails link to these (cancel with ?token=): keep them as they are.
  'occasions-cancel': { sv: '/tillfallen/avboka', en: '/occasions/cancel' },
  'occasions-slug': { sv: '/tillfallen/[slug]', en: '/occasions/[slug]' },
  'occasions-slug-confirmation': { sv: '/tillfallen/[slug]/bekraftelse', en: '/occasions/[slug]/confirmation' },
  efforts: { sv: '/insatser', en: '/efforts' },
  'efforts-slug': { sv: '/insatser/[slug]', en: '/efforts/[slug]' },
  'my-learning': { sv: '/mitt-larande', en: '/my-learning' },
  'needs-check': { sv: '/behovskoll', en: '/needs-check' },
  'needs-check-result': { sv: '/behovskoll/resultat', en: '/needs-check/result' },
  'needs-check-delete': { sv: '/behovskoll/radera', en: '/needs-check/delete' },
  // The CMS's invitation mails link here (?token=): keep as is (cms/src/inbox/links.ts).
  'needs-check-unsubscribe': { sv: '/behovskoll/avregistrera', en: '/needs-check/unsubscribe' },
  'form-error': { sv: '/formularfel', en: '/form-error' },
  'research-take-part': { sv: '/forskning/medverka', en: '/research/take-part' },
  // The delete link given after an answer points here (?token=): keep it as it is.
  'research-take-part-delete': { sv: '/forskning/medverka/radera', en: '/research/take-part/delete' },
  'research-take-part-slug': { sv: '/forskning/medverka/[slug]', en: '/research/take-part/[slug]' },
  'research-take-part-slug-thanks': { sv: '/forskning/medverka/[slug]/tack', en: '/research/take-part/[slug]/thanks' },
  preview: { sv: '/forhandsvisning', en: '/preview' },
  // The service worker (public/sw.js) serves these when a page is not saved: keep them in step with it.
  offline: { sv: '/offline', en: '/offline' },
} as const satisfies Record<string, Paths>;

export type PageName = keyof typeof PAGE_PATHS;

/** The path of a page in one language, e.g. `/en/topics/e-commerce` (Swedish, the default, has no prefix). */
export function sitePath(page: PageName, locale: Locale, slug = ''): string {
  const path: string = PAGE_PATHS[page][locale];
  const withSlug = path.replace('[slug]', encodeURIComponent(slug));
  if (locale === 'sv') return withSlug;
  return withSlug === '/' ? '/en' : `/en${withSlug}`;
}
