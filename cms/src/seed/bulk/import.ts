import type { Core } from '@strapi/strapi';
import { withOutboxSuspended } from '../../search-sync/suspend';
import { progressBar } from '../progress';
import { parseLine, type SourceLine } from './rows';
import { errorMessage } from './validate';
import { writeValidRows } from './direct';
import { planBatch, type Good, type Rejected } from './plan';
import { existingSlugs, writeRow } from './write';

export type { Rejected };

export interface ImportReport {
  created: number;
  existing: number;
  rejected: Rejected[];
  ms: number;
  /** CPU time of this process during the import (user + system): comparable on a machine others load too. */
  cpuMs: number;
}

export interface ImportOptions {
  /** Rows expected (for the progress bar); unknown for a file. */
  total?: number;
  quiet?: boolean;
  label?: string;
  /** Rows written per transaction: one disk sync per batch instead of several per item. */
  batch?: number;
}

/**
 * Writes rows one after the other through the Document Service (inside the caller's transaction): rows that exist
 * (upsertItem completes a missing locale) and rows that set relations or media. Which exist is asked once for all.
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
 * Writes a batch: each new row is validated like an editor's save and publish (a bad row is reported with its line
 * and skipped), then all valid new rows go in ONE transaction below the Document Service (direct.ts). Rows that
 * exist or point to other documents take the Document Service, each in its own transaction. If the batch's
 * transaction fails all the same, it rolls back and its rows are written one by one the slow way, so a row is
 * never half-written and the failing one is named.
 */
async function writeBatch(strapi: Core.Strapi, rows: Good[], report: ImportReport): Promise<void> {
  const plan = await planBatch(strapi, rows);
  report.rejected.push(...plan.rejected);
  report.existing += plan.complete.length;
  const slow = [...plan.documentService];
  if (plan.valid.length > 0) {
    try {
      await strapi.db.transaction(({ trx }) => writeValidRows(strapi, plan.valid.map((good) => good.valid), trx));
      report.created += plan.valid.length;
    } catch {
      slow.push(...plan.valid);
    }
  }
  for (const row of slow.sort((a, b) => a.line - b.line)) {
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
 * Imports items from lines of NDJSON (a file, or the synthetic generator); every row passes the same validation as
 * an editor's save and publish (validate.ts). Outbox entries are suspended: the caller runs ONE full
 * reindex afterwards instead of one search task per item. Idempotent (rows are matched on their Swedish slug).
 */
export function importLines(strapi: Core.Strapi, lines: AsyncIterable<SourceLine> | Iterable<SourceLine>, options: ImportOptions = {}): Promise<ImportReport> {
  return withOutboxSuspended(async () => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    const size = options.batch ?? 100;
    const bar = options.quiet ? null : progressBar(options.label ?? 'import', options.total ?? 0);
    const report: ImportReport = { created: 0, existing: 0, rejected: [], ms: 0, cpuMs: 0 };
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
    bar?.finish();
    report.rejected.sort((a, b) => a.line - b.line);
    report.ms = Date.now() - started;
    const used = process.cpuUsage(cpu);
    report.cpuMs = Math.round((used.user + used.system) / 1000);
    return report;
  });
}
