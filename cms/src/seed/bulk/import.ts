import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { withOutboxSuspended } from '../../search-sync/suspend';
import { progressBar } from '../progress';
import { parseLine, type ImportRow, type SourceLine } from './rows';
import { existingSlugs, writeRow } from './write';

export interface Rejected {
  line: number;
  message: string;
}

export interface ImportReport {
  created: number;
  existing: number;
  rejected: Rejected[];
  ms: number;
}

export interface ImportOptions {
  /** Rows expected (for the progress bar); unknown for a file. */
  total?: number;
  quiet?: boolean;
  label?: string;
  /** Rows written per transaction: one disk sync per batch instead of several per item. */
  batch?: number;
}

type Good = { line: number; row: ImportRow };

const ValidationDetails = z.object({
  details: z.object({ errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])).default([]), message: z.string().default('') })) }),
});

/** What an admin would read: Strapi's ValidationError carries the failing fields in details.errors. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = ValidationDetails.safeParse(error);
  // Field messages that only repeat the error's own message add nothing but the field's name.
  const fields = details.success ? details.data.details.errors.map((e) => (e.message === error.message ? e.path.join('.') : `${e.path.join('.')}: ${e.message}`)) : [];
  return fields.length > 0 ? `${error.message} (${fields.join('; ')})` : error.message;
}

/**
 * Writes rows one after the other (inside the caller's transaction). Which exist is asked once for all of them; a
 * slug written earlier in the same rows counts as existing, as it would for upsertItem's own lookup.
 */
async function writeRows(strapi: Core.Strapi, rows: Good[]): Promise<number> {
  const existing = await existingSlugs(strapi, rows.map((good) => good.row));
  let created = 0;
  for (const { row } of rows) {
    const key = `${row.type}:${row.slug}`;
    if ((await writeRow(strapi, row, existing.has(key))).created) created += 1;
    existing.add(key);
  }
  return created;
}

/**
 * Writes a batch in one transaction. If any row fails, the transaction rolls back (nothing of the batch stays)
 * and each row is written again in its own transaction: a bad row is reported with its line and skipped, the
 * good ones are kept, and no row is ever half-written.
 */
async function writeBatch(strapi: Core.Strapi, rows: Good[], report: ImportReport): Promise<void> {
  try {
    const created = await strapi.db.transaction(() => writeRows(strapi, rows));
    report.created += created;
    report.existing += rows.length - created;
    return;
  } catch {
    // Fall through: find the row(s) at fault one by one.
  }
  for (const row of rows) {
    try {
      const { created } = await writeOne(strapi, row);
      report[created ? 'created' : 'existing'] += 1;
    } catch (error) {
      report.rejected.push({ line: row.line, message: errorMessage(error) });
    }
  }
}

/** SQLite's "database is locked" (a running CMS writing at the same moment) is the moment's fault, not the row's. */
const BUSY = /database is locked|SQLITE_BUSY/;

/** One row in its own transaction, retried a few times while the database is busy. */
async function writeOne(strapi: Core.Strapi, row: Good, attempt = 0): Promise<{ created: boolean }> {
  try {
    return { created: (await strapi.db.transaction(() => writeRows(strapi, [row]))) === 1 };
  } catch (error) {
    if (attempt >= 5 || !(error instanceof Error) || !BUSY.test(error.message)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    return writeOne(strapi, row, attempt + 1);
  }
}

/**
 * Imports items from lines of NDJSON (a file, or the synthetic generator) through the Document Service, so every
 * row passes the same validation as an editor's save. Outbox entries are suspended: the caller runs ONE full
 * reindex afterwards instead of one search task per item. Idempotent (rows are matched on their Swedish slug).
 */
export function importLines(strapi: Core.Strapi, lines: AsyncIterable<SourceLine> | Iterable<SourceLine>, options: ImportOptions = {}): Promise<ImportReport> {
  return withOutboxSuspended(async () => {
    const started = Date.now();
    const size = options.batch ?? 100;
    const bar = options.quiet ? null : progressBar(options.label ?? 'import', options.total ?? 0);
    const report: ImportReport = { created: 0, existing: 0, rejected: [], ms: 0 };
    let pending: Good[] = [];
    const flush = async () => {
      await writeBatch(strapi, pending, report);
      for (let i = 0; i < pending.length; i += 1) bar?.tick();
      pending = [];
    };
    for await (const source of lines) {
      const parsed = parseLine(source);
      if (!parsed.ok) {
        report.rejected.push({ line: parsed.line, message: parsed.message });
        bar?.tick();
        continue;
      }
      pending.push(parsed);
      if (pending.length >= size) await flush();
    }
    if (pending.length > 0) await flush();
    report.rejected.sort((a, b) => a.line - b.line);
    report.ms = Date.now() - started;
    return report;
  });
}
