import crypto from 'node:crypto';
import { articleEditor } from '../../scripts/src/lib/cms-admin.ts';
import { percentile } from './load.ts';

export interface EditLag {
  edits: number;
  p50: number;
  p95: number;
  max: number;
  lags: number[];
  /** Of each lag, how long the CMS took to answer the publish call itself (the rest: invalidation and re-render). */
  publishMs: number[];
}

async function visible(url: string, text: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    if ((await res.text()).includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${text} not on ${url} after ${timeoutMs} ms`);
}

/**
 * An editor's edits reaching readers: a new article, then `count` times a new title saved and published in the CMS
 * (admin API), timed from the publish click until the cached page on every site replica shows it.
 */
export async function editLag(cmsUrl: string, siteUrls: string[], count = 30): Promise<EditLag> {
  const editor = await articleEditor(cmsUrl);
  const run = crypto.randomBytes(3).toString('hex');
  const slug = `matning-sidcache-${run}`;
  const id = await editor.create(`Mätning ${run} 0`, slug);
  await editor.publish(id);
  const lags: number[] = [];
  const publishMs: number[] = [];
  try {
    for (let i = 1; i <= count; i += 1) {
      const title = `Mätning ${run} ${i}`;
      await editor.edit(id, { title });
      // The page is in every replica's cache before the edit goes out.
      for (const site of siteUrls) for (let n = 0; n < 2; n += 1) await fetch(new URL(`/artiklar/${slug}`, site)).then((r) => r.arrayBuffer());
      const started = performance.now();
      await editor.publish(id);
      publishMs.push(Math.round(performance.now() - started));
      await Promise.all(siteUrls.map((site) => visible(new URL(`/artiklar/${slug}`, site).href, title, 10_000)));
      lags.push(Math.round(performance.now() - started));
    }
  } finally {
    await editor.remove(id);
  }
  const sorted = [...lags].sort((a, b) => a - b);
  return { edits: count, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0, lags, publishMs };
}
