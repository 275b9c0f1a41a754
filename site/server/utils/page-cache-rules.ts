import type { H3Event } from 'h3';
import { PAGE_PATHS, type PageName } from '~~/i18n/page-paths';
import { pageCache, searchPageCache, type PageCache } from './page-cache';

/**
 * The reading pages: the same for every visitor who carries no cookie. Search pages are shared too (their own cache,
 * see below). Never shared: occasions (seats change by the second, sign-up forms), my learning, the
 * needs check and its result, the form-error page, the preview.
 */
export const CACHED_PAGES = [
  'index', 'articles', 'articles-slug', 'guides', 'guides-slug', 'modules', 'modules-slug', 'paths', 'paths-slug',
  'topics-slug', 'authors-slug', 'centres', 'centres-slug',
] as const satisfies readonly PageName[];

function pattern(path: string): RegExp {
  const escaped = path.split('/').map((part) => (part === '[slug]' ? '[a-z0-9][a-z0-9-]{0,119}' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${escaped.join('/')}$`);
}

const SEARCH_PATHS = new Set([PAGE_PATHS.search.sv, `/en${PAGE_PATHS.search.en}`]);
/** Longer search URLs are rendered, never stored (typed queries are short; the cap bounds a key). */
const MAX_SEARCH_URL = 300;

const PATTERNS = CACHED_PAGES.flatMap((name) => [pattern(PAGE_PATHS[name].sv), pattern(PAGE_PATHS[name].en === '/' ? '/en' : `/en${PAGE_PATHS[name].en}`)]);

export interface CacheSlot {
  key: string;
  cache: PageCache;
  /** Search pages: stored only when they found something, so every search without hits reaches the backlog. */
  search: boolean;
}

/**
 * Where a request's page may be shared, or null when it must be rendered for this visitor alone: anything but a
 * plain GET of a reading page without query string (`?path=` opens a step inside the reader's path; made-up ones
 * must not fill the cache) or of the search page, and any request with a cookie or credential at all. The site's
 * cookies (progress, place, needs check, flash messages) are what makes a page personal; refusing every cookie,
 * not a list of names, keeps a future one safe.
 */
export function pageCacheSlot(event: H3Event): CacheSlot | null {
  if (event.method !== 'GET') return null;
  const headers = event.node.req.headers;
  if (headers.cookie !== undefined || headers.authorization !== undefined) return null;
  const url = event.node.req.url ?? '';
  const [path = '', query] = url.split('?', 2);
  if (SEARCH_PATHS.has(path) && url.length <= MAX_SEARCH_URL) return { key: url, cache: searchPageCache, search: true };
  if (query !== undefined) return null;
  return PATTERNS.some((re) => re.test(url)) ? { key: url, cache: pageCache, search: false } : null;
}
