import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { api } from './browser.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PagesSchema = z.array(z.object({ url: z.string(), title: z.string() }));

/**
 * Opens a path's "Save for offline" view and waits until the saver reports the bytes stored. Returns the step pages
 * it saved and the bytes (the sum of the cached bodies, as the reader is shown them).
 */
export async function saveForOffline(page: Page, pathUrl: string, savedLabel: RegExp): Promise<{ pages: { url: string; title: string }[]; bytes: number }> {
  await page.goto(pathUrl);
  await page.locator('.offline-link a').click();
  await page.getByRole('status').filter({ hasText: savedLabel }).waitFor({ timeout: 30_000 });
  const box = page.locator('[data-offline]');
  const pages = PagesSchema.parse(JSON.parse((await box.getAttribute('data-pages')) ?? '[]'));
  return { pages, bytes: Number(await box.getAttribute('data-offline-bytes')) };
}

/** Whether a navigation fails outright (the browser's own offline error, not a page). */
export async function failsToOpen(page: Page, url: string): Promise<boolean> {
  try {
    await page.goto(url);
    return false;
  } catch {
    return true;
  }
}

/** When the saved copy of a page was fetched (its Date header), read in the page through the Cache API. */
export function cachedCopy(page: Page, url: string): Promise<string | null> {
  return page.evaluate(async (key) => (await (await caches.open('kn-offline-v1')).match(key))?.headers.get('date') ?? null, url);
}

const VersionsSchema = z.object({ paths: z.record(z.string(), z.object({ version: z.string() }).passthrough()) });

async function readManifest(page: Page): Promise<z.infer<typeof VersionsSchema>> {
  const raw: unknown = await page.evaluate(async () => {
    const copy = await (await caches.open('kn-offline-v1')).match('/__offline/manifest');
    return copy ? copy.text() : '{}';
  });
  return VersionsSchema.parse(JSON.parse(String(raw)));
}

/** The content version the (only) saved path's copy was made from. */
export async function copyVersion(page: Page): Promise<string | undefined> {
  return Object.values((await readManifest(page)).paths)[0]?.version;
}

/** Rewrites the content version of every saved path's copy. */
export async function setCopyVersion(page: Page, version: string): Promise<void> {
  const manifest = await readManifest(page);
  for (const path of Object.values(manifest.paths)) path.version = version;
  await page.evaluate(async (json) => {
    await (await caches.open('kn-offline-v1')).put('/__offline/manifest', new Response(json, { headers: { 'content-type': 'application/json' } }));
  }, JSON.stringify(manifest));
}

/** WCAG 2.1 AA violations axe finds on the page as it is now (served by the worker when offline). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${page.url()}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
}

/** An article that is not a step of the saved path: offline it has no copy. */
export async function unsavedArticle(locale: 'sv' | 'en', saved: string[]): Promise<string> {
  const articles = await api<{ url: string }[]>(`/api/section?locale=${locale}&kind=article`);
  const url = articles.map((a) => a.url).find((u) => !saved.some((s) => s.startsWith(`${u}?`)));
  if (!url) throw new Error('no unsaved article');
  return url;
}
