import { DatabaseSync } from 'node:sqlite';
import { inject } from 'vitest';

/** Runs `work` on the stack's CMS database (SQLite), writable: time moved forward for a job. */
function withDb<T>(work: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(inject('cmsDatabase'), { timeout: 10_000 });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** The pending follow-up invitation of `email` becomes due now (its due date moved into the past, in Strapi's format). */
export function makeFollowUpDue(email: string): number {
  return withDb((db) => {
    const row = db.prepare('select due_at from needs_follow_ups where email = ?').get(email);
    if (!row) return 0;
    const past = Date.now() - 60_000;
    db.prepare('update needs_follow_ups set due_at = ? where email = ?').run(typeof row.due_at === 'number' ? past : new Date(past).toISOString(), email);
    return 1;
  });
}

export const pendingFollowUps = (email: string) => withDb((db) => db.prepare('select count(*) as n from needs_follow_ups where email = ?').get(email)?.n);

/** The waves stored under one pairing key, and whether any response row holds the address. */
export function pairedWaves(): { pairKey: string; waves: string[] }[] {
  return withDb((db) => {
    const rows = db.prepare("select pair_key, group_concat(wave, ',') as waves from needs_responses where pair_key is not null group by pair_key").all();
    return rows.map((r) => ({ pairKey: String(r.pair_key), waves: String(r.waves).split(',').sort() }));
  });
}

export const responsesMentioning = (text: string) => withDb((db) => Number(db.prepare("select count(*) as n from needs_responses where answers like ? or coalesce(pair_key, '') like ?").get(`%${text}%`, `%${text}%`)?.n ?? 0));
