import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, siteUrl } from './helpers/browser.ts';
import { columns, countRows } from './helpers/cms-db.ts';
import { takeCheck } from './helpers/needs.ts';
import { NEEDS_SUBMIT_LIMIT } from './setup/constants.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? '';

async function axeFailures(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${page.url()}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

describe('needs check', () => {
  it('sv: complete the check with consent, get an assembled plan, start it, mark a step, see progress', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/behovskoll');
    expect(await page.locator('form.needs-form fieldset.question').count()).toBe(16);
    expect(await page.locator('input[type=radio][required]').count()).toBeGreaterThan(30);
    expect(await page.locator('input[name=consent]').isChecked()).toBe(false);
    const stored = countRows('responses');
    await takeCheck(page, { pick: 'first', municipality: 'arjeplog', consent: true });
    // With consent the answers are stored, and a response has nowhere to hold a name or an address.
    expect(countRows('responses')).toBe(stored + 1);
    expect(columns('responses').filter((c) => ['name', 'email', 'phone', 'ip'].includes(c))).toEqual([]);

    expect(await text(page, '.flash')).toContain('sparats anonymt');
    expect(await page.locator('.score meter').count()).toBe(6);
    expect(await text(page, '.score-text')).toMatch(/\d+ av 100 · I startgroparna/);
    expect(await page.locator('.needs-list > li').count()).toBe(3);
    expect(await text(page, '.needs-list')).toContain('Eftersom du svarade:');
    expect(await text(page, '.recommendation')).toContain('Din lärplan från behovskollen');
    expect(await text(page, '.recommendation .path-steps')).toContain('Varför:');
    expect(await text(page, 'main')).toContain('Lärcentrum Arjeplog');

    await page.locator('.recommendation').getByRole('link', { name: 'Börja' }).click();
    expect(await text(page, '.path-context')).toContain('Steg 1 av');
    expect(await text(page, '.path-context')).toContain('Din lärplan från behovskollen');
    await page.getByRole('button', { name: 'Markera som klar' }).click();
    await page.waitForLoadState();
    expect(await text(page, '.path-context')).toContain('1 av');

    await page.goto('/behovskoll/resultat');
    expect(await text(page, '.recommendation')).toContain('1 av');
    expect(await page.locator('.recommendation .path-steps .status-done').count()).toBe(1);
    // The flash was shown once: a reload no longer says the answers were just stored.
    expect(await page.locator('.flash').count()).toBe(0);
    await page.locator('.recommendation').getByRole('link', { name: 'Fortsätt där du slutade' }).click();
    expect(await text(page, '.path-context')).toContain('Steg 2 av');
    await page.goto('/mitt-larande');
    expect(await text(page, 'main')).toContain('Din lärplan från behovskollen');
    await context.close();
  });

  it('en without JavaScript: the check submits, nothing is stored without consent, a curated path is started', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en/needs-check');
    expect(await page.locator('script[src], link[rel=modulepreload]').count()).toBe(0);
    const stored = countRows('responses');
    await takeCheck(page, { pick: 'last', municipality: 'arjeplog' });
    expect(await text(page, '.flash')).toContain('not been stored anywhere');
    expect(countRows('responses')).toBe(stored);
    expect(await text(page, '.score-text')).toMatch(/\d+ of 100 · Well established/);
    expect(await text(page, '.recommendation')).toContain('This learning path fits your needs best');
    await page.locator('.recommendation').getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.waitForLoadState();
    expect(await text(page, '.path-context')).toContain('1 of');
    await page.goto('/en/needs-check/result');
    expect(await text(page, '.recommendation')).toContain('1 of');
    await context.close();
  });

  it('compares a second check with the previous one, dimension by dimension', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en/needs-check');
    await takeCheck(page, { pick: 'first', municipality: 'kiruna' });
    await page.getByRole('link', { name: 'Take the needs check again' }).click();
    await takeCheck(page, { pick: 'last', municipality: 'kiruna' });
    expect(await text(page, '.score-text')).toMatch(/\+\d+ since \d+ \w+ \d{4}/);
    expect(await text(page, 'main')).toContain('Kunskapsnavet has no learning centre in Kiruna yet.');
    await context.close();
  });

  it('contact details: sent with consent, the one-time link deletes them, a second use finds nothing', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/behovskoll');
    // A fresh address: a failed earlier run against the same stack may have left its contact behind.
    const email = `testa.${Date.now().toString(36)}@example.se`;
    await takeCheck(page, { pick: 'first', municipality: 'storuman', contact: { name: 'Testa Testsson', email } });
    expect(await text(page, '.flash')).toContain('Lärcentrumet får dina kontaktuppgifter');
    expect(countRows('contacts', { email })).toBe(1);
    const link = page.getByRole('link', { name: 'Radera mina kontaktuppgifter' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/behovskoll\/radera\?token=[\w-]{20,}$/);
    await link.click();
    await page.getByRole('button', { name: 'Radera mina kontaktuppgifter' }).click();
    await page.waitForURL(/status=deleted/);
    expect(await text(page, 'main')).toContain('Dina kontaktuppgifter är raderade.');
    expect(countRows('contacts', { email })).toBe(0);
    expect(page.url()).not.toContain('token=');
    await page.goto(href);
    await page.getByRole('button', { name: 'Radera mina kontaktuppgifter' }).click();
    await page.waitForURL(/status=not-found/);
    // The result page shows the link once only.
    await page.goto('/behovskoll/resultat');
    expect(await page.getByRole('link', { name: 'Radera mina kontaktuppgifter' }).count()).toBe(0);
    await context.close();
  });

  it('a words search that finds nothing is logged for the content backlog (and still answers)', async () => {
    const q = `zzqx${Date.now().toString(36)}`;
    const res = await fetch(new URL(`/api/search?q=${q}&locale=en`, siteUrl()));
    expect(res.status).toBe(200);
    await expect.poll(() => countRows('searchMisses', { query: q, locale: 'en' }), { timeout: 5_000 }).toBe(1);
    // Not logged: zero hits under a filter, and a search with hits.
    await fetch(new URL(`/api/search?q=${q}x&locale=en&type=guide`, siteUrl()));
    await fetch(new URL('/api/search?q=webbutik&locale=sv', siteUrl()));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(countRows('searchMisses', { query: `${q}x` }) + countRows('searchMisses', { query: 'webbutik' })).toBe(0);
  });

  it('refuses forged and cross-site submissions with a message, and stores nothing', async () => {
    const post = (body: Record<string, string>, headers: Record<string, string> = { origin: new URL(siteUrl()).origin }) =>
      fetch(new URL('/api/needs-check', siteUrl()), { method: 'POST', body: new URLSearchParams(body), headers, redirect: 'manual' });
    const unknown = await post({ locale: 'sv', 'q.no_such_question': 'a' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('unknown question');
    expect(unknown.headers.getSetCookie()).toEqual([]);
    expect((await post({ locale: 'xx' })).status).toBe(400);
    expect((await post({ locale: 'sv' }, { origin: 'https://evil.example' })).status).toBe(403);
    // No Origin and nothing else proving the post came from this site's pages: refused too.
    expect((await post({ locale: 'sv' }, {})).status).toBe(403);
  });

  it.each(['sv', 'en'] as const)('axe reports no violations on the check and result pages (%s)', async (locale) => {
    const { context, page } = await newPage(browser);
    await page.goto(locale === 'sv' ? '/behovskoll' : '/en/needs-check');
    const failures = await axeFailures(page);
    // The Swedish result page also shows the contact notice and the one-time delete link.
    await takeCheck(page, { pick: 'first', municipality: 'vilhelmina', ...(locale === 'sv' ? { contact: { name: 'A', email: 'a@example.se' } } : {}) });
    failures.push(...(await axeFailures(page)));
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(failures).toEqual([]);
    await context.close();
  });
});

describe('needs check rate limit (counted in the CMS database, per right-most untrusted address)', () => {
  const post = (forwardedFor: string) =>
    fetch(new URL('/api/needs-check', siteUrl()), { method: 'POST', body: new URLSearchParams({ locale: 'sv' }), headers: { 'x-forwarded-for': forwardedFor, accept: 'application/json', origin: new URL(siteUrl()).origin }, redirect: 'manual' });

  it('a classroom: 15 checks from one address within minutes all get through', async () => {
    const statuses = [];
    for (let i = 0; i < 15; i++) statuses.push((await post('203.0.113.15')).status);
    // An empty form is refused as invalid (400), after the limit counted it: none is 429.
    expect(statuses.filter((s) => s === 429)).toEqual([]);
  });

  it('a flood of 100 from one address is refused with 429, code rate_limited and Retry-After, whatever the left-most address says', async () => {
    const answers = [];
    for (let i = 0; i < 100; i++) answers.push(await post(`198.51.100.${i}, 203.0.113.66`));
    const refused = answers.filter((a) => a.status === 429);
    console.log(`needs-check flood: ${answers.length - refused.length} let through, ${refused.length} refused (limit ${NEEDS_SUBMIT_LIMIT})`);
    expect(answers.length - refused.length).toBe(NEEDS_SUBMIT_LIMIT);
    const last = refused[refused.length - 1];
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    // The stable code reaches API clients (the error funnel's JSON shape is the site's; the code is in it either way).
    expect(await last.text()).toContain('"rate_limited"');
    // Another address behind the same proxy is not affected.
    expect((await post('203.0.113.67')).status).not.toBe(429);
  });
});
