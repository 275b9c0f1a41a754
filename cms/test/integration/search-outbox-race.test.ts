import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteIfUnchanged, OUTBOX_TABLE, upsertEntry } from '../../src/search-sync/outbox-sql';

const ROUNDS = 400;
const postgres = process.env.DATABASE_CLIENT === 'postgres';

/** One connection of its own to this run's PostgreSQL database. */
const connect = (): Knex =>
  knex({
    client: 'pg',
    connection: {
      host: process.env.DATABASE_HOST ?? 'localhost',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      user: process.env.DATABASE_USERNAME,
      password: process.env.DATABASE_PASSWORD,
      database: inject('cmsEnv').DATABASE_NAME,
    },
    pool: { min: 1, max: 1 },
  });

/**
 * The race that used to lose changes: the worker finishes entry E (version v) while an editor's transaction
 * records a new change to the same document. Whatever the interleaving, the change must stay queued.
 * PostgreSQL only (the PostgreSQL pass of CI): SQLite has one writer at a time, so there is no race to lose.
 */
describe.runIf(postgres)('search outbox on PostgreSQL: enqueue against complete from two connections', () => {
  let editor: Knex;
  let worker: Knex;
  beforeAll(() => {
    editor = connect();
    worker = connect();
  });
  afterAll(async () => {
    await editor.destroy();
    await worker.destroy();
  });

  it(`${ROUNDS} rounds: 0 lost entries`, async () => {
    // Due in an hour, so the running CMS's own worker leaves these rows alone.
    const later = new Date(Date.now() + 3_600_000);
    const uid = `race-${Date.now()}`;
    let lost = 0;
    let kept = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const documentId = `doc-${round}`;
      await upsertEntry(worker, undefined, uid, documentId, later);
      const [claimed] = await worker(OUTBOX_TABLE).where({ target_uid: uid, target_document_id: documentId }).select('id', 'version');
      // The editor's change runs in a transaction that, like a real edit, does more work before it commits.
      const edit = editor.transaction(async (trx) => {
        await upsertEntry(trx, undefined, uid, documentId, later);
        await trx.raw('SELECT pg_sleep(?)', [(round % 5) / 1000]);
      });
      const [, deleted] = await Promise.all([edit, deleteIfUnchanged(worker, undefined, claimed.id, claimed.version)]);
      const rows = await worker(OUTBOX_TABLE).where({ target_uid: uid, target_document_id: documentId }).count({ n: '*' });
      if (Number(rows[0].n) === 0) lost += 1;
      if (!deleted) kept += 1;
    }
    console.log(`outbox race on PostgreSQL: ${ROUNDS} rounds, ${lost} lost, ${kept} completes that found a newer version`);
    await worker(OUTBOX_TABLE).where({ target_uid: uid }).delete();
    expect(lost).toBe(0);
  }, 120_000);
});
