import crypto from 'node:crypto';
import type { Knex } from 'knex';

/**
 * The two outbox statements that race each other (an editor's change against the worker finishing the same
 * document), as single SQL statements on plain knex: SQLite and PostgreSQL alike, and testable on two real
 * connections (cms/test/integration/search-outbox-race.test.ts).
 */
export const OUTBOX_TABLE = 'search_outbox';
/** The unique key declared in the content type's schema.json (index search_outbox_target_uq). */
const KEY = ['target_uid', 'target_document_id'];

const table = (db: Knex, schema?: string) => (schema ? db(OUTBOX_TABLE).withSchema(schema) : db(OUTBOX_TABLE));

/**
 * "Document T/D changed" as ONE statement, INSERT … ON CONFLICT (target_uid, target_document_id) DO UPDATE: a new
 * row, or the existing one with its version bumped, due at `now`, its attempts and dead-letter state cleared. A
 * read-then-write would lose the change when the worker deletes the row between the two.
 */
export async function upsertEntry(db: Knex, schema: string | undefined, targetUid: string, targetDocumentId: string, now = new Date()): Promise<void> {
  await table(db, schema)
    .insert({
      target_uid: targetUid,
      target_document_id: targetDocumentId,
      // Strapi's own columns for a row it did not create itself.
      document_id: crypto.randomBytes(12).toString('hex'),
      created_at: now,
      updated_at: now,
      published_at: now,
      version: 1,
      attempts: 0,
      available_at: now,
    })
    .onConflict(KEY)
    .merge({
      version: db.raw('??.?? + 1', [OUTBOX_TABLE, 'version']),
      attempts: 0,
      available_at: now,
      updated_at: now,
      last_error: null,
      dead_at: null,
    });
}

/** Deletes a processed entry only if no newer change bumped its version meanwhile; returns whether it did. */
export async function deleteIfUnchanged(db: Knex, schema: string | undefined, id: number, version: number): Promise<boolean> {
  const count = await table(db, schema).where({ id, version }).delete();
  return count === 1;
}
