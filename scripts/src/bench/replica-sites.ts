import { ensureSearchKey, type createClient } from '@kunskapsnavet/search';
import { readEnvFile } from '../lib/env-file.ts';
import { ensureSiteBuilt } from '../lib/site.ts';
import { createLauncher } from '../lib/stack.ts';
import { freePort } from '../lib/wait.ts';

/** Free ports for the site processes, chosen before the CMS starts: the CMS tells each of them about a publish (SITE_URLS). */
export async function sitePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let i = 0; i < count; i += 1) ports.push(await freePort());
  return ports;
}

/**
 * The site's production build as `ports.length` processes on the CMS and Meilisearch of a replica run, each with
 * its own page cache: the CMS's signed invalidation must reach every one of them (cache secret shared).
 */
export async function startSites(ports: number[], options: { cmsUrl: string; meiliUrl: string; master: ReturnType<typeof createClient>; tokenFile: string; cacheSecret: string; log: (line: string) => void }) {
  await ensureSiteBuilt(options.log);
  const launcher = createLauncher(options.log);
  const { key } = await ensureSearchKey(options.master);
  const strapiToken = readEnvFile(options.tokenFile).STRAPI_API_TOKEN ?? '';
  const urls = await Promise.all(ports.map(async (port, i) => {
    const siteUrl = `http://127.0.0.1:${port}`;
    await launcher.site({ options: { host: '127.0.0.1', port, siteUrl, cmsUrl: options.cmsUrl, strapiToken, meiliUrl: options.meiliUrl, meiliSearchKey: key, cacheSecret: options.cacheSecret, demoContent: true }, name: `site-${i + 1}`, timeoutMs: 120_000 });
    return siteUrl;
  }));
  return { urls, stop: () => launcher.stop() };
}

/** Milliseconds until the page at `url` contains `text` on every site (polled every 20 ms), or null after `timeoutMs`. */
export async function pageLag(siteUrls: string[], pagePath: string, text: string, since: number, timeoutMs = 15_000): Promise<number | null> {
  const until = since + timeoutMs;
  const shows = async (site: string) => {
    while (Date.now() < until) {
      const html = await fetch(new URL(pagePath, site)).then((r) => r.text());
      if (html.includes(text)) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  };
  const all = await Promise.all(siteUrls.map(shows));
  return all.every(Boolean) ? Date.now() - since : null;
}
