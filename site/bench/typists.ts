import { percentile } from './load.ts';

/** What the simulated readers type (sv), one letter at a time. */
const PHRASES = ['sälja på nätet', 'webbutik', 'bokföring', 'digital marknadsföring', 'kassasystem', 'e-handel', 'sociala medier', 'cybersäkerhet', 'turism', 'lantbruk'];
const KEYSTROKE_MS = 150;
const TIMEOUT_MS = 10_000;

export interface TypistResult {
  typists: number;
  requests: number;
  /** Different texts typed (prefixes): what any cache could at best be asked for first. */
  distinct: number;
  errors: number;
  /** Errors by kind: an HTTP status, or `timeout` (no answer in 10 s). */
  errorKinds: Record<string, number>;
  /** Answers by the value of the cache header (hit, shared, miss, none). */
  cache: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
}

interface Answer {
  ms: number;
  ok: boolean;
  kind: string;
  cache: string;
}

async function one(url: string, accept: string, cacheHeader: string): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url, { headers: { accept }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer();
    return { ms: performance.now() - started, ok: res.status === 200, kind: String(res.status), cache: res.headers.get(cacheHeader) ?? 'none' };
  } catch (error) {
    return { ms: performance.now() - started, ok: false, kind: error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network', cache: 'none' };
  }
}

export interface TypingTarget {
  /** The path asked for after each keystroke. */
  path: (typed: string) => string;
  accept: string;
  /** The response header saying whether the answer came from a cache. */
  cacheHeader: string;
}

/** The search page, as its script asks the server for the page at the new URL (search-enhancer.ts). */
export const SEARCH_PAGE: TypingTarget = { path: (typed) => `/sok?q=${encodeURIComponent(typed)}`, accept: 'text/html', cacheHeader: 'x-page-cache' };
/** The JSON API, as a client-side search box would ask it. */
export const SEARCH_API: TypingTarget = { path: (typed) => `/api/search?locale=sv&q=${encodeURIComponent(typed)}`, accept: 'application/json', cacheHeader: 'x-search-cache' };

/**
 * Search as you type: `typists` readers each type a phrase, one request per keystroke, 150 ms apart, without waiting
 * for the answers. Readers typing the same phrase start within one keystroke of each other.
 */
export async function typists(siteUrl: string, target: TypingTarget, count = 50): Promise<TypistResult> {
  const pending: Promise<Answer>[] = [];
  const typedTexts = new Set<string>();
  await Promise.all(Array.from({ length: count }, async (_, i) => {
    const phrase = PHRASES[i % PHRASES.length] ?? 'webbutik';
    await new Promise((resolve) => setTimeout(resolve, Math.random() * KEYSTROKE_MS));
    for (let k = 1; k <= phrase.length; k += 1) {
      const typed = phrase.slice(0, k).trim();
      typedTexts.add(typed);
      pending.push(one(new URL(target.path(typed), siteUrl).href, target.accept, target.cacheHeader));
      await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_MS));
    }
  }));
  const results = await Promise.all(pending);
  const times = results.map((r) => Math.round(r.ms)).sort((a, b) => a - b);
  const failed = results.filter((r) => !r.ok);
  const tally = (list: Answer[], by: (a: Answer) => string) => Object.fromEntries(Object.entries(Object.groupBy(list, by)).map(([k, v]) => [k, v?.length ?? 0]));
  return {
    typists: count, requests: results.length, distinct: typedTexts.size, errors: failed.length, errorKinds: tally(failed, (r) => r.kind),
    cache: tally(results, (r) => r.cache), p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0,
  };
}
