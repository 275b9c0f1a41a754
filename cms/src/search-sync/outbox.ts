import type { Core } from '@strapi/strapi';
import { deleteIfUnchanged, upsertEntry } from './outbox-sql';

export const OUTBOX = 'api::search-outbox.search-outbox';

export interface OutboxEntry {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  version: number;
  attempts: number;
  /** When the change was recorded (for the batch trace); a Date or what the driver returns for it. */
  updatedAt?: unknown;
}

/** Retry delay after the n-th failed attempt: 0.5 s doubling to a 30 s ceiling. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Records "document T/D changed". Called inside the transaction of the change itself, so the entry commits or
 * rolls back with it. One entry per document, written by one upsert on its unique key (outbox-sql.ts): a newer
 * change bumps the version (the worker deletes an entry only if its version is still the one it processed),
 * makes it due now and revives a dead letter.
 */
export async function enqueue(strapi: Core.Strapi, targetUid: string, targetDocumentId: string): Promise<void> {
  // Nested in the caller's transaction when there is one (the document middleware), else its own.
  await strapi.db.transaction(({ trx }) => upsertEntry(trx, strapi.db.getSchemaName(), targetUid, targetDocumentId));
}

/**
 * Claims up to `limit` due entries for this worker. The claim is a conditional UPDATE (only if unclaimed or the
 * previous claim expired), so two CMS replicas sharing one database never process the same entry at once.
 */
export async function claimDue(strapi: Core.Strapi, workerId: string, limit: number, claimMs: number): Promise<OutboxEntry[]> {
  const outbox = strapi.db.query(OUTBOX);
  const now = new Date();
  const unclaimed = { $or: [{ claimedUntil: { $null: true } }, { claimedUntil: { $lt: now } }] };
  const candidates: OutboxEntry[] = await outbox.findMany({
    where: { availableAt: { $lte: now }, deadAt: { $null: true }, ...unclaimed },
    orderBy: { availableAt: 'asc' },
    limit,
    select: ['id', 'targetUid', 'targetDocumentId', 'version', 'attempts', 'updatedAt'],
  });
  const claimed: OutboxEntry[] = [];
  for (const entry of candidates) {
    const { count } = await outbox.updateMany({
      where: { id: entry.id, ...unclaimed },
      data: { claimedBy: workerId, claimedUntil: new Date(Date.now() + claimMs) },
    });
    if (count === 1) claimed.push(entry);
  }
  return claimed;
}

/** Done: removed only if no newer change arrived meanwhile (then it stays, due now, for another pass). */
export async function complete(strapi: Core.Strapi, entry: OutboxEntry): Promise<void> {
  const deleted = await deleteIfUnchanged(strapi.db.connection, strapi.db.getSchemaName(), entry.id, entry.version);
  if (!deleted) await release(strapi, entry);
}

export async function release(strapi: Core.Strapi, entry: OutboxEntry): Promise<void> {
  await strapi.db.query(OUTBOX).update({ where: { id: entry.id }, data: { claimedBy: null, claimedUntil: null } });
}

export interface FailOptions {
  maxAttempts: number;
  /**
   * What failed: this entry (its task was rejected: counts towards maxAttempts), something retrying cannot fix
   * (a dead letter at once), or the search engine itself (unreachable: retried with backoff however long it
   * takes, so an outage never turns healthy changes into dead letters).
   */
  cause: 'entry' | 'permanent' | 'outage';
}

/**
 * A failed attempt: due again after a backoff, or, after `maxAttempts` (or at once when retrying cannot help),
 * a dead letter: kept with its last error, never claimed again, counted in the admin and by search:reconcile.
 * A new change to the document revives it (enqueue).
 */
export async function fail(strapi: Core.Strapi, entry: OutboxEntry, error: unknown, options: FailOptions): Promise<boolean> {
  const attempts = entry.attempts + 1;
  const dead = options.cause === 'entry' ? attempts >= options.maxAttempts : options.cause === 'permanent';
  await strapi.db.query(OUTBOX).update({
    where: { id: entry.id },
    data: {
      attempts,
      availableAt: new Date(Date.now() + backoffMs(attempts)),
      claimedBy: null,
      claimedUntil: null,
      lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
      deadAt: dead ? new Date() : null,
    },
  });
  return dead;
}

/** Entries still to do (due or backing off) and dead letters. */
export async function outboxCounts(strapi: Core.Strapi): Promise<{ pending: number; dead: number }> {
  const outbox = strapi.db.query(OUTBOX);
  const [pending, dead] = await Promise.all([outbox.count({ where: { deadAt: { $null: true } } }), outbox.count({ where: { deadAt: { $notNull: true } } })]);
  return { pending, dead };
}

export interface DeadLetter {
  targetUid: string;
  targetDocumentId: string;
  attempts: number;
  lastError: string | null;
  deadAt: string;
}

/** The most recent dead letters (for search:reconcile's report). */
export async function deadLetters(strapi: Core.Strapi, limit = 100): Promise<DeadLetter[]> {
  const rows: Array<Omit<DeadLetter, 'deadAt'> & { deadAt: string | Date }> = await strapi.db.query(OUTBOX).findMany({
    where: { deadAt: { $notNull: true } },
    select: ['targetUid', 'targetDocumentId', 'attempts', 'lastError', 'deadAt'],
    orderBy: { deadAt: 'desc' },
    limit,
  });
  return rows.map((row) => ({ ...row, deadAt: new Date(row.deadAt).toISOString() }));
}

/**
 * After a full reindex that started reading at `before`, entries last touched earlier describe changes the new
 * indexes already hold: they are dropped so the worker does not redo them. Newer entries stay.
 */
export async function supersede(strapi: Core.Strapi, before: Date): Promise<number> {
  const { count } = await strapi.db.query(OUTBOX).deleteMany({ where: { updatedAt: { $lt: before }, claimedUntil: { $null: true } } });
  return count;
}
