import type { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { indexUid } from '@kunskapsnavet/search';
import { batchTrace, slowestSteps } from './batch-trace.ts';
import { newArticle } from './new-text.ts';

/** A `[search] batch {…}` line of the CMS log (cms/src/search-sync/trace.ts, on with SEARCH_SYNC_TRACE). */
const BatchLine = z.object({
  entries: z.number(), changedAt: z.number(), claimedAt: z.number(), plannedAt: z.number(),
  enqueuedAt: z.number(), indexedAt: z.number(), completedAt: z.number(), taskUids: z.array(z.number()),
});
export type BatchLine = z.infer<typeof BatchLine>;

export function parseBatchLine(line: string): BatchLine | null {
  const at = line.indexOf('[search] batch {');
  if (at < 0) return null;
  try {
    const parsed = BatchLine.safeParse(JSON.parse(line.slice(at + '[search] batch '.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const PHASES = ['commit', 'worker wake-up', 'planning + morphology', 'Meilisearch enqueue', 'Meilisearch queue', 'Meilisearch batch', 'task notice', 'search sees it'] as const;
export interface LagSample {
  lagMs: number;
  phases: Partial<Record<(typeof PHASES)[number], number>>;
  /** The slowest progressTrace steps of the Meilisearch batch. */
  steps: [string, number][];
}

export interface LagContext {
  cmsUrl: string;
  admin: Record<string, string>;
  master: Meilisearch;
  /** Filled by the CMS log reader as batch lines arrive. */
  batches: BatchLine[];
}

const cmBase = (cmsUrl: string) => `${cmsUrl}/content-manager/collection-types/api::research-article.research-article`;
/** Publishing an article requires the study it summarises (a real one: Teece 2010). */
const STUDY = { authors: [{ name: 'David J. Teece' }], year: 2010, title: 'Business Models, Business Strategy and Innovation', venue: 'Long Range Planning 43(2–3), 172–194', doi: '10.1016/j.lrp.2009.07.003', openAccess: false };
const blocks = (paragraphs: string[]) => paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** Article i of this kind: brand-new text (new-text.ts, 2,000–6,000 characters) or the short benchmark stub. */
function articleBody(kind: 'new' | 'short', i: number, run: number) {
  if (kind === 'new') {
    const a = newArticle(i, run);
    return { marker: a.marker, body: { title: a.title, slug: `ny-${run}-${i}`, summary: a.summary, body: blocks(a.paragraphs), evidence: 'survey', readingMinutes: 5, originalStudy: STUDY } };
  }
  const word = `benchmark${run.toString(36)}x${i}`;
  return { marker: word, body: { title: `Mätning ${word}`, slug: word, summary: 'En sammanfattning som bara finns för att mäta hur snabbt sökningen följer med.', body: blocks(['Text.']), evidence: 'survey', readingMinutes: 3, originalStudy: STUDY } };
}

/** Creates a draft, lets its own outbox entry settle, publishes it and waits until a search finds its marker word. */
export async function publishAndWait(ctx: LagContext, kind: 'new' | 'short', i: number, run: number): Promise<LagSample> {
  const { marker, body } = articleBody(kind, i, run);
  const created = await fetch(`${cmBase(ctx.cmsUrl)}?locale=sv`, { method: 'POST', headers: ctx.admin, body: JSON.stringify(body) }).then((r) => r.json());
  const documentId: string = created.data.documentId;
  await new Promise((r) => setTimeout(r, 400));
  const start = Date.now();
  const published = await fetch(`${cmBase(ctx.cmsUrl)}/${documentId}/actions/publish?locale=sv`, { method: 'POST', headers: ctx.admin, body: '{}' });
  if (!published.ok) throw new Error(`publish ${i}: HTTP ${published.status} ${await published.text()}`);
  const committed = Date.now();
  for (;;) {
    const res = await ctx.master.index(indexUid('sv')).search(marker, { limit: 5, attributesToRetrieve: ['documentId'] });
    if (res.hits.some((hit) => hit.documentId === documentId)) break;
    if (Date.now() - start > 30_000) throw new Error(`publish ${i} not searchable after 30 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const lagMs = Date.now() - start;
  return { lagMs, ...(await phasesOf(ctx, start, committed, start + lagMs)) };
}

/**
 * The first worker batch that claimed a change made after the publish started. Its line is logged when all of
 * its tasks are done (the English delete after the Swedish upsert the search already sees): wait for it.
 */
async function batchOf(ctx: LagContext, start: number): Promise<BatchLine | undefined> {
  for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 20))) {
    const batch = ctx.batches.find((b) => b.changedAt >= start - 5 && b.taskUids.length > 0);
    if (batch) return batch;
  }
  return undefined;
}

/** Lines the publish up with its worker batch and that batch's Meilisearch batches. */
async function phasesOf(ctx: LagContext, start: number, committed: number, seen: number): Promise<Omit<LagSample, 'lagMs'>> {
  const batch = await batchOf(ctx, start);
  if (!batch) return { phases: { commit: committed - start }, steps: [] };
  const traces = (await Promise.all(batch.taskUids.map((uid) => batchTrace(ctx.master, uid)))).filter((t) => t !== null);
  const slowest = traces.reduce((a, b) => (b.durationMs > a.durationMs ? b : a), traces[0] ?? { durationMs: 0, queuedMs: 0, steps: {} });
  const meili = batch.indexedAt - batch.enqueuedAt;
  return {
    phases: {
      commit: committed - start,
      'worker wake-up': Math.max(0, batch.claimedAt - Math.max(batch.changedAt, start)),
      'planning + morphology': batch.plannedAt - batch.claimedAt,
      'Meilisearch enqueue': batch.enqueuedAt - batch.plannedAt,
      'Meilisearch queue': Math.max(0, slowest.queuedMs),
      'Meilisearch batch': Math.round(slowest.durationMs),
      'task notice': Math.max(0, meili - slowest.durationMs - Math.max(0, slowest.queuedMs)),
      'search sees it': Math.max(0, seen - batch.indexedAt),
    },
    steps: slowestSteps(slowest.steps, 3),
  };
}
