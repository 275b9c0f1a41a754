/**
 * Child process of the scale curve: one full reindex of `--size` generated documents per locale through the
 * project's streaming loader (search/src/reindex.ts), in a process of its own so its peak RSS is the reindex's.
 * Prints one JSON line. MEILI_URL and MEILI_MASTER_KEY come from the environment.
 */
import { parseArgs } from 'node:util';
import { clientFromEnv, createClient, LOCALES, reindex, type Locale } from '@kunskapsnavet/search';
import { corpusChunks } from './corpus.ts';

const { values } = parseArgs({ options: { size: { type: 'string' }, locales: { type: 'string', default: 'sv' } } });
const size = Number(values.size);
const locales = (values.locales ?? 'sv').split(',').filter((l): l is Locale => LOCALES.some((locale) => locale === l));
const { prefix } = clientFromEnv('admin');
// Sending a 10 MB batch to a busy Meilisearch can take longer than the 5 s a search may.
const client = createClient({ url: process.env.MEILI_URL ?? '', apiKey: process.env.MEILI_MASTER_KEY ?? '', timeoutMs: 120_000 });

// Pages of 500, as the CMS source reads them (cms/src/search-sync/source.ts).
async function* pages(locale: Locale) {
  for (const chunk of corpusChunks(locale, size, 500)) yield chunk;
}

const report = await reindex({ client, prefix, locales, source: pages, taskTimeoutMs: 3_600_000 });
console.log(JSON.stringify({ size, reindexMs: Math.round(report.durationMs), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), timings: report.timings, documents: report.indexes.reduce((s, i) => s + i.documents, 0) }));
