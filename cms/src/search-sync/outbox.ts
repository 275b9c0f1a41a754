import type { Core } from '@strapi/strapi';

export const OUTBOX = 'api::search-outbox.search-outbox';

export interface OutboxEntry {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  version: number;
  attempts: number;
}

/** Retry delay after the n-th failed attempt: 0.5 s doubling to a 30 s ceiling. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Records "document T/D changed". Called inside the transaction of the change itself, so the entry commits or
 * rolls back with it. One entry per document: a newer change bumps the version (the worker deletes an entry
 * only if its version is still the one it processed) and makes it due now.
 */
export async function enqueue(strapi: Core.Strapi, targetUid: string, targetDocumentId: string): Promise<void> {
  const outbox = strapi.db.query(OUTBOX);
  const existing = await outbox.findOne({ where: { targetUid, targetDocumentId }, select: ['id', 'version'] });
  const now = new Date();
  if (existing) {
    await outbox.update({ where: { id: existing.id }, data: { version: existing.version + 1, attempts: 0, availableAt: now, lastError: null } });
  } else {
    await outbox.create({ data: { targetUid, targetDocumentId, version: 1, attempts: 0, availableAt: now } });
  }
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
    where: { availableAt: { $lte: now }, ...unclaimed },
    orderBy: { availableAt: 'asc' },
    limit,
    select: ['id', 'targetUid', 'targetDocumentId', 'version', 'attempts'],
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
  const { count } = await strapi.db.query(OUTBOX).deleteMany({ where: { id: entry.id, version: entry.version } });
  if (count === 0) await release(strapi, entry);
}

export async function release(strapi: Core.Strapi, entry: OutboxEntry): Promise<void> {
  await strapi.db.query(OUTBOX).update({ where: { id: entry.id }, data: { claimedBy: null, claimedUntil: null } });
}

export async function fail(strapi: Core.Strapi, entry: OutboxEntry, error: unknown): Promise<void> {
  const attempts = entry.attempts + 1;
  await strapi.db.query(OUTBOX).update({
    where: { id: entry.id },
    data: {
      attempts,
      availableAt: new Date(Date.now() + backoffMs(attempts)),
      claimedBy: null,
      claimedUntil: null,
      lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
    },
  });
}

export async function pendingCount(strapi: Core.Strapi): Promise<number> {
  return strapi.db.query(OUTBOX).count();
}

/**
 * After a full reindex that started reading at `before`, entries last touched earlier describe changes the new
 * indexes already hold: they are dropped so the worker does not redo them. Newer entries stay.
 */
export async function supersede(strapi: Core.Strapi, before: Date): Promise<number> {
  const { count } = await strapi.db.query(OUTBOX).deleteMany({ where: { updatedAt: { $lt: before }, claimedUntil: { $null: true } } });
  return count;
}
