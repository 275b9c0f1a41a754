import { describe, expect, it } from 'vitest';
import { pooled, request, siteRss, siteUrl } from './helpers/stack.ts';

const FLOOD = 1500;
const MAX_GROWTH_MB = 40;

describe('bounded memory (row 5)', () => {
  it(`${FLOOD} unique URLs of /api/home leave the site's RSS flat (< ${MAX_GROWTH_MB} MB growth)`, async () => {
    // Warm up first, so what is measured is the flood, not the first render's code and caches.
    await pooled(Array.from({ length: 20 }), 4, () => request(`${siteUrl()}/api/home?locale=sv`));
    const before = siteRss();
    const started = performance.now();
    const statuses = await pooled(Array.from({ length: FLOOD }, (_, n) => n), 8, async (n) => (await request(`${siteUrl()}/api/home?locale=sv&x=${n}`)).status);
    const after = siteRss();
    const counts = Object.entries(Object.groupBy(statuses, (s) => `${String(s).slice(0, 1)}xx`)).map(([k, v]) => `${k}: ${v?.length}`).join(', ');
    console.log(`site RSS ${before.toFixed(0)} MB → ${after.toFixed(0)} MB (+${(after - before).toFixed(0)}) after ${FLOOD} × /api/home?x=<n> in ${((performance.now() - started) / 1000).toFixed(1)} s (${counts})`);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(after - before).toBeLessThan(MAX_GROWTH_MB);
  }, 240_000);
});
