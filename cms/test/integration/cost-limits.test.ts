import { describe, expect, inject, it } from 'vitest';
import { request } from '../helpers/api';
import { graphqlPost } from '../helpers/graphql';

/** The amplification: 100 aliases of four nested lists, from one anonymous request. */
const ALIASES = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: topics { researchArticles { topics { guides { title } } } }`).join(' ')} }`;
/** The heaviest query the site sends (all paths with their steps and topics, as site/server/graphql/path.ts). */
const SITE_PATHS = `query ($locale: I18NLocaleCode) { items: learningPaths(locale: $locale, pagination: { limit: 100 }) {
  documentId title slug level steps { note article { documentId title slug } guide { documentId title slug } module { documentId title slug } }
  topics { name slug } localizations { locale slug } } }`;


/** populate[a][populate][b][populate][c]…=* as qs writes it. */
function nestedPopulate(levels: string[]): string {
  let key = 'populate';
  for (const [i, name] of levels.entries()) key += i === 0 ? `[${name}]` : `[populate][${name}]`;
  return `${key}[populate]=*`;
}

/** Median wall time of 5 calls: the machine is shared, one sample says little. */
async function median(call: () => Promise<{ ms: number }>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await call()).ms);
  return times.sort((a, b) => a - b)[2];
}

describe('cost limits', () => {
  it('GraphQL: the 100-alias query is refused with 400 and a stable code, fast', async () => {
    const baseline = await median(() => graphqlPost('{ __typename }'));
    const res = await graphqlPost(ALIASES);
    const ms = await median(() => graphqlPost(ALIASES));
    console.log(`[figures] GraphQL 100 aliases: HTTP ${res.status}, median ${ms.toFixed(0)} ms over 5 (a trivial query: ${baseline.toFixed(0)} ms), ${res.bytes} bytes`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors[0].message).toMatch(/too complex: cost \d+ exceeds the budget of \d+/);
    expect(res.body.data ?? null).toBeNull();
    expect(ms).toBeLessThan(100);
  });

  it('GraphQL: nested lists count, and a limit inside pagination multiplies', async () => {
    const nested = await graphqlPost('{ topics(pagination: { limit: 100 }) { researchArticles(pagination: { limit: 100 }) { topics { name } } } }');
    expect(nested.status).toBe(400);
    const small = await graphqlPost('{ topics(pagination: { limit: 5 }) { researchArticles(pagination: { limit: 5 }) { topics { name } } } }');
    expect(small.status).toBe(200);
  });

  it('GraphQL: the site’s heaviest query stays under the budget', async () => {
    const res = await graphqlPost(SITE_PATHS, { locale: 'sv' }, inject('siteToken'));
    console.log(`[figures] site paths query: HTTP ${res.status} in ${res.ms.toFixed(0)} ms`);
    expect(res.status).toBe(200);
    expect(res.body.data.items.length).toBeGreaterThan(0);
  });

  it('REST: populate nested 6 levels is refused with 400 and a code; 3 levels are served', async () => {
    const six = nestedPopulate(['researchArticles', 'topics', 'guides', 'topics', 'courseModules']);
    const started = performance.now();
    const deep = await request('GET', `/api/topics?locale=sv&${six}`);
    console.log(`[figures] REST populate 6 levels: HTTP ${deep.status} in ${(performance.now() - started).toFixed(0)} ms`);
    expect(deep.status).toBe(400);
    expect(deep.body.error.code).toBe('populate_too_deep');
    expect(deep.body.error.details.code).toBe('populate_too_deep');
    for (const query of ['populate=researchArticles.topics.guides.topics', 'populate[0]=a.b.c.d']) {
      expect((await request('GET', `/api/topics?locale=sv&${query}`)).status, query).toBe(400);
    }
    const three = await request('GET', `/api/topics?locale=sv&${nestedPopulate(['researchArticles', 'topics'])}`);
    expect(three.status).toBe(200);
    expect((await request('GET', '/api/topics?locale=sv&populate=*')).status).toBe(200);
  });

  it('REST: populated lists longer than the page cap are refused', async () => {
    const res = await request('GET', '/api/topics?locale=sv&populate[researchArticles][limit]=100000');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('populate_list_too_large');
  });
});
