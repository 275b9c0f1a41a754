import { randomBytes } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { inject } from 'vitest';
import { createClient } from '../../src/client.ts';
import { indexUid } from '../../src/indexes.ts';
import { reindex } from '../../src/reindex.ts';
import { LOCALES } from '../../src/vocabulary.ts';
import { corpusSource } from '../fixtures/corpus.ts';

/** A master-key client for the test instance started by global-setup.ts. */
export function adminClient(): Meilisearch {
  return createClient({ url: inject('meiliUrl'), apiKey: inject('meiliMasterKey') });
}

/** An index prefix no other test file uses, so files can run in parallel on one instance. */
export function uniquePrefix(name: string): string {
  return `test_${name}_${randomBytes(3).toString('hex')}`;
}

/** Builds the live indexes of `prefix` from the fixture corpus, the way production does. */
export async function seedCorpus(client: Meilisearch, prefix: string): Promise<void> {
  await reindex({ client, prefix, source: corpusSource() });
}

/** Deletes the live indexes of `prefix` (cleanup in afterAll). */
export async function dropIndexes(client: Meilisearch, prefix: string): Promise<void> {
  await Promise.all(LOCALES.map((locale) => client.deleteIndex(indexUid(locale, prefix)).waitTask().catch(() => undefined)));
}
