import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR, DATA_DIR } from './paths.ts';

/** Where `npm run backup` writes its archives (KN_DATA_DIR/backups; a volume in the container). */
export const BACKUP_DIR = path.join(DATA_DIR, 'backups');

/**
 * Content types left out of a backup. The search outbox is derived state like the index it feeds: a restore
 * rebuilds the index with a full reindex, so pending outbox entries would only replay stale work.
 */
export const EXCLUDED_CONTENT_TYPES = ['api::search-outbox.search-outbox'];

/**
 * The Strapi processes of a backup or restore load the whole CMS: they must neither seed an empty database
 * (a restore target is empty) nor run the outbox worker while rows are being replaced.
 */
export const TRANSFER_ENV = { SEED_ON_EMPTY: 'false', SEARCH_SYNC_WORKER: 'false' } as const;

/** `kunskapsnavet-20250131T120501Z`: sorts by time, no characters a shell or Windows would mind. */
export function backupBaseName(now: Date = new Date()): string {
  return `kunskapsnavet-${now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')}`;
}

/** `strapi export` appends .tar.gz (and .enc when encrypted) to the base name it is given. */
export function archivePath(base: string, encrypted: boolean): string {
  return `${base}.tar.gz${encrypted ? '.enc' : ''}`;
}

export function isEncryptedArchive(file: string): boolean {
  return file.endsWith('.enc');
}

/** Arguments of `strapi export`: encrypted (aes-128-ecb) with `key` when one is given, plain otherwise. */
export function exportArgs(base: string, key: string | undefined): string[] {
  const encryption = key ? ['--key', key] : ['--no-encrypt'];
  return ['export', '--file', base, ...encryption, '--exclude-content-types', EXCLUDED_CONTENT_TYPES.join(',')];
}

/**
 * Arguments of `strapi import`. Without `force`, Strapi asks before it deletes the content of the target;
 * with it, the import runs unattended.
 */
export function importArgs(file: string, options: { key?: string; force?: boolean }): string[] {
  if (isEncryptedArchive(file) && !options.key) {
    throw new Error(`${path.basename(file)} is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with`);
  }
  return [
    'import', '--file', file,
    ...(options.key && isEncryptedArchive(file) ? ['--key', options.key] : []),
    ...(options.force ? ['--force'] : []),
    '--exclude-content-types', EXCLUDED_CONTENT_TYPES.join(','),
  ];
}

/**
 * `strapi export`/`import` write a diagnostic log (`export_<ms>.log`) into their working directory, the cms/
 * folder. Moves the logs of one run (those stamped at or after `since`) to `target`, next to the archive.
 * Returns where the log went, or null when there was none.
 */
export function collectTransferLog(operation: 'export' | 'import', since: number, target: string): string | null {
  const logs = fs.readdirSync(CMS_DIR).filter((name) => {
    const m = new RegExp(`^${operation}_(\\d+)\\.log$`).exec(name);
    return m !== null && Number(m[1]) >= since;
  });
  if (logs.length === 0) return null;
  for (const [i, name] of logs.sort().entries()) {
    const destination = i === 0 ? target : `${target}.${i}`;
    fs.copyFileSync(path.join(CMS_DIR, name), destination);
    fs.rmSync(path.join(CMS_DIR, name));
  }
  return target;
}
