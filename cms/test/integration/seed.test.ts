import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { request } from '../helpers/api';

const SEED_DIR = path.resolve(__dirname, '../../seed');
const ROOT = path.resolve(__dirname, '../../..');
const seedFiles = (folder: string) => fs.readdirSync(path.join(SEED_DIR, folder)).filter((f) => f.endsWith('.yaml'));
const files = (folder: string) => seedFiles(folder).length;

/** The slugs a seed folder promises in one locale (authors and centres share one slug: their key). */
function seedSlugs(folder: string, locale: 'sv' | 'en'): string[] {
  return seedFiles(folder).map((file) => {
    const item = parse(fs.readFileSync(path.join(SEED_DIR, folder, file), 'utf8'));
    return item[locale]?.slug ?? item.key;
  });
}

const TYPES = [
  { api: 'research-articles', folder: 'research-articles', minimum: 12 },
  { api: 'guides', folder: 'guides', minimum: 10 },
  { api: 'course-modules', folder: 'course-modules', minimum: 12 },
  { api: 'learning-paths', folder: 'learning-paths', minimum: 4 },
  { api: 'topics', folder: 'topics', minimum: 8 },
  { api: 'authors', folder: 'authors', minimum: 4 },
  { api: 'learning-centres', folder: 'learning-centres', minimum: 4 },
  { api: 'efforts', folder: 'efforts', minimum: 4 },
  { api: 'partners', folder: 'partners', minimum: 3 },
];

/** How many of the seed's items are published in a locale (other tests add items of their own). */
async function publishedCount(api: string, folder: string, locale: 'sv' | 'en'): Promise<number> {
  const filter = seedSlugs(folder, locale).map((slug, i) => `filters[slug][$in][${i}]=${encodeURIComponent(slug)}`).join('&');
  const res = await request('GET', `/api/${api}?locale=${locale}&pagination[pageSize]=100&${filter}`);
  expect(res.status).toBe(200);
  return res.body.meta.pagination.total;
}

describe('demo content', () => {
  it.each(TYPES)('$api: every seed file is published in sv and en, and the brief’s minimum is met', async ({ api, folder, minimum }) => {
    expect(files(folder)).toBeGreaterThanOrEqual(minimum);
    expect(await publishedCount(api, folder, 'sv')).toBe(files(folder));
    expect(await publishedCount(api, folder, 'en')).toBe(files(folder));
  });

  it('every learning path has 4–8 steps mixing articles, guides and modules, and a derived total time', async () => {
    const filter = seedSlugs('learning-paths', 'en').map((slug, i) => `filters[slug][$in][${i}]=${slug}`).join('&');
    const res = await request('GET', `/api/learning-paths?locale=en&populate[steps][populate]=*&${filter}`);
    expect(res.body.data).toHaveLength(files('learning-paths'));
    for (const learningPath of res.body.data) {
      expect(learningPath.steps.length).toBeGreaterThanOrEqual(4);
      expect(learningPath.steps.length).toBeLessThanOrEqual(8);
      const kinds = new Set(learningPath.steps.flatMap((s: Record<string, unknown>) => ['article', 'guide', 'module'].filter((k) => s[k])));
      expect(kinds.size, learningPath.title).toBe(3);
      expect(learningPath.totalMinutes).toBeGreaterThan(0);
    }
  });

  it('running the seed again creates no duplicates', async () => {
    const env = { ...process.env, ...inject('cmsEnv') };
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/src/seed.ts'), '--quiet'], { env, cwd: ROOT, timeout: 120_000 });
    expect(stdout).toMatch(/research-articles\s*│\s*0\s*│\s*\d+/);
    for (const { api, folder } of TYPES) expect(await publishedCount(api, folder, 'sv')).toBe(files(folder));
  }, 150_000);
});
