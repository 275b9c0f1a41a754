import type { Core } from '@strapi/strapi';
import { clientFromEnv, reindex, type ReindexReport } from '@kunskapsnavet/search';
import { cmsCli } from './strapi-app.ts';

/**
 * One full reindex from the CMS loaded in this process (streamed a page at a time), then drops the outbox entries
 * it covers: what a bulk load runs once at its end instead of one search task per item.
 */
export async function reindexAll(strapi: Core.Strapi, env: NodeJS.ProcessEnv, onProgress?: (line: string) => void): Promise<ReindexReport> {
  const { client, prefix } = clientFromEnv('admin', env);
  const { publishedDocuments, supersede } = cmsCli();
  const started = new Date();
  const report = await reindex({
    client,
    prefix,
    source: (locale) => publishedDocuments(strapi, locale),
    onProgress: ({ phase, locale, documents }) => onProgress?.(`${phase} ${locale ?? ''} ${documents ?? ''}`.trimEnd()),
  });
  await supersede(strapi, started);
  return report;
}
