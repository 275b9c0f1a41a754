import { describe, expect, it } from 'vitest';
import { bracketQuery } from '../../../scripts/src/lib/index-content.ts';
import { aliasBomb, isComplexityError } from './helpers/cost.ts';
import { cmsUrl, request } from './helpers/stack.ts';

describe('cost limits (row 4)', () => {
  it('GraphQL: 100 aliases of topics{researchArticles{topics{guides}}} are refused with a complexity error in < 1 s', async () => {
    const answer = await request(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: aliasBomb() }) });
    console.log(`alias bomb: HTTP ${answer.status} in ${answer.ms} ms, ${Math.round(answer.text.length / 1024)} KB (issue target: 400 in < 100 ms)`);
    expect(isComplexityError(answer.status, answer.text), answer.text.slice(0, 200)).toBe(true);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('REST: populate nested 6 levels on topics is refused with 400', async () => {
    const nested = { researchArticles: { populate: { topics: { populate: { guides: { populate: { topics: { populate: { researchArticles: { populate: { topics: true } } } } } } } } } } };
    const query = [...bracketQuery(nested, 'populate'), 'locale=sv'].join('&');
    const answer = await request(`${cmsUrl()}/api/topics?${query}`);
    console.log(`populate ×6: HTTP ${answer.status} in ${answer.ms} ms, ${Math.round(answer.text.length / 1024)} KB`);
    expect(answer.status).toBe(400);
  });
});
