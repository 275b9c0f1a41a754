import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { adminToken, contentManager, request } from '../helpers/api';
import { indexColumns } from '../helpers/database';
import { ARTICLE, articleData, unique } from '../helpers/fixtures';
import { eventually, findInIndex } from '../helpers/search-index';

const ROOT = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

/** `npm run seed -- --import FILE --quiet` against this run's database and Meilisearch; never throws on exit 1. */
async function importFile(file: string): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env, ...inject('cmsEnv'), KN_DATA_DIR: path.dirname(file) };
  try {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'scripts/src/seed.ts'), '--import', file, '--quiet'], { env, cwd: ROOT, timeout: 280_000, maxBuffer: 1 << 24 });
    return { code: 0, stdout };
  } catch (error) {
    if (typeof error !== 'object' || error === null) throw error;
    return { code: 'code' in error && typeof error.code === 'number' ? error.code : -1, stdout: 'stdout' in error ? String(error.stdout) : '' };
  }
}

describe('bulk import (NDJSON, the path synthetic and real archives share)', () => {
  // The admin's unique-slug check and the importer's existence checks look items up by slug and locale: without an
  // index each lookup reads the whole table, and a 10,000-item load slows down as it grows (measured: 17.5 ms CPU per
  // item at 1,000, 23 ms for items 1,001–3,000).
  it.each(['research_articles', 'guides', 'course_modules'])('%s has its (slug, locale) index', async (table) => {
    expect([...(await indexColumns(table)).values()]).toContainEqual(['slug', 'locale']);
  });

  it('good rows are created and published in both languages, a bad row is reported with its line and not written, one reindex makes them searchable, a second run creates nothing', async () => {
    const word = unique('arkivimport').replace(/-/g, '');
    const good = [1, 2, 3].map((n) => {
      const sv = { ...articleData(unique(`import-${n}`)), title: `Arkivet om ${word} del ${n}` };
      return { type: 'research-article', slug: sv.slug, sv, en: { ...articleData(`${sv.slug}-en`), title: `The archive on ${word} part ${n}` } };
    });
    // Publishing an article requires the study it summarises (the admin refuses it the same way).
    const { originalStudy: _, ...noStudy } = articleData(unique('import-bad'));
    // Strapi's own validator (an evidence kind the schema does not know), and an English slug another row has.
    const badEnum = articleData(unique('import-enum'));
    const clash = articleData(unique('import-clash'));
    const lines = [
      JSON.stringify(good[0]),
      '{ not json',
      JSON.stringify(good[1]),
      JSON.stringify({ type: 'research-article', slug: noStudy.slug, sv: noStudy }),
      '',
      JSON.stringify(good[2]),
      JSON.stringify({ type: 'research-article', slug: badEnum.slug, sv: { ...badEnum, evidence: 'gossip' } }),
      JSON.stringify({ type: 'research-article', slug: clash.slug, sv: clash, en: { ...clash, slug: good[0].en.slug } }),
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-import-'));
    const file = path.join(dir, 'archive.ndjson');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);

    const first = await importFile(file);
    expect(first.code, first.stdout).toBe(1);
    expect(first.stdout).toMatch(/3 created, 0 already there, 4 rejected/);
    expect(first.stdout).toMatch(/line 2: not JSON/);
    expect(first.stdout).toMatch(/line 4: .*(study|originalStudy)/i);
    expect(first.stdout).toMatch(/line 7: .*evidence/);
    expect(first.stdout).toMatch(/line 8: .*slug/);
    expect(first.stdout).toMatch(/One full reindex: \d+ documents/);

    const cm = contentManager(await adminToken('strapi-super-admin'));
    for (const slug of [noStudy.slug, badEnum.slug, clash.slug]) {
      const bad = await cm.find(ARTICLE, `filters[slug][$eq]=${slug}`);
      expect(bad.body.results ?? [], slug).toHaveLength(0);
    }
    for (const row of good) {
      for (const locale of ['sv', 'en'] as const) {
        const res = await request('GET', `/api/research-articles?locale=${locale}&filters[slug][$eq]=${locale === 'sv' ? row.slug : `${row.slug}-en`}`);
        expect(res.body.data, `${row.slug} ${locale}`).toHaveLength(1);
      }
    }
    await eventually(async () => (await findInIndex('sv', word)).length === 3, 60_000);

    const second = await importFile(file);
    expect(second.stdout).toMatch(/0 created, 3 already there, 4 rejected/);
  }, 600_000);

  it('writes the same entries as an editor saving and publishing each language in the admin (same data, same rules)', async () => {
    const cm = contentManager(await adminToken('strapi-super-admin'));
    const item = (name: string) => {
      const sv = articleData(unique(name));
      return { sv, en: { ...articleData(`${sv.slug}-en`), summary: 'A short plain-language summary for a busy business owner.' } };
    };
    const byEditor = item('via-admin');
    const created = await cm.create(ARTICLE, byEditor.sv, 'sv');
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
    const documentId = String(created.body.data.documentId);
    expect((await cm.update(ARTICLE, documentId, byEditor.en, 'en')).status).toBeLessThan(300);
    for (const locale of ['sv', 'en']) expect((await cm.publish(ARTICLE, documentId, locale)).status).toBeLessThan(300);

    const imported = item('via-import');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-import-'));
    const file = path.join(dir, 'same.ndjson');
    fs.writeFileSync(file, `${JSON.stringify({ type: 'research-article', slug: imported.sv.slug, ...imported })}\n`);
    const result = await importFile(file);
    expect(result.stdout).toMatch(/1 created, 0 already there, 0 rejected/);

    // What differs by design: ids, slugs, titles and times; everything else must be the same, components included.
    const VARYING = new Set(['id', 'documentId', 'slug', 'title', 'createdAt', 'updatedAt', 'publishedAt']);
    const strip = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(strip);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).filter(([key]) => !VARYING.has(key)).map(([key, v]) => [key, strip(v)]));
    };
    for (const locale of ['sv', 'en'] as const) {
      const published = async (data: typeof byEditor) => {
        const slug = data[locale].slug;
        const res = await request('GET', `/api/research-articles?locale=${locale}&filters[slug][$eq]=${slug}&populate=*`);
        expect(res.body.data, `${slug} published in ${locale}`).toHaveLength(1);
        return res.body.data[0];
      };
      expect(strip(await published(imported)), locale).toEqual(strip(await published(byEditor)));
    }
  }, 600_000);
});
