import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';
import { makeFollowUpDue, pairedWaves, pendingFollowUps, responsesMentioning } from './helpers/follow-up.ts';
import { waitForMail } from './helpers/mail.ts';
import { takeCheck } from './helpers/needs.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** axe needs JavaScript in the page: the page is checked in a context of its own, with the follow-up part open. */
async function axeFailures(url: string): Promise<string[]> {
  const { context, page } = await newPage(browser);
  await page.goto(url);
  const part = page.locator('details.follow-up-part > summary');
  if (await part.count()) await part.click();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await context.close();
  return result.violations.map((v) => `${url}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
}

const TEXT = {
  sv: { check: '/behovskoll', pending: 'Vi mejlar dig om 6 månader', subject: 'Gjorde det skillnad? Gör behovskollen igen', mode: 'Din uppföljning', paired: 'sparade tillsammans med dina första', used: 'Uppföljningen är redan gjord', noEmail: 'Påminnelsen kunde inte sparas', unsubscribe: '/behovskoll/avregistrera', notFound: 'Vi hittade ingen kontaktförfrågan' },
  en: { check: '/en/needs-check', pending: 'We will e-mail you in 6 months', subject: 'Did it help? Take the needs check again', mode: 'Your follow-up', paired: 'stored together with your first ones', used: 'The follow-up has already been done', noEmail: 'The reminder could not be saved', unsubscribe: '/en/needs-check/unsubscribe', notFound: 'We found no contact request' },
} as const;

describe.each(['sv', 'en'] as const)('did it help? without JavaScript, %s', (locale) => {
  const text = TEXT[locale];

  it('consent → one mail in the owner’s language → the link’s check is stored paired with the first; the link works once', async () => {
    const email = `foljupp-${crypto.randomBytes(4).toString('hex')}@firma.example`;
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(text.check);
    await takeCheck(page, { pick: 'first', municipality: 'overkalix', consent: true, followUpEmail: email });
    expect(await page.locator('.flash').textContent()).toContain(text.pending);
    expect(pendingFollowUps(email)).toBe(1);

    expect(makeFollowUpDue(email)).toBe(1);
    const mail = await waitForMail(email);
    expect(mail?.subject).toBe(text.subject);
    expect(pendingFollowUps(email)).toBe(0);
    const link = /https?:\/\/\S+\?followUp=[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0] ?? '';
    expect(new URL(link).pathname).toBe(text.check);

    const pairedBefore = pairedWaves().filter((p) => p.waves.join() === 'first,follow_up').length;
    await page.goto(link);
    expect(await page.locator('#follow-up-h').textContent()).toBe(text.mode);
    expect(await axeFailures(link)).toEqual([]);
    await takeCheck(page, { pick: 'last', municipality: 'overkalix', consent: true });
    expect(await page.locator('.flash').textContent()).toContain(text.paired);
    expect(pairedWaves().filter((p) => p.waves.join() === 'first,follow_up').length).toBe(pairedBefore + 1);
    expect(responsesMentioning(email)).toBe(0);

    await page.goto(link);
    expect(await page.locator('.alert').first().textContent()).toContain(text.used);
    await context.close();
  });

  it('a reminder without an address gets a clear page in the reader’s language; the form has axe 0', async () => {
    expect(await axeFailures(text.check)).toEqual([]);
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(text.check);
    await takeCheck(page, { pick: 'first', municipality: 'overkalix', consent: true, followUpEmail: '', refused: true });
    expect(await page.locator('h1').textContent()).toBe(text.noEmail);
    await context.close();
  });

  it('the unsubscribe page posts its token and says what happened; axe 0', async () => {
    const url = `${text.unsubscribe}?token=${'x'.repeat(43)}`;
    expect(await axeFailures(url)).toEqual([]);
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(url);
    await Promise.all([page.waitForURL(/status=/), page.locator('form button[type=submit]').click()]);
    expect(await page.locator('[role=status]').textContent()).toContain(text.notFound);
    await context.close();
  });
});
