import type { Meilisearch } from 'meilisearch';

/** What Meilisearch says about the batch that processed one task: its wall time and where it went. */
export interface BatchTrace {
  batchUid: number;
  /** Tasks in the batch (a batch may merge several enqueued tasks). */
  tasks: number;
  durationMs: number;
  /** Time from enqueue to the batch starting (the task queue), ms. */
  queuedMs: number;
  /** progressTrace as Meilisearch reports it, in ms per step ("processing tasks > indexing > …"). */
  steps: Record<string, number>;
}

/** ISO 8601 duration ("PT0.123456S", "PT1M2.5S") → ms. */
export function isoDurationMs(value: string): number {
  const match = /^P(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match) return Number.NaN;
  return ((Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)) * 1000;
}

/** progressTrace values are strings like "12.34ms", "1.2s" or "5.1µs". */
function traceMs(value: unknown): number {
  const match = /^([\d.]+)(ns|µs|us|ms|s)$/.exec(String(value));
  if (!match) return Number.NaN;
  const scale: Record<string, number> = { ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1, s: 1000 };
  return Number(match[1]) * (scale[match[2] ?? 'ms'] ?? 1);
}

/** Fetches the task, then its batch from /batches/:uid (Meilisearch ≥ 1.13), and reduces it to a BatchTrace. */
export async function batchTrace(client: Meilisearch, taskUid: number): Promise<BatchTrace | null> {
  const task = await client.tasks.getTask(taskUid);
  if (task.batchUid === null || task.batchUid === undefined) return null;
  const batch = await client.batches.getBatch(task.batchUid);
  const steps = Object.fromEntries(Object.entries(batch.stats.progressTrace ?? {}).map(([k, v]) => [k, Math.round(traceMs(v) * 10) / 10]));
  return {
    batchUid: batch.uid,
    tasks: batch.stats.totalNbTasks,
    durationMs: batch.duration ? isoDurationMs(batch.duration) : Number.NaN,
    queuedMs: new Date(batch.startedAt).getTime() - new Date(task.enqueuedAt).getTime(),
    steps,
  };
}

/** The n slowest steps of a trace (leaf steps only: a parent's time includes its children's). */
export function slowestSteps(steps: Record<string, number>, n = 5): [string, number][] {
  const names = Object.keys(steps);
  const leaves = names.filter((name) => !names.some((other) => other !== name && other.startsWith(`${name} >`)));
  return leaves.map((name): [string, number] => [name, steps[name] ?? 0]).sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** Time of "processing tasks > indexing" that none of its direct sub-steps accounts for (work Meilisearch does not trace). */
export function untracedMs(steps: Record<string, number>): number {
  const parent = 'processing tasks > indexing';
  const children = Object.entries(steps).filter(([name]) => name.startsWith(`${parent} > `) && !name.slice(parent.length + 3).includes(' > '));
  return Math.max(0, (steps[parent] ?? 0) - children.reduce((sum, [, ms]) => sum + ms, 0));
}
