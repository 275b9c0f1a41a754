import { percentile } from './load.ts';

/** What the simulated readers type (sv), one letter at a time. */
const PHRASES = ['sälja på nätet', 'webbutik', 'bokföring', 'digital marknadsföring', 'kassasystem', 'e-handel', 'sociala medier', 'cybersäkerhet', 'turism', 'lantbruk'];
const KEYSTROKE_MS = 150;
const TIMEOUT_MS = 10_000;

export interface TypistResult {
  typists: number;
  requests: number;
  errors: number;
  /** Errors by kind: an HTTP status, or `timeout` (no answer in 10 s). */
  errorKinds: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
}

interface Answer {
  ms: number;
  ok: boolean;
  kind: string;
}

async function one(url: string): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer();
    return { ms: performance.now() - started, ok: res.status === 200, kind: String(res.status) };
  } catch (error) {
    return { ms: performance.now() - started, ok: false, kind: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network' };
  }
}

/**
 * Search as you type: `typists` readers each type a phrase into the search page, one request per keystroke, 150 ms
 * apart (as the page's script asks the server for the page at the new URL), without waiting for the answers.
 */
export async function typists(siteUrl: string, searchPath: string, count = 50): Promise<TypistResult> {
  const pending: Promise<Answer>[] = [];
  await Promise.all(Array.from({ length: count }, async (_, i) => {
    const phrase = PHRASES[i % PHRASES.length] ?? 'webbutik';
    await new Promise((resolve) => setTimeout(resolve, Math.random() * KEYSTROKE_MS));
    for (let k = 1; k <= phrase.length; k += 1) {
      const typed = phrase.slice(0, k).trim();
      pending.push(one(new URL(`${searchPath}?q=${encodeURIComponent(typed)}`, siteUrl).href));
      await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS));
    }
  }));
  const results = await Promise.all(pending);
  const times = results.map((r) => Math.round(r.ms)).sort((a, b) => a - b);
  const failed = results.filter((r) => !r.ok);
  const errorKinds = Object.fromEntries(Object.entries(Object.groupBy(failed, (r) => r.kind)).map(([kind, list]) => [kind, list?.length ?? 0]));
  return { typists: count, requests: results.length, errors: failed.length, errorKinds, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0 };
}
