import { DatabaseSync } from 'node:sqlite';
import { inject } from 'vitest';

const TABLES = { responses: 'needs_responses', contacts: 'needs_contacts', searchMisses: 'search_misses', researchAnswers: 'research_call_answers' } as const;

/**
 * Read-only looks into the stack's CMS database: what the site made the CMS store (the CMS's own suite tests the
 * routes; these check that the site calls them only when it should). KN_E2E_CMS_DATABASE with KN_E2E_SITE_URL.
 */
function open(): DatabaseSync {
  const file = inject('cmsDatabase');
  if (!file) throw new Error('no CMS database: set KN_E2E_CMS_DATABASE when pointing the suite at a running stack');
  // Wait for the CMS's write lock instead of failing with "database is locked" (seen under load in CI).
  return new DatabaseSync(file, { readOnly: true, timeout: 10_000 });
}

export function countRows(table: keyof typeof TABLES, where: Record<string, string> = {}): number {
  const db = open();
  try {
    const keys = Object.keys(where);
    const clause = keys.length ? ` where ${keys.map((k) => `${k} = ?`).join(' and ')}` : '';
    const row = db.prepare(`select count(*) as n from ${TABLES[table]}${clause}`).get(...keys.map((k) => where[k] ?? ''));
    return Number(row?.n ?? 0);
  } finally {
    db.close();
  }
}

export function columns(table: keyof typeof TABLES): string[] {
  const db = open();
  try {
    return db.prepare(`pragma table_info(${TABLES[table]})`).all().map((c) => String(c.name));
  } finally {
    db.close();
  }
}
