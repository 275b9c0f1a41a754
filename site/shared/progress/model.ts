/**
 * Learning-path progress without an account: which items of which path are done. Keyed by documentIds, which are
 * the same in both languages, so progress follows the reader across the language switch. The model is plain data
 * so that a later account sync can load, merge (mergeProgress) and save it through another ProgressStore.
 */
export interface PathProgress {
  /** documentIds of the path's items marked done, in the order they were marked. */
  done: string[];
  /** Epoch seconds of the last change; "My learning" lists the most recent first. */
  updatedAt: number;
}

export interface Progress {
  paths: Record<string, PathProgress>;
}

export interface ProgressStore {
  load(): Promise<Progress> | Progress;
  save(progress: Progress): Promise<void> | void;
}

export const emptyProgress = (): Progress => ({ paths: {} });

export function markDone(progress: Progress, pathId: string, itemId: string, now: number): Progress {
  const current = progress.paths[pathId]?.done ?? [];
  const done = current.includes(itemId) ? current : [...current, itemId];
  return { paths: { ...progress.paths, [pathId]: { done, updatedAt: now } } };
}

export function markUndone(progress: Progress, pathId: string, itemId: string, now: number): Progress {
  const current = progress.paths[pathId];
  if (!current) return progress;
  return { paths: { ...progress.paths, [pathId]: { done: current.done.filter((id) => id !== itemId), updatedAt: now } } };
}

/** Union of two records (e.g. this browser's cookie and an account's copy): nothing marked done is lost. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const paths: Record<string, PathProgress> = { ...a.paths };
  for (const [pathId, theirs] of Object.entries(b.paths)) {
    const ours = paths[pathId];
    paths[pathId] = ours
      ? { done: [...ours.done, ...theirs.done.filter((id) => !ours.done.includes(id))], updatedAt: Math.max(ours.updatedAt, theirs.updatedAt) }
      : theirs;
  }
  return { paths };
}

export interface StepState {
  documentId: string;
  minutes: number | null;
}

/** Where a reader stands on a path: counts, time left, and the step to continue with (null when all are done). */
export function summarize(steps: StepState[], done: readonly string[]) {
  const isDone = steps.map((step) => done.includes(step.documentId));
  const doneCount = isDone.filter(Boolean).length;
  const remainingMinutes = steps.reduce((sum, step, i) => sum + (isDone[i] ? 0 : (step.minutes ?? 0)), 0);
  const next = isDone.indexOf(false);
  return { total: steps.length, doneCount, remainingMinutes, nextIndex: next === -1 ? null : next, started: doneCount > 0, isDone };
}
