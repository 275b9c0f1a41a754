import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ALL_CONTENT_TYPES, CONTENT_TYPES, EFFORT_TYPES, LOCALE_CODES, NEEDS_TYPES, PLACE_TYPES, RESEARCH_CALL_TYPES, type ContentTypeUid, type LocaleCode } from '../lib/content-types';
import { readSeedFolder } from './files';
import { coordinatorIds, seedExampleSignups } from './places';
import { progressBar } from './progress';
import { researchCallData, researchCallFile } from './research-calls';
import * as schema from './schema';
import * as placeData from './place-data';
import * as placeSchema from './place-schema';
import * as effortData from './effort-data';
import * as effortSchema from './effort-schema';
import * as toData from './to-data';
import { upsertItem } from './upsert';

type Kind = Parameters<toData.Resolve>[0];
export type SeedReport = Record<string, { created: number; existing: number }>;

/** Loads cms/seed/**: topics → authors → municipalities → learning centres → articles → guides → modules → paths → occasions (+ example sign-ups) → partners → efforts → the needs check (references first). */
export async function seedDemoContent(strapi: Core.Strapi, options: { dir?: string; quiet?: boolean } = {}): Promise<SeedReport> {
  const dir = options.dir ?? path.join(strapi.dirs.app.root, 'seed');
  const ids = new Map<string, string>();
  const resolve: toData.Resolve = (kind, key) => {
    const id = ids.get(`${kind}:${key}`);
    if (!id) throw new Error(`Seed reference to unknown ${kind} "${key}"`);
    return id;
  };
  const report: SeedReport = {};

  async function load<F extends { key: string }>(
    kind: Kind | 'path' | 'needs' | 'researchCall' | 'effort',
    folder: string,
    uid: ContentTypeUid | typeof NEEDS_TYPES.check | typeof NEEDS_TYPES.question,
    fileSchema: Parameters<typeof readSeedFolder<F>>[2],
    slugOf: (file: F) => string,
    dataOf: (file: F, locale: LocaleCode) => Record<string, unknown>,
    matchField: 'slug' | 'key' = 'slug',
  ) {
    const files = readSeedFolder(dir, folder, fileSchema);
    const bar = options.quiet ? null : progressBar(folder, files.length);
    const counts = { created: 0, existing: 0 };
    const done: { file: F; documentId: string; created: boolean }[] = [];
    for (const file of files) {
      const { documentId, created } = await upsertItem(strapi, { uid, slug: slugOf(file), matchField, data: (locale) => dataOf(file, locale) });
      ids.set(`${kind}:${file.key}`, documentId);
      counts[created ? 'created' : 'existing'] += 1;
      done.push({ file, documentId, created });
      bar?.tick();
    }
    report[folder] = counts;
    return done;
  }

  await load('topic', 'topics', CONTENT_TYPES.topic, schema.topicFile, (f) => f.sv.slug, toData.topicData);
  await load('author', 'authors', CONTENT_TYPES.author, schema.authorFile, (f) => f.key, toData.authorData);
  await load('municipality', 'municipalities', PLACE_TYPES.municipality, placeSchema.municipalityFile, (f) => f.key, placeData.municipalityData);
  const admins = await coordinatorIds(strapi);
  await load('learningCentre', 'learning-centres', CONTENT_TYPES.learningCentre, schema.learningCentreFile, (f) => f.key, (f, l) =>
    toData.learningCentreData(f, l, resolve, f.coordinators.flatMap((email) => admins.get(email.toLowerCase()) ?? [])),
  );
  await load('article', 'research-articles', CONTENT_TYPES.researchArticle, schema.researchArticleFile, (f) => f.sv.slug, (f, l) => toData.researchArticleData(f, l, resolve));
  await load('guide', 'guides', CONTENT_TYPES.guide, schema.guideFile, (f) => f.sv.slug, (f, l) => toData.guideData(f, l, resolve));
  await load('module', 'course-modules', CONTENT_TYPES.courseModule, schema.courseModuleFile, (f) => f.sv.slug, (f, l) => toData.courseModuleData(f, l, resolve));
  await load('path', 'learning-paths', CONTENT_TYPES.learningPath, schema.learningPathFile, (f) => f.sv.slug, (f, l) => toData.learningPathData(f, l, resolve));
  const now = new Date();
  const occasions = await load('occasion', 'occasions', PLACE_TYPES.occasion, placeSchema.occasionFile, (f) => f.key, (f, l) => placeData.occasionData(f, l, resolve, now));
  report['occasion-signups (examples)'] = { created: await seedExampleSignups(strapi, occasions), existing: 0 };
  await load('researchCall', 'research-calls', RESEARCH_CALL_TYPES.call, researchCallFile, (f) => f.key, (f, l) => researchCallData(f, l, resolve, now));
  await load('partner', 'partners', EFFORT_TYPES.partner, effortSchema.partnerFile, (f) => f.key, (f, l) => effortData.partnerData(f, l, resolve));
  await load('effort', 'efforts', EFFORT_TYPES.effort, effortSchema.effortFile, (f) => f.key, (f, l) => effortData.effortData(f, l, resolve, now));
  await load('needs', 'needs/checks', NEEDS_TYPES.check, schema.needsCheckFile, (f) => f.slug, toData.needsCheckData);
  await load('needs', 'needs/questions', NEEDS_TYPES.question, schema.needsQuestionFile, (f) => f.key, (f, l) => toData.needsQuestionData(f, l, resolve), 'key');
  return report;
}

/** Published documents per content type and locale: what the seed promises and what `npm run seed` prints. */
export async function publishedCounts(strapi: Core.Strapi): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const uid of ALL_CONTENT_TYPES) {
    counts[uid] = {};
    for (const locale of LOCALE_CODES) {
      counts[uid][locale] = await strapi.documents(uid).count({ locale, status: 'published' });
    }
  }
  return counts;
}

export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  return (await strapi.db.query(CONTENT_TYPES.topic).count()) === 0;
}
