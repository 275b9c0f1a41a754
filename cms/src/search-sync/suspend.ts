import { AsyncLocalStorage } from 'node:async_hooks';

const suspended = new AsyncLocalStorage<true>();

/**
 * Runs `fn` with outbox entries switched off for the changes it makes (and only those: an editor's change in
 * the same process at the same time still gets its entry). For bulk loads, which end with ONE full reindex
 * instead of tens of thousands of single-document tasks; the caller must run that reindex.
 */
export function withOutboxSuspended<T>(fn: () => Promise<T>): Promise<T> {
  return suspended.run(true, fn);
}

export const outboxSuspended = (): boolean => suspended.getStore() === true;
