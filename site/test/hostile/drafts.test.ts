import { describe, expect, it } from 'vitest';
import { publicTypes } from './helpers/content-types.ts';
import { bearer, cmsUrl, leakedMarkers, markers, pooled, request, siteToken } from './helpers/stack.ts';

/** Every way an outsider has of asking for drafts (Strapi 5 serves a draft for any status but `published`). */
const VARIANTS = ['status=DRAFT', 'status=draft', 'status=x', 'status=preview', 'status[0]=draft', 'publicationState=preview'];
const CALLERS = { anonymous: () => ({}), 'site token': () => bearer(siteToken()) } as const;

/** A refusal (4xx), or an answer with nothing but published documents: no marker text, no `publishedAt: null`. */
function verdict(status: number, body: string): string | null {
  if (status >= 400 && status < 500) return null;
  if (status < 200 || status >= 500) return status ? `HTTP ${status}` : 'no answer';
  const leaked = leakedMarkers(body);
  if (leaked.length) return `HTTP ${status} with ${leaked.join(', ')}`;
  if (/"publishedAt":null/.test(body)) return `HTTP ${status} with a draft (publishedAt null)`;
  return null;
}

describe.each(publicTypes())('drafts of $plural stay unreadable (row 1)', (type) => {
  it('REST list and findOne, anonymous and with the site token, whatever status is sent', async () => {
    // Not a refusal of everything: both callers still read the published list.
    for (const headers of Object.values(CALLERS)) expect((await request(`${cmsUrl()}/api/${type.plural}?locale=sv`, { headers: headers() })).status).toBe(200);
    const planted = markers().drafts.filter((d) => d.plural === type.plural);
    const paths = VARIANTS.flatMap((v) => [
      `/api/${type.plural}?locale=sv&pagination[pageSize]=100&${v}`,
      ...planted.map((d) => `/api/${type.plural}/${d.documentId}?locale=sv&${v}`),
    ]);
    const cases = Object.entries(CALLERS).flatMap(([caller, headers]) => paths.map((path) => ({ caller, headers, path })));
    const failures = (await pooled(cases, 4, async ({ caller, headers, path }) => {
      const answer = await request(`${cmsUrl()}${path}`, { headers: headers() });
      const problem = verdict(answer.status, answer.text);
      return problem ? `${caller} GET ${path}: ${problem}` : null;
    })).filter((f): f is string => f !== null);
    if (failures.length) console.log(`${type.plural}: ${failures.length}/${cases.length} requests read drafts\n  ${failures.slice(0, 6).join('\n  ')}`);
    expect(failures).toEqual([]);
  });

  it('GraphQL with status: DRAFT (list and item)', async () => {
    const planted = markers().drafts.filter((d) => d.plural === type.plural);
    const queries = [
      `{ ${type.gqlList}(status: DRAFT, locale: "sv", pagination: { limit: 100 }) { documentId ${type.titleField} publishedAt } }`,
      ...planted.map((d) => `{ ${type.gqlItem}(documentId: "${d.documentId}", status: DRAFT, locale: "sv") { documentId ${type.titleField} publishedAt } }`),
    ];
    const failures: string[] = [];
    for (const [caller, headers] of Object.entries(CALLERS)) {
      for (const query of queries) {
        const answer = await request(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers() }, body: JSON.stringify({ query }) });
        const problem = verdict(answer.status, answer.text);
        if (problem) failures.push(`${caller} ${query.slice(0, 70)}…: ${problem}`);
      }
    }
    if (failures.length) console.log(`${type.gqlList}: GraphQL read drafts\n  ${failures.join('\n  ')}`);
    expect(failures).toEqual([]);
  });
});
