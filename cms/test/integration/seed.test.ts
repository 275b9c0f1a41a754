import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { request } from '../helpers/api';

const SEED_DIR = path.resolve(__dirname, '../../seed');
const ROOT = path.resolve(__dirname, '../../..');
const files = (folder: string) => fs.readdirSync(path.join(SEED_DIR, folder)).filter((f) => f.endsWith('.yaml')).length;

const TYPES = [
  { api: 'research-articles', folder: 'research-articles', minimum: 12 },
  { api: 'guides', folder: 'guides', minimum: 10 },
  { api: 'course-modules', folder: 'course-modules', minimum: 12 },
  { api: 'learning-paths', folder: 'learning-paths', minimum: 4 },
  { api: 'topics', folder: 'topics', minimum: 8 },
  { api: 'authors', folder: 'authors', minimum: 4 },
  { api: 'learning-centres', folder: 'learning-centres', minimum: 4 },
];

async function publishedCount(api: string, locale: string): Promise<number> {
  const res = await request('GET', `/api/${api}?locale=${locale}&pagination[pageSize]=1`);
  expect(res.status).toBe(200);
  return res.body.meta.pagination.total;
}

describe('demo content', () => {
  it.each(TYPES)('$api: every seed file is published in sv and en, and the brief’s minimum is met', async ({ api, folder, minimum }) => {
    expect(files(folder)).toBeGreaterThanOrEqual(minimum);
    expect(await publishedCount(api, 'sv')).toBe(files(folder));
    expect(await publishedCount(api, 'en')).toBe(files(folder));
  });

  it('every learning path has 4–8 steps mixing articles, guides and modules, and a derived total time', async () => {
    const res = await request('GET', '/api/learning-paths?locale=en&populate[steps][populate]=*');
    for (const path of res.body.data) {
      expect(path.steps.length).toBeGreaterThanOrEqual(4);
      expect(path.steps.length).toBeLessThanOrEqual(8);
      const kinds = new Set(path.steps.flatMap((s: Record<string, unknown>) => ['article', 'guide', 'module'].filter((k) => s[k])));
      expect(kinds.size, path.title).toBe(3);
      expect(path.totalMinutes).toBeGreaterThan(0);
    }
  });

  it('running the seed again creates no duplicates', async () => {
    const env = { ...process.env, ...inject('cmsEnv') };
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/src/seed.ts'), '--quiet'], { env, cwd: ROOT, timeout: 120_000 });
    expect(stdout).toMatch(/research-articles\s*│\s*0\s*│\s*\d+/);
    for (const { api, folder } of TYPES) expect(await publishedCount(api, 'sv')).toBe(files(folder));
  }, 150_000);
});
