/**
 * `node scripts/src/bench/query-cost.ts [--rounds 3]`: what one search costs Meilisearch, in CPU time of its process
 * (/proc, robust against other load on the machine), over the site benchmark's distinct queries against `--docs`
 * generated documents per language (40, as many as the demo content; ~2,500 characters each, corpus.ts): the plain query (the site benchmark's baseline: the words, 10 hits), the library's main request, without facets, and
 * with Meilisearch's highlight and crop as the library asked before marks.ts, and search() as the site calls it with an
 * empty word memo (every word asked) and a warm one (what the site's word cache gives); with the CPU this process
 * spent per query beside it. No Strapi and no site: it isolates what our queries ask of Meilisearch.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, ensureIndexes, ensureSearchKey, FACET_NAMES, indexUid, LOCALES, matchParams, morphologicalQuery, nodeHttpClient, parseSearchInput, search, startMeilisearch, waitForSuccess, type Locale, type WordKnowledge, type WordMemo } from '@kunskapsnavet/search';
import { corpusDocument } from './corpus.ts';
import { distinctQueries } from './queries.ts';
import { rawSearch } from './raw-search.ts';
import { processCpuMs } from '../lib/process-cpu.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, queries: { type: 'string', default: '200' }, docs: { type: 'string', default: '40' } } });
const ROUNDS = Number(values.rounds);
const QUERIES = distinctQueries().slice(0, Number(values.queries));

function mapMemo(): WordMemo<WordKnowledge> {
  const store = new Map<string, WordKnowledge>();
  return { read: (keys) => ({ found: new Map(keys.flatMap((key) => (store.has(key) ? [[key, store.get(key) as WordKnowledge] as const] : []))), keep: (key, value) => { store.set(key, value); } }) };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-query-cost-'));
const masterKey = `cost-${Date.now()}-0123456789abcdef`;
const meili = await startMeilisearch({ dataDir: path.join(tmp, 'meili'), masterKey, env: 'development' });
try {
  const master = createClient({ url: meili.url, apiKey: masterKey, timeoutMs: 60_000 });
  await ensureIndexes(master);
  const docs = (locale: Locale) => Array.from({ length: Number(values.docs) }, (_, i) => corpusDocument(i, locale));
  for (const locale of LOCALES) await waitForSuccess(master.index(indexUid(locale)).addDocuments(docs(locale)));
  const { key } = await ensureSearchKey(master);
  const client = createClient({ url: meili.url, apiKey: key, transport: 'node-http' });
  const warm = mapMemo();
  for (const q of QUERIES) await search(client, parseSearchInput({ q, locale: 'sv' }), { wordMemo: warm });
  const plain = (q: string, extra: Record<string, unknown>) => nodeHttpClient(`${meili.url}/indexes/${indexUid('sv')}/search`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ q, ...extra }) });
  const full = (q: string) => ({ q: morphologicalQuery(q, 'sv'), ...matchParams(parseSearchInput({ q, locale: 'sv' })), facets: [...FACET_NAMES], page: 1, hitsPerPage: 10 });
  const without = (q: string, ...names: string[]) => Object.fromEntries(Object.entries(full(q)).filter(([name]) => !names.includes(name)));
  const variants: Record<string, (q: string) => Promise<unknown>> = {
    'plain (words, 10 hits: site bench baseline)': (q) => plain(q, { limit: 10 }),
    'main request (raw-search.ts)': (q) => rawSearch(meili.url, key, q, 'sv'),
    'main request + Meilisearch highlights title, crops summary (before)': (q) => plain(q, { ...without(q, 'q'), attributesToHighlight: ['title', 'summary'], attributesToCrop: ['summary:40'] }),
    'main request + Meilisearch also crops the body (earlier)': (q) => plain(q, { ...without(q, 'q'), attributesToHighlight: ['title', 'summary', 'body'], attributesToCrop: ['summary:40', 'body:24'] }),
    'main request without facets': (q) => plain(q, without(q, 'q', 'facets')),
    'search(), no word memo': (q) => search(client, parseSearchInput({ q, locale: 'sv' })),
    'search(), warm word memo': (q) => search(client, parseSearchInput({ q, locale: 'sv' }), { wordMemo: warm }),
    'search(), warm memo, no cross-language': (q) => search(client, parseSearchInput({ q, locale: 'sv', crossLanguage: false }), { wordMemo: warm }),
  };
  const rows: Record<string, { 'Meilisearch CPU ms / query': number; 'this process CPU ms / query': number; 'wall ms / query': number }> = {};
  for (const [name, run] of Object.entries(variants)) {
    let cpu = 0;
    let own = 0;
    let wall = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const startCpu = processCpuMs(meili.pid);
      const startOwn = process.cpuUsage();
      const started = performance.now();
      for (const q of QUERIES) await run(q);
      wall += performance.now() - started;
      const used = process.cpuUsage(startOwn);
      own += (used.user + used.system) / 1000;
      cpu += processCpuMs(meili.pid) - startCpu;
    }
    const per = (total: number) => Math.round((total / (ROUNDS * QUERIES.length)) * 100) / 100;
    rows[name] = { 'Meilisearch CPU ms / query': per(cpu), 'this process CPU ms / query': per(own), 'wall ms / query': per(wall) };
  }
  console.table(rows);
} finally {
  await meili.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
