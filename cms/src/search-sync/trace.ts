/**
 * Where one outbox batch spent its time, logged as `[search] batch {json}` when SEARCH_SYNC_TRACE is on
 * (bench:search reads these lines to split publish → searchable into phases). All times are epoch ms, so a
 * reader can line them up with its own clock on the same machine.
 */
export interface BatchTiming {
  entries: number;
  /** When the newest claimed change was written to the outbox (inside the editor's transaction). */
  changedAt: number;
  claimedAt: number;
  /** Reading the documents and mapping them (synonyms, compounds, stems). */
  plannedAt: number;
  /** Meilisearch accepted the last task of the batch. */
  enqueuedAt: number;
  /** Meilisearch reported every task succeeded. */
  indexedAt: number;
  /** The outbox entries were deleted. */
  completedAt: number;
  taskUids: number[];
}

export function batchClock() {
  const timing: Partial<BatchTiming> & { taskUids: number[] } = { taskUids: [] };
  return {
    timing,
    mark(step: 'claimedAt' | 'plannedAt' | 'indexedAt' | 'completedAt') {
      timing[step] = Date.now();
    },
    onEnqueued(taskUid: number) {
      timing.taskUids.push(taskUid);
      timing.enqueuedAt = Date.now();
    },
    changed(updatedAt: ReadonlyArray<unknown>) {
      timing.changedAt = Math.max(0, ...updatedAt.map((value) => new Date(value instanceof Date || typeof value === 'string' || typeof value === 'number' ? value : 0).getTime()));
    },
  };
}
