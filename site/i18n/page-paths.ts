import { ROUTES } from '@kunskapsnavet/search';

type Paths = { sv: string; en: string };

/** `/en/articles` → `/articles`: i18n adds the `/en` prefix itself. */
const en = (path: string) => path.replace(/^\/en/, '');

function item(type: keyof typeof ROUTES.sv): { list: Paths; detail: Paths } {
  return {
    list: { sv: ROUTES.sv[type], en: en(ROUTES.en[type]) },
    detail: { sv: `${ROUTES.sv[type]}/[slug]`, en: `${en(ROUTES.en[type])}/[slug]` },
  };
}

const article = item('research-article');
const guide = item('guide');
const module = item('course-module');
const path = item('learning-path');

/**
 * Localized paths of every page, keyed by page name (file path under app/pages). The content routes come from
 * the search library's ROUTES, the one place they are written, so search hits and pages cannot disagree.
 */
export const PAGE_PATHS: Record<string, Paths> = {
  index: { sv: '/', en: '/' },
  search: { sv: '/sok', en: '/search' },
  'articles/index': article.list,
  'articles/[slug]': article.detail,
  'guides/index': guide.list,
  'guides/[slug]': guide.detail,
  'modules/index': module.list,
  'modules/[slug]': module.detail,
  'paths/index': path.list,
  'paths/[slug]': path.detail,
  'topics/[slug]': { sv: '/amnen/[slug]', en: '/topics/[slug]' },
  'authors/[slug]': { sv: '/forfattare/[slug]', en: '/authors/[slug]' },
  'centres/[slug]': { sv: '/larcentrum/[slug]', en: '/learning-centres/[slug]' },
  'my-learning': { sv: '/mitt-larande', en: '/my-learning' },
  preview: { sv: '/forhandsvisning', en: '/preview' },
};
