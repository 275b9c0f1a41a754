import { aliasBomb } from '../helpers/cost.ts';

/** Where a generated request goes: the CMS (REST, GraphQL) or the site (API, pages, form posts). */
export const TARGETS = ['cms-rest', 'cms-graphql', 'site-api', 'site-page', 'site-form'] as const;
export type Target = (typeof TARGETS)[number];

export interface FuzzRequest {
  target: Target;
  method: 'GET' | 'POST';
  /** Path and query, relative to the target's origin. */
  path: string;
  /** JSON (GraphQL) or a url-encoded form. */
  body?: string;
  /** Form posts: this site's Origin, none, or another site's. */
  origin?: 'same' | 'none' | 'evil';
  /** A GraphQL query over any sane complexity budget: must be refused with a complexity error. */
  oversized?: boolean;
}

/** What the generator aims at: the real types, documents and pages of the stack under test. */
export interface FuzzContext {
  plurals: string[];
  gqlLists: string[];
  documentIds: string[];
  slugs: string[];
  pages: string[];
}

type Rand = () => number;

/** mulberry32: a small deterministic PRNG, so a failing request is found again with the same seed. */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, items: readonly T[]): T => {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

const OPERATORS = ['$ne', '$gt', '$lt', '$in', '$notIn', '$null', '$notNull', '$containsi', '$or', '$and', '$not', '$eq'];
const ODD = ['', 'null', 'true', '-1', '1e309', '0x10', 'NaN', '[object Object]', "' OR 1=1 --", '../../etc/passwd', '%', '%00', '{"$ne":null}',
  'åäö ÅÄÖ', '🙂🧨', '\u202etxet', 'e\u0301', '\uFEFF', '𝔘𝔫𝔦', 'DRAFT', 'draft', 'preview', 'published', '__proto__', '*', 'sv', 'en', 'xx'];

/** A hostile value: odd strings, wrong types, unicode, or a huge one (up to 12 KB, some beyond the server's URL limit). */
function value(rand: Rand, ctx: FuzzContext): string {
  const roll = rand();
  if (roll < 0.08) return 'x'.repeat(pick(rand, [1_000, 5_000, 12_000, 20_000]));
  if (roll < 0.3) return pick(rand, [...ctx.slugs, ...ctx.documentIds]);
  if (roll < 0.4) return String(Math.floor(rand() * 2 ** 40) * (rand() < 0.5 ? -1 : 1));
  return pick(rand, ODD);
}

/** A parameter name: a known one, with operators, nested brackets, array indexes or prototype keys on top. */
function key(rand: Rand, known: readonly string[]): string {
  const base = pick(rand, known);
  const roll = rand();
  if (roll < 0.45) return base;
  if (roll < 0.65) return `${base}[${pick(rand, OPERATORS)}]`;
  if (roll < 0.75) return `${base}[${Math.floor(rand() * 3)}]`;
  if (roll < 0.85) return `${base}${'[a]'.repeat(1 + Math.floor(rand() * 12))}`;
  if (roll < 0.92) return `${base}[${pick(rand, OPERATORS)}][${Math.floor(rand() * 2)}][${pick(rand, OPERATORS)}]`;
  return pick(rand, ['__proto__[x]', 'constructor[prototype][x]', 'x', '', '[]', '%5B']);
}

function query(rand: Rand, ctx: FuzzContext, known: readonly string[]): string {
  const count = 1 + Math.floor(rand() * 5);
  return Array.from({ length: count }, () => `${encodeURIComponent(key(rand, known)).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/%24/g, '$')}=${encodeURIComponent(value(rand, ctx))}`).join('&');
}

const CMS_PARAMS = ['locale', 'status', 'publicationState', 'populate', 'populate[0]', 'filters[slug]', 'filters[title]', 'filters[$or][0][slug]', 'sort',
  'fields', 'fields[0]', 'pagination[page]', 'pagination[pageSize]', 'pagination[start]', 'pagination[limit]', 'pagination[withCount]'];
const SITE_API: Record<string, readonly string[]> = {
  home: ['locale'], paths: ['locale'], plans: ['locale'], 'needs-check': ['locale'], 'needs-result': ['locale'], health: [],
  article: ['locale', 'slug'], guide: ['locale', 'slug'], module: ['locale', 'slug'], path: ['locale', 'slug'], topic: ['locale', 'slug'],
  author: ['locale', 'slug'], centre: ['locale', 'slug'], section: ['locale', 'kind'], 'path-context': ['locale', 'path', 'item'],
  preview: ['type', 'documentId', 'locale', 'secret'], search: ['q', 'locale', 'type', 'topic', 'level', 'industry', 'format', 'page', 'hitsPerPage', 'sort'],
};
const FORMS: Record<string, readonly string[]> = {
  '/api/progress': ['path', 'item', 'action', 'back'],
  '/api/needs-contact-delete': ['locale', 'token'],
  '/api/needs-check': ['locale', 'answers[q1]', 'municipality', 'consent', 'contact', 'name', 'email'],
};

function cmsRest(rand: Rand, ctx: FuzzContext): FuzzRequest {
  const plural = pick(rand, ctx.plurals);
  const item = rand() < 0.4 ? `/${pick(rand, [...ctx.documentIds, value(rand, ctx)])}` : '';
  return { target: 'cms-rest', method: 'GET', path: `/api/${plural}${item}?${query(rand, ctx, CMS_PARAMS)}` };
}

function graphql(rand: Rand, ctx: FuzzContext): FuzzRequest {
  const list = pick(rand, ctx.gqlLists);
  const arg = pick(rand, ['status: DRAFT', 'status: PUBLISHED', `locale: ${JSON.stringify(value(rand, ctx))}`, 'pagination: { limit: 100000 }',
    `filters: { slug: { ${pick(rand, ['eq', 'ne', 'in', 'containsi', 'notNull'])}: ${JSON.stringify(value(rand, ctx))} } }`, 'sort: "nope:desc"', 'status: DRAFT, locale: "en"']);
  const shapes = [
    `{ ${list}(${arg}) { documentId } }`,
    `{ ${list}(${arg}) { documentId ${'x'.repeat(Math.floor(rand() * 8))} } }`,
    `{ ${list} { documentId `.repeat(1 + Math.floor(rand() * 4)),
    `${'{'.repeat(Math.floor(rand() * 300))}`,
    `query Q($v: Int) { ${list}(pagination: { limit: $v }) { documentId } }`,
  ];
  const body = { query: pick(rand, shapes), variables: rand() < 0.3 ? { v: value(rand, ctx) } : undefined };
  return { target: 'cms-graphql', method: 'POST', path: '/graphql', body: JSON.stringify(body) };
}

function siteApi(rand: Rand, ctx: FuzzContext): FuzzRequest {
  const route = pick(rand, Object.keys(SITE_API));
  return { target: 'site-api', method: 'GET', path: `/api/${route}?${query(rand, ctx, [...(SITE_API[route] ?? []), 'x'])}` };
}

function sitePage(rand: Rand, ctx: FuzzContext): FuzzRequest {
  const page = pick(rand, ctx.pages);
  const mangled = rand() < 0.3 ? `${page.replace(/[^/]+$/, '')}${encodeURIComponent(value(rand, ctx))}` : page;
  return { target: 'site-page', method: 'GET', path: `${mangled}${mangled.includes('?') ? '&' : '?'}${query(rand, ctx, ['q', 'locale', 'page', 'type', 'x'])}` };
}

function siteForm(rand: Rand, ctx: FuzzContext): FuzzRequest {
  const route = pick(rand, Object.keys(FORMS));
  const origin = pick(rand, ['same', 'same', 'none', 'evil'] as const);
  return { target: 'site-form', method: 'POST', path: route, body: query(rand, ctx, FORMS[route] ?? []), origin };
}

const MAKERS: [number, (rand: Rand, ctx: FuzzContext) => FuzzRequest][] = [[0.35, cmsRest], [0.5, graphql], [0.78, siteApi], [0.92, sitePage], [1, siteForm]];

/** `count` hostile requests from `seed`; every 1000th (from the 500th) is an oversized GraphQL query. */
export function generateRequests(seed: number, count: number, ctx: FuzzContext): FuzzRequest[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    if (i % 1000 === 500) return { target: 'cms-graphql', method: 'POST', path: '/graphql', body: JSON.stringify({ query: aliasBomb(60 + Math.floor(rand() * 90)) }), oversized: true };
    const roll = rand();
    const maker = MAKERS.find(([upTo]) => roll < upTo)?.[1] ?? siteForm;
    return maker(rand, ctx);
  });
}
