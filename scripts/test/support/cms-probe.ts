/**
 * Test helper, run as its own process (Strapi keeps global state): loads the built CMS against the database in
 * the environment and prints one JSON line.
 *   node cms-probe.ts counts          rows per api:: content type, locale and status, and per upload/i18n model
 *   node cms-probe.ts upload <file>   adds <file> to the media library, prints the stored file's name
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadStrapi } from '../../src/lib/strapi-app.ts';

const OTHER_MODELS = ['plugin::upload.file', 'plugin::i18n.locale', 'plugin::users-permissions.role'];

async function counts(strapi: Core.Strapi): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const apiTypes = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::')).sort();
  for (const uid of apiTypes) {
    const rows = await strapi.db.query(uid as never).findMany({ select: ['locale', 'publishedAt'] } as never);
    for (const row of rows as Array<{ locale?: string | null; publishedAt?: unknown }>) {
      const key = `${uid} ${row.locale ?? '-'} ${row.publishedAt ? 'published' : 'draft'}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    out[`${uid} total`] = rows.length;
  }
  for (const uid of OTHER_MODELS) out[uid] = await strapi.db.query(uid as never).count();
  return out;
}

async function upload(strapi: Core.Strapi, file: string): Promise<{ name: string; url: string }> {
  const stat = fs.statSync(file);
  const [created] = await strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { alternativeText: 'backup round trip' } },
    files: { filepath: file, originalFilename: path.basename(file), mimetype: 'text/plain', size: stat.size },
  });
  return { name: path.basename(created.url), url: created.url };
}

const [command, arg] = process.argv.slice(2);
Object.assign(process.env, { SEED_ON_EMPTY: 'false', SEARCH_SYNC_WORKER: 'false', STRAPI_TELEMETRY_DISABLED: 'true' });
const strapi = await loadStrapi();
try {
  const result = command === 'upload' ? await upload(strapi, path.resolve(arg ?? '')) : await counts(strapi);
  process.stdout.write(`\nPROBE ${JSON.stringify(result)}\n`);
} finally {
  await strapi.destroy();
}
process.exit(0);
