import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from './helpers/browser.ts';
import { axeViolations, cachedCopy, copyVersion, failsToOpen, saveForOffline, setCopyVersion, unsavedArticle } from './helpers/offline.ts';
import { decodeProgress, PROGRESS_COOKIE } from '#shared/progress/cookie';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PATH_SV = '/larstigar/forsta-stegen-mot-ett-digitalt-foretag';
const LARGEST_SV = '/larstigar/nya-affarsmodeller-for-ditt-foretag';

describe('a learning path saved for offline', () => {
  it('opens every step offline, answers a quiz, queues two marks and sends them when back online; removal empties it', async () => {
    const { context, page } = await newPage(browser);
    const cspErrors: string[] = [];
    page.on('console', (message) => { if (message.text().includes('Content Security Policy')) cspErrors.push(message.text()); });
    const { pages, bytes } = await saveForOffline(page, PATH_SV, /MB sparat/);
    expect(cspErrors).toEqual([]);
    expect(pages).toHaveLength(7);
    expect(bytes).toBeGreaterThan(0);

    await context.setOffline(true);
    let answered = false;
    for (const [i, step] of pages.entries()) {
      const response = await page.goto(step.url);
      expect(response?.ok(), step.url).toBe(true);
      expect(await page.locator('h1').textContent()).toContain(step.title);
      expect(await page.locator('.path-context').textContent()).toContain(`Steg ${i + 1} av 7`);
      const quiz = page.locator('form.quiz').first();
      if (!answered && (await quiz.count()) > 0) {
        await quiz.locator('input[type=radio]').first().check();
        await quiz.getByRole('button').click();
        await quiz.locator('.quiz-feedback').waitFor();
        answered = true;
      }
    }
    expect(answered).toBe(true);

    for (const [i, step] of pages.slice(0, 2).entries()) {
      await page.goto(step.url);
      await page.getByRole('button', { name: 'Markera som klar' }).click();
      // The worker keeps the post and answers as the server would: back to the step, now with a note of what waits.
      await page.locator('[data-offline-pending]').waitFor();
      expect(await page.locator('[data-offline-pending]').textContent()).toContain(`Markeringar som väntar på att skickas: ${i + 1}.`);
      expect(new URL(page.url()).pathname).toBe(new URL(step.url, page.url()).pathname);
    }

    const unsaved = await unsavedArticle('sv', pages.map((p) => p.url));
    await page.goto(unsaved);
    expect(await page.locator('h1').textContent()).toBe('Du är offline');
    expect(await page.locator('[data-offline-saved] a').allTextContents()).toEqual(expect.arrayContaining(pages.map((p) => p.title)));
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    await context.setOffline(false);
    await page.goto(PATH_SV);
    expect(await page.locator('main').textContent()).toContain('2 av 7 steg klara');
    expect(await page.locator('.path-steps .status-done').count()).toBe(2);
    // The marks reached the server: it wrote them into the HttpOnly progress cookie, as a form post online would.
    const cookie = (await context.cookies()).find((c) => c.name === PROGRESS_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    const pathId = new URL(pages[0]?.url ?? '', 'http://x').searchParams.get('path') ?? '';
    expect(decodeProgress(decodeURIComponent(cookie?.value ?? '')).paths[pathId]?.done).toHaveLength(2);
    // Opened online, a saved page replaces its copy: offline again, the path shows the new state, not the one saved.
    await context.setOffline(true);
    await page.goto(PATH_SV);
    expect(await page.locator('main').textContent()).toContain('2 av 7 steg klara');
    await context.setOffline(false);
    await page.goto('/mitt-larande');
    expect(await page.getByRole('link', { name: /^Spara för offline/ }).first().getAttribute('href')).toBe(`${PATH_SV}?offline=1#offline-h`);

    await page.goto(`${PATH_SV}?offline=1`);
    await page.getByRole('status').filter({ hasText: /MB sparat/ }).waitFor();
    await page.getByRole('button', { name: 'Ta bort offlinekopian' }).click();
    await page.getByRole('status').filter({ hasText: 'Offlinekopian är borttagen.' }).waitFor();
    await context.setOffline(true);
    expect(await failsToOpen(page, pages[0]?.url ?? PATH_SV)).toBe(true);
    expect(await failsToOpen(page, PATH_SV)).toBe(true);
    await context.close();
  }, 180_000);

  it('sends an unsaved link to the offline page in English, axe 0', async () => {
    const { context, page } = await newPage(browser);
    const { pages } = await saveForOffline(page, '/en/learning-paths/first-steps-towards-a-digital-business', /MB saved/);
    await context.setOffline(true);
    await page.goto(await unsavedArticle('en', pages.map((p) => p.url)));
    expect(await page.locator('h1').textContent()).toBe('You are offline');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('[data-offline-saved] a').count()).toBeGreaterThanOrEqual(8);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('fetches the steps again when the path page, opened online, shows newer content than the copy', async () => {
    const { context, page } = await newPage(browser);
    const { pages } = await saveForOffline(page, PATH_SV, /MB sparat/);
    const step = pages[0]?.url ?? '';
    const before = await cachedCopy(page, step);
    // As if the copy had been saved before the CMS published a change to the path or a step.
    await setCopyVersion(page, 'older');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await page.goto(PATH_SV);
    const current = await page.locator('[data-content-version]').getAttribute('data-content-version');
    expect(current).toMatch(/^\d{4}-/);
    await expect.poll(() => cachedCopy(page, step), { timeout: 15_000 }).not.toEqual(before);
    await expect.poll(() => copyVersion(page), { timeout: 15_000 }).toBe(current);
    await context.close();
  }, 120_000);

  it('prints the bytes stored for the largest demo path (8 steps)', async () => {
    const { context, page } = await newPage(browser);
    const { pages, bytes } = await saveForOffline(page, LARGEST_SV, /MB sparat/);
    console.log(`offline copy of ${LARGEST_SV} (${pages.length} steps): ${bytes} bytes stored`);
    expect(pages.length).toBe(8);
    await context.close();
  }, 120_000);
});

describe('without the opt-in', () => {
  it('no reading page registers the worker, and the path, its steps and the offline page carry no script', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(PATH_SV);
    const steps = await page.locator('.path-steps a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const readingPages = [PATH_SV, '/offline', '/en/offline', ...steps.filter((u) => u.includes('?path=') && !u.startsWith('/kurser/'))];
    for (const url of readingPages) {
      await page.goto(url);
      expect(await page.locator('script:not([type="application/ld+json"])').count(), url).toBe(0);
    }
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect((await page.request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
    const manifest = await (await page.request.get('/app-manifest/en')).json();
    expect(manifest).toMatchObject({ name: 'Kunskapsnavet', lang: 'en-GB', start_url: '/en' });
    await context.close();
  });
});
