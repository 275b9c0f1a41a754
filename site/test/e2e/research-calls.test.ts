import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, siteUrl } from './helpers/browser.ts';
import { countRows } from './helpers/cms-db.ts';
import { waitForMail } from './helpers/mail.ts';
import { takeCheck } from './helpers/needs.ts';
import { testAddress } from './helpers/occasions.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The seeded example calls (cms/seed/research-calls): open for weeks after the stack's seed. */
const CALL = 'testa-bokningsverktyg';
const TEXT = {
  sv: { list: '/forskning/medverka', title: 'Medverka i forskning', submit: 'Skicka', nameMissing: 'Skriv ditt namn.', consentMissing: 'Kryssa i rutan för att samtycka', thanks: /\/forskning\/medverka\/testa-bokningsverktyg\/tack$/, deleteLink: 'Radera mitt svar', deleted: 'Ditt svar är raderat.', matching: 'Forskning du kan medverka i', check: '/behovskoll' },
  en: { list: '/en/research/take-part', title: 'Take part in research', submit: 'Send', nameMissing: 'Enter your name.', consentMissing: 'Tick the box to agree', thanks: /\/en\/research\/take-part\/testa-bokningsverktyg\/thanks$/, deleteLink: 'Delete my answer', deleted: 'Your answer has been deleted.', matching: 'Research you can take part in', check: '/en/needs-check' },
} as const;

/** axe runs on the page as the reader got it, in a second context with JavaScript (see occasions.test.ts). */
async function axeViolations(page: Page): Promise<string[]> {
  const html = await page.content();
  const { context, page: checked } = await newPage(browser);
  await checked.setContent(html);
  const result = await new AxeBuilder({ page: checked }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await context.close();
  return result.violations.map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
}

describe.each(['sv', 'en'] as const)('research calls without JavaScript, %s', (locale) => {
  const text = TEXT[locale];

  it('lists the open calls, marks examples, and shows a call with its form (axe 0)', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(text.list);
    expect(await page.locator('h1').textContent()).toBe(text.title);
    expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(`a[href$="/${CALL}"]`).first().click();
    await page.waitForURL(new RegExp(`/${CALL}$`));
    expect(await page.locator('.demo-note').count()).toBe(1);
    expect(await page.locator('#ans-consent + label').textContent()).toMatch(/30/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('bad input comes back with messages in the reader’s language; an answer lands on thanks, and its link deletes it', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${text.list}/${CALL}`);
    await page.getByRole('button', { name: text.submit }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${CALL}`));
    const alert = await page.locator('.signup-form .alert').textContent();
    expect(alert).toContain(text.nameMissing);
    expect(alert).toContain(text.consentMissing);
    expect(await axeViolations(page)).toEqual([]);

    const email = testAddress(`call-${locale}`);
    await page.locator('#ans-name').fill('Anna Berg');
    await page.locator('#ans-email').fill(email);
    await page.locator('#ans-message').fill('Jag driver ett litet hotell.');
    await page.locator('#ans-consent').check();
    await page.getByRole('button', { name: text.submit }).click();
    await page.waitForURL(text.thanks);
    expect(countRows('researchAnswers', { email })).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const mail = await waitForMail(email);
    const pageLink = await page.getByRole('link', { name: text.deleteLink }).getAttribute('href');
    expect(mail?.text, `a confirmation to ${email}`).toContain(pageLink ?? 'no link on the page');

    await page.getByRole('link', { name: text.deleteLink }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: text.deleteLink }).click();
    await page.waitForURL(/result=deleted/);
    expect(await page.locator('.flash').textContent()).toBe(text.deleted);
    expect(countRows('researchAnswers', { email })).toBe(0);
    await context.close();
  });

  it('a plain form post without consent stores nothing', async () => {
    const email = testAddress(`post-${locale}`);
    const res = await fetch(new URL('/api/research-call-answer', siteUrl()), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl(), accept: 'text/html' },
      body: new URLSearchParams({ locale, call: CALL, name: 'Per', email }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(new RegExp(`/${CALL}#answer$`));
    expect(countRows('researchAnswers', { email })).toBe(0);
  });

  it('the needs-check result names the calls that seek a firm like the owner’s', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(text.check);
    await takeCheck(page, { pick: 'first', municipality: 'overkalix' });
    const section = page.locator('section[aria-labelledby="calls-h"]');
    expect(await section.locator('h2').textContent()).toBe(text.matching);
    expect(await section.locator(`a[href$="/${CALL}"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
