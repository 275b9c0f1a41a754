import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { indexUid, searchDocumentId } from '@kunskapsnavet/search';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { killHard, startReplica } from '../../../scripts/src/lib/cms-replica.ts';
import { ROOT } from '../../../scripts/src/lib/paths.ts';
import { adminToken, cmsUrl } from '../helpers/api';
import { ARTICLE, articleData, unique } from '../helpers/fixtures';
import { eventually, meili } from '../helpers/search-index';

const PUBLISHES = Number(process.env.KN_REPLICA_PUBLISHES ?? 40);
const postgres = process.env.DATABASE_CLIENT === 'postgres';
const run = promisify(execFile);
const CM = '/content-manager/collection-types';

/** Every document of the Swedish index (id, documentId, slug), page by page. */
async function allIndexed(): Promise<Array<{ id: string; documentId: string; slug: string }>> {
  const all: Array<{ id: string; documentId: string; slug: string }> = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await meili().index(indexUid('sv')).getDocuments<{ id: string; documentId: string; slug: string }>({ fields: ['id', 'documentId', 'slug'], limit: 1000, offset });
    all.push(...page.results);
    if (page.results.length < 1000) return all;
  }
}

/** Creates and publishes one Swedish article through the admin API of `base`; resolves with its documentId. */
async function publishOn(base: string, token: string, slug: string): Promise<string | null> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  try {
    const created = await fetch(`${base}${CM}/${ARTICLE}?locale=sv`, { method: 'POST', headers, body: JSON.stringify(articleData(slug)) });
    if (created.status !== 201) return null;
    const { data } = await created.json();
    const published = await fetch(`${base}${CM}/${ARTICLE}/${data.documentId}/actions/publish?locale=sv`, { method: 'POST', headers, body: '{}' });
    return published.ok ? data.documentId : null;
  } catch {
    // The replica was killed under this request: the editor would retry; the test publishes elsewhere.
    return null;
  }
}

/**
 * Two CMS processes on one PostgreSQL database and one Meilisearch, both running the outbox worker. Publishes
 * are spread over both; one is killed with SIGKILL in the middle (claims left behind) and restarted. Every
 * publish that succeeded must become searchable exactly once, and search:reconcile must find no drift.
 * PostgreSQL only (the PostgreSQL pass): SQLite is one file for one process.
 */
describe.runIf(postgres)('two CMS replicas share the search outbox', () => {
  let replica: Awaited<ReturnType<typeof startReplica>>;
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-replica-'));
  const log = fs.createWriteStream(path.join(logDir, 'replica.log'));
  const env = () => ({ ...inject('cmsEnv'), SEARCH_SYNC_POLL_MS: '200' });
  beforeAll(async () => {
    replica = await startReplica(env(), (line) => log.write(`${line}\n`));
  }, 400_000);
  afterAll(async () => {
    await replica?.stop();
  });

  it(`${PUBLISHES} publishes over two replicas, one SIGKILLed and restarted: all searchable, no duplicates, 0 drift`, async () => {
    const token = await adminToken('strapi-super-admin');
    const published: string[] = [];
    const run1 = unique('replika');
    let second = replica.url;
    for (let i = 0; i < PUBLISHES; i += 1) {
      if (i === Math.floor(PUBLISHES / 2)) {
        // Mid-batch: the other replica's worker is busy with the publishes just made.
        const exited = await killHard(replica.service);
        expect(exited).toBe(137);
        replica = await startReplica(env(), (line) => log.write(`${line}\n`));
        second = replica.url;
      }
      const base = i % 2 === 0 ? cmsUrl() : second;
      const id = (await publishOn(base, token, `${run1}-${i}`)) ?? (await publishOn(cmsUrl(), token, `${run1}-${i}-retry`));
      expect(id).not.toBeNull();
      published.push(id ?? '');
    }
    // Every entry of this run in the Swedish index (matched by slug): exactly one per published document.
    const ours = async () => (await allIndexed()).filter((doc) => doc.slug.startsWith(`${run1}-`));
    await eventually(async () => (await ours()).length >= PUBLISHES, 120_000);
    const entries = await ours();
    expect(entries.length).toBe(PUBLISHES);
    expect(new Set(entries.map((doc) => doc.documentId))).toEqual(new Set(published));
    expect(new Set(entries.map((doc) => doc.id))).toEqual(new Set(published.map((d) => searchDocumentId('research-article', d, 'sv'))));

    const reconcile = await run(process.execPath, [path.join(ROOT, 'scripts/src/search-reconcile.ts'), '--dry-run', '--json'], { env: { ...process.env, ...env(), KN_DATA_DIR: logDir }, maxBuffer: 1 << 24 });
    const report = JSON.parse(reconcile.stdout.split('\n').find((line) => line.startsWith('{"drift"')) ?? '{}');
    console.log(`replicas: ${PUBLISHES} publishes, ${entries.length} indexed, drift ${JSON.stringify(report.drift)}, outbox ${JSON.stringify(report.outbox)}`);
    for (const locale of ['sv', 'en'] as const) expect(report.drift[locale]).toEqual({ missing: 0, stale: 0, extra: 0 });
  }, 900_000);
});
