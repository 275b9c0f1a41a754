import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kunskapsnavet/search';
import { pagesOf } from '../e2e/helpers/pages.ts';
import { request, siteUrl } from './helpers/stack.ts';

/** The directives of a Content-Security-Policy header: `script-src 'self'` → ['script-src', ["'self'"]]. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((parts) => parts[0]).map(([name = '', ...values]) => [name.toLowerCase(), values]));
}

/** What is wrong with a response's security headers (nothing, for a good one). */
function headerProblems(headers: Headers): string[] {
  const problems: string[] = [];
  const csp = headers.get('content-security-policy');
  if (!csp) problems.push('no Content-Security-Policy');
  else {
    const d = directives(csp);
    if (d.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("CSP without frame-ancestors 'none'");
    const scripts = d.get('script-src') ?? d.get('default-src');
    if (!scripts) problems.push('CSP without script-src or default-src');
    else if (scripts.includes("'unsafe-inline'")) problems.push("CSP script-src allows 'unsafe-inline'");
  }
  if (!/^(deny|sameorigin)$/i.test(headers.get('x-frame-options') ?? '')) problems.push('no X-Frame-Options');
  if (headers.get('x-content-type-options')?.toLowerCase() !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (!headers.get('referrer-policy')) problems.push('no Referrer-Policy');
  if (!headers.get('permissions-policy')) problems.push('no Permissions-Policy');
  return problems;
}

/** Every page type in both languages (home, lists, details, search, needs check and its result and delete pages, 404). */
async function everyPageType(): Promise<string[]> {
  const lists = (['sv', 'en'] as const).flatMap((l) => Object.values(ROUTES[l]));
  const more = ['/mitt-larande', '/en/my-learning', '/behovskoll/resultat', '/en/needs-check/delete', '/forhandsvisning'];
  return [...new Set([...(await pagesOf('sv')), ...(await pagesOf('en')), ...lists, ...more, '/api/home?locale=sv', '/robots.txt'])];
}

describe('security headers on every site response (row 7)', () => {
  let pages: string[] = [];
  beforeAll(async () => { pages = await everyPageType(); });

  it("GET / has CSP (frame-ancestors 'none', no inline script), X-Frame-Options, nosniff, Referrer-Policy, Permissions-Policy", async () => {
    const answer = await request(`${siteUrl()}/`);
    console.log(`GET /: HTTP ${answer.status}; CSP: ${answer.headers.get('content-security-policy') ?? '(none)'}`);
    expect(headerProblems(answer.headers)).toEqual([]);
  });

  it('every page type (both languages), an API route and a 404 have them too', async () => {
    const failures: string[] = [];
    for (const page of pages) {
      const answer = await request(`${siteUrl()}${page}`);
      const problems = headerProblems(answer.headers);
      if (problems.length) failures.push(`${page} (HTTP ${answer.status}): ${problems.join(', ')}`);
    }
    console.log(`headers: ${pages.length - failures.length}/${pages.length} responses complete${failures.length ? `; e.g. ${failures[0]}` : ''}`);
    expect(failures).toEqual([]);
  });
});
