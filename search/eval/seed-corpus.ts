import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { SearchDocument } from '../src/document.ts';
import { toSearchDocument } from '../src/map/index.ts';
import { CONTENT_TYPES, type ContentType, type Locale } from '../src/vocabulary.ts';
import { markdownToBlocks } from '../src/vocabulary/markdown.ts';

/** The demo content of cms/seed, read as plain files: the eval needs no Strapi. */
export const SEED_DIR = fileURLToPath(new URL('../../cms/seed/', import.meta.url));

const FOLDERS: Record<ContentType, string> = {
  'research-article': 'research-articles',
  guide: 'guides',
  'course-module': 'course-modules',
  'learning-path': 'learning-paths',
};

const Localized = z.looseObject({ title: z.string(), slug: z.string() });
const SeedFileSchema = z.looseObject({ key: z.string(), sv: Localized, en: Localized });
type SeedFile = z.output<typeof SeedFileSchema>;
type Raw = Record<string, unknown>;

async function readFolder(folder: string): Promise<Raw[]> {
  const dir = path.join(SEED_DIR, folder);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => z.record(z.string(), z.unknown()).parse(parse(await readFile(path.join(dir, name), 'utf8')))));
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const record = (value: unknown): Raw => (isRecord(value) ? value : {});

/** Looks up a referenced seed file (topic, author, centre, step target) by folder and key. */
interface Refs {
  of: (folder: string, key: string) => Raw;
}

function localized(file: Raw, locale: Locale): Raw {
  return { ...record(file), ...record(file[locale]) };
}

/** A Strapi-shaped, populated entry (see POPULATE) built from one seed file, as the Document Service returns it. */
function entry(type: ContentType, file: SeedFile, locale: Locale, refs: Refs, stamp: number): Raw {
  const f = localized(file, locale);
  const topics = list(file['topics']).map((key) => {
    const topic = localized(refs.of('topics', String(key)), locale);
    return { name: text(topic['name']), slug: text(topic['slug']) };
  });
  const shared = {
    documentId: file.key, locale, publishedAt: stamp, updatedAt: stamp,
    title: f['title'], slug: f['slug'], topics,
  };
  switch (type) {
    case 'research-article':
      return {
        ...shared, summary: f['summary'], body: markdownToBlocks(text(f['body'])), evidenceNote: f['evidenceNote'],
        takeaways: list(f['takeaways']).map((t) => ({ text: t })), readingMinutes: file['readingMinutes'],
        authors: list(file['authors']).map((key) => ({ name: text(refs.of('authors', String(key))['name']) })),
      };
    case 'guide':
      return {
        ...shared, summary: f['summary'], body: markdownToBlocks(text(f['body'])),
        steps: list(f['steps']).map((s) => ({ title: text(record(s)['title']), minutes: record(s)['minutes'], body: markdownToBlocks(text(record(s)['body'])) })),
        businessModel: file['businessModel'], level: file['level'],
        industries: list(file['industries']).map((industry) => ({ industry })),
      };
    case 'course-module':
      return {
        ...shared, summary: f['summary'], provider: f['provider'], durationMinutes: file['durationMinutes'],
        level: file['level'], format: file['format'],
        learningObjectives: list(f['learningObjectives']).map((t) => ({ text: t })),
        learningCentres: list(file['learningCentres']).map((key) => ({ municipality: text(refs.of('learning-centres', String(key))['municipality']) })),
        sections: list(f['sections']).map((raw) => section(record(raw))),
      };
    case 'learning-path':
      return {
        ...shared, description: f['description'], audience: f['audience'], level: file['level'],
        steps: list(file['steps']).map((raw) => step(record(raw), locale, refs)),
      };
  }
}

/** A dynamic-zone section; quiz options stay out, as POPULATE leaves them out. */
function section(s: Raw): Raw {
  return {
    __component: `sections.${text(s['type']).replace('_', '-')}`,
    title: s['title'] ?? null, description: s['description'] ?? null, question: s['question'] ?? null,
    body: s['body'] ? markdownToBlocks(text(s['body'])) : null,
    instructions: s['instructions'] ? markdownToBlocks(text(s['instructions'])) : null,
    items: list(s['items']).map((t) => ({ text: t })),
  };
}

function step(s: Raw, locale: Locale, refs: Refs): Raw {
  const target = (folder: string, key: unknown, minutes: string, value: unknown) =>
    key ? { title: text(localized(refs.of(folder, String(key)), locale)['title']), [minutes]: value } : null;
  const article = s['article'] ? refs.of('research-articles', String(s['article'])) : undefined;
  const guide = s['guide'] ? refs.of('guides', String(s['guide'])) : undefined;
  const module = s['module'] ? refs.of('course-modules', String(s['module'])) : undefined;
  const guideMinutes = guide ? list(record(guide[locale])['steps']).reduce<number>((sum, x) => sum + Number(record(x)['minutes'] ?? 0), 0) : null;
  return {
    article: target('research-articles', s['article'], 'readingMinutes', article?.['readingMinutes']),
    guide: target('guides', s['guide'], 'estimatedMinutes', guideMinutes),
    module: target('course-modules', s['module'], 'durationMinutes', module?.['durationMinutes']),
    note: record(s['note'])[locale] ?? null,
  };
}

export interface SeedItem {
  type: ContentType;
  key: string;
  /** Slug per locale, as the relevance set may name an item by it. */
  slugs: Record<Locale, string>;
  entries: Record<Locale, Raw>;
}

/** Every searchable seed item, with its Strapi-shaped entry per locale. */
export async function loadSeedItems(): Promise<SeedItem[]> {
  const files = new Map<string, Raw>();
  for (const folder of ['topics', 'authors', 'learning-centres', ...Object.values(FOLDERS)]) {
    for (const file of await readFolder(folder)) files.set(`${folder}/${String(file['key'])}`, file);
  }
  const refs: Refs = {
    of: (folder, key) => {
      const file = files.get(`${folder}/${key}`);
      if (!file) throw new Error(`seed: ${folder}/${key} is referenced but does not exist`);
      return file;
    },
  };
  const items: SeedItem[] = [];
  const stamp = 1_735_689_600;
  for (const type of CONTENT_TYPES) {
    for (const [index, raw] of (await readFolder(FOLDERS[type])).entries()) {
      const file = SeedFileSchema.parse(raw);
      items.push({
        type, key: file.key, slugs: { sv: file.sv.slug, en: file.en.slug },
        entries: { sv: entry(type, file, 'sv', refs, stamp + index * 86_400), en: entry(type, file, 'en', refs, stamp + index * 86_400) },
      });
    }
  }
  return items;
}

/** Maps the seed entries of one locale the way sync and reindex map Strapi entries. */
export function toDocuments(items: readonly SeedItem[], locale: Locale): SearchDocument[] {
  return items.map((item) => {
    const result = toSearchDocument(item.type, item.entries[locale]);
    if (result.kind !== 'document') throw new Error(`seed ${item.key} (${locale}) was skipped: ${result.reason}`);
    return result.document;
  });
}
