import type { Meilisearch, Task } from 'meilisearch';
import { SearchDocumentSchema, type SearchDocument } from './document.ts';
import { waitForSuccess, type TaskOptions } from './tasks.ts';
import type { Locale } from './vocabulary.ts';

/**
 * Bytes of NDJSON per add-documents request. Meilisearch indexes everything queued for an index as one batch,
 * and batches have a fixed cost: measured on the 20,000-document benchmark corpus, 8 MB payloads (about 2,000
 * documents) cost Meilisearch 27 s of CPU against 33 s with 2 MB payloads (500 documents, one Strapi page).
 * 8 MB stays far below Meilisearch's 100 MB payload limit, whatever the size of the documents.
 */
export const PAYLOAD_BYTES = 8 * 1024 * 1024;

/** How many add-documents tasks may be queued at once: Meilisearch batches queued tasks together. */
const MAX_TASKS_IN_FLIGHT = 8;

/** Where the time of a load went, for the reindex report (and the benchmark). */
export interface LoadTimings {
  /** Waiting for the source: reading the CMS and mapping entries to documents. */
  sourceMs: number;
  /** Serialising documents and sending them to Meilisearch. */
  sendMs: number;
  /** Meilisearch's own indexing time: the sum of the durations of the batches that held our documents. */
  indexingMs: number;
}

export interface Loader {
  /** Loads one locale's documents into `uid` and returns how many distinct documents were sent. */
  load: (locale: Locale, uid: string, source: AsyncIterable<readonly SearchDocument[]>, onLoaded?: (documents: number) => void) => Promise<number>;
  /** Waits for every queued task; throws unless all succeeded. */
  settle: () => Promise<void>;
  /** Waits for every queued task, ignoring failures (before the new indexes are deleted). */
  abandon: () => Promise<void>;
  timings: () => LoadTimings;
}

/** An ISO 8601 duration as Meilisearch reports it ("PT1.25S", "PT1M2.5S") in ms. */
export function durationMs(iso: string | null | undefined): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso ?? '');
  if (!match) return 0;
  const [, h = '0', m = '0', s = '0'] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}

/**
 * Loads documents in NDJSON payloads of about PAYLOAD_BYTES, queued without waiting for each to be indexed,
 * across locales: the next locale is read and mapped while Meilisearch still indexes the previous one. At most
 * MAX_TASKS_IN_FLIGHT wait at once; `settle()` confirms that every task succeeded.
 */
export function createLoader(client: Meilisearch, options: TaskOptions & { signal?: AbortSignal }): Loader {
  const inFlight: Promise<Task>[] = [];
  const batches = new Map<number, number>();
  const time = { sourceMs: 0, sendMs: 0 };

  const track = (task: Task) => {
    if (task.batchUid != null) batches.set(task.batchUid, durationMs(task.duration));
    return task;
  };

  async function send(uid: string, lines: string[]): Promise<void> {
    const started = performance.now();
    const enqueued = client.index(uid).addDocumentsFromString(lines.join('\n'), 'application/x-ndjson', { primaryKey: 'id' });
    // Awaited before reading on: a request left to the event loop while the next pages are mapped can starve.
    await enqueued;
    const task = waitForSuccess(enqueued, options).then(track);
    // A failure is reported when awaited; until then it must not become an unhandled rejection.
    task.catch(() => {});
    inFlight.push(task);
    time.sendMs += performance.now() - started;
    if (inFlight.length >= MAX_TASKS_IN_FLIGHT) await inFlight.shift();
  }

  async function load(locale: Locale, uid: string, source: AsyncIterable<readonly SearchDocument[]>, onLoaded?: (documents: number) => void): Promise<number> {
    const ids = new Set<string>();
    let lines: string[] = [];
    let bytes = 0;
    for await (const batch of timed(source, (ms) => (time.sourceMs += ms))) {
      options.signal?.throwIfAborted();
      const documents = SearchDocumentSchema.array().parse(batch);
      const stray = documents.find((doc) => doc.locale !== locale);
      if (stray) throw new Error(`reindex ${locale}: source returned ${stray.id} (${stray.locale})`);
      const started = performance.now();
      for (const doc of documents) {
        const line = JSON.stringify(doc);
        lines.push(line);
        bytes += Buffer.byteLength(line) + 1;
        ids.add(doc.id);
      }
      time.sendMs += performance.now() - started;
      if (bytes >= PAYLOAD_BYTES) {
        await send(uid, lines);
        lines = [];
        bytes = 0;
      }
      onLoaded?.(ids.size);
    }
    if (lines.length > 0) await send(uid, lines);
    options.signal?.throwIfAborted();
    return ids.size;
  }

  return {
    load,
    settle: async () => {
      await Promise.all(inFlight);
    },
    abandon: async () => {
      await Promise.allSettled(inFlight);
    },
    timings: () => ({ ...time, indexingMs: [...batches.values()].reduce((sum, ms) => sum + ms, 0) }),
  };
}

/** `source`, adding the time spent waiting for each item to `add`. */
async function* timed<T>(source: AsyncIterable<T>, add: (ms: number) => void): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      const started = performance.now();
      const next = await iterator.next();
      add(performance.now() - started);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
