
export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Whether the process that should answer still runs: a crashed service fails the wait at once. */
  isAlive?: () => boolean;
}

/** Polls a URL until it answers with a status below 500, or throws after timeoutMs. */
export async function waitForHttp(url: string, { timeoutMs = 120_000, intervalMs = 250, isAlive = () => true }: WaitOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process exited before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError})`);
}

// One definition of "a free port on 127.0.0.1": the search library's, which starts Meilisearch on one.
export { freePort } from '@kunskapsnavet/search';
