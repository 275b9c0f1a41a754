import type { EnqueuedTaskPromise, Task } from 'meilisearch';
import { TaskFailedError } from './errors.ts';

export interface TaskOptions {
  /** How long to wait for one task, in ms. Indexing a large batch on a small machine takes seconds. */
  taskTimeoutMs?: number;
  /** Called once Meilisearch has accepted the task (before it is processed): lets callers time enqueue and processing apart. */
  onEnqueued?: (taskUid: number) => void;
}

export const DEFAULT_TASK_TIMEOUT_MS = 60_000;

/**
 * Waits for an enqueued task and returns it only if it `succeeded`; anything else (failed, canceled)
 * throws TaskFailedError. Callers such as the sync outbox rely on this: no error means it is indexed.
 */
export async function waitForSuccess(enqueued: EnqueuedTaskPromise, options: TaskOptions = {}): Promise<Task> {
  if (options.onEnqueued) options.onEnqueued((await enqueued).taskUid);
  const task = await enqueued.waitTask({ timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS, interval: 20 });
  if (task.status !== 'succeeded') {
    throw new TaskFailedError(task.uid, task.status, task.error?.message ?? '');
  }
  return task;
}
