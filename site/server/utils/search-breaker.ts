/**
 * A circuit breaker for the site's calls to Meilisearch. Hand-written rather than opossum: one breaker around one
 * kind of call, three states in thirty lines, where opossum brings timers, events and stats we would not use.
 *
 * closed: calls go through; after FAILURES_TO_OPEN failures in a row (timeouts, refused connections: what the
 *   caller counts as an outage) it opens.
 * open: calls fail at once with BreakerOpenError for COOL_DOWN_MS, so a hung Meilisearch costs a reader nothing.
 * half-open: after the cool-down one call goes through as a probe; success closes, failure opens again. The breaker
 *   thus recovers by itself once Meilisearch answers again.
 */
export const FAILURES_TO_OPEN = 2;
export const COOL_DOWN_MS = 2_000;

export class BreakerOpenError extends Error {
  override name = 'BreakerOpenError';
}

export function createBreaker(options = { failuresToOpen: FAILURES_TO_OPEN, coolDownMs: COOL_DOWN_MS }, now = () => Date.now()) {
  let failures = 0;
  let openedAt: number | null = null;
  let probing = false;

  return {
    /** `isOutage` may ask Meilisearch whether it is alive: a busy engine that answers is not an outage. */
    async call<T>(run: () => Promise<T>, isOutage: (error: unknown) => boolean | Promise<boolean>): Promise<T> {
      if (openedAt !== null) {
        if (probing || now() - openedAt < options.coolDownMs) throw new BreakerOpenError('search is switched off for a moment after failures');
        probing = true;
      }
      try {
        const result = await run();
        failures = 0;
        openedAt = null;
        return result;
      } catch (error) {
        if ((await isOutage(error)) && (probing || ++failures >= options.failuresToOpen)) openedAt = now();
        throw error;
      } finally {
        probing = false;
      }
    },
    state: (): 'closed' | 'open' | 'half-open' => (openedAt === null ? 'closed' : now() - openedAt < options.coolDownMs ? 'open' : 'half-open'),
  };
}
