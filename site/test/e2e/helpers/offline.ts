import type { Page } from 'playwright-core';
import { z } from 'zod';

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
