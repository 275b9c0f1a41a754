import type { Meilisearch, Settings } from 'meilisearch';
import type { SearchDocument } from '../src/document.ts';
import { indexUid } from '../src/indexes.ts';
import { MORPHOLOGY_ATTRIBUTES } from '../src/morphology/attributes.ts';
import { indexSettings } from '../src/settings.ts';
import { waitForSuccess } from '../src/tasks.ts';
import type { Locale } from '../src/vocabulary.ts';

/** One way of building and querying the indexes; the eval builds both in one Meilisearch. */
export interface Variant {
  name: 'baseline' | 'morphology';
  prefix: string;
  /** Whether search() stems the query (see src/query/morphology.ts). */
  morphology: boolean;
  settings: (locale: Locale) => Settings;
  document: (doc: SearchDocument) => SearchDocument;
}

const morphology = new Set<string>(MORPHOLOGY_ATTRIBUTES);

/** Today's settings before morphology: the derived attributes neither indexed nor searched. */
export const BASELINE: Variant = {
  name: 'baseline',
  prefix: 'eval_baseline',
  morphology: false,
  settings: (locale) => {
    const settings = indexSettings(locale);
    return { ...settings, searchableAttributes: settings.searchableAttributes?.filter((name) => !morphology.has(name)) ?? null };
  },
  document: (doc) => ({ ...doc, headTerms: [], compoundParts: [], stems: [] }),
};

export const MORPHOLOGY: Variant = {
  name: 'morphology',
  prefix: 'eval_morphology',
  morphology: true,
  settings: indexSettings,
  document: (doc) => doc,
};

export const VARIANTS = [BASELINE, MORPHOLOGY] as const;

/** Milliseconds of a task's ISO 8601 duration ("PT0.123456S"), as Meilisearch measured it. */
function durationMs(iso: string | null | undefined): number {
  const match = /^PT(?:(\d+)M)?([\d.]+)S$/.exec(iso ?? '');
  return match ? Number(match[1] ?? 0) * 60_000 + Number(match[2]) * 1000 : Number.NaN;
}

/**
 * (Re)builds one variant's index of one locale: drop, create, apply settings, add every document in
 * one batch. Returns how long Meilisearch spent on the document task.
 */
export async function buildIndex(client: Meilisearch, variant: Variant, locale: Locale, docs: readonly SearchDocument[]): Promise<number> {
  const uid = indexUid(locale, variant.prefix);
  await client.deleteIndex(uid).waitTask().catch(() => undefined);
  await waitForSuccess(client.createIndex(uid, { primaryKey: 'id' }));
  await waitForSuccess(client.index(uid).updateSettings(variant.settings(locale)));
  const task = await waitForSuccess(client.index(uid).addDocuments(docs.map(variant.document), { primaryKey: 'id' }));
  return durationMs(task.duration);
}
