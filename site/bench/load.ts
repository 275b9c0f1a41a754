import autocannon from 'autocannon';

export interface LoadResult {
  p50: number;
  p95: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Responses by the value of `countHeader` (e.g. x-search-cache: hit, shared, miss), when one was asked for. */
  header?: Record<string, number>;
}

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Varies each request (path and/or body), e.g. a new query every time. */
  next?: () => { path?: string; body?: string };
  /** A response header whose values are counted. */
  countHeader?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** What one load run saw: every response time, and the counts autocannon keeps. */
export interface LoadSamples {
  times: number[];
  seconds: number;
  requests: number;
  errors: number;
  non2xx: number;
  header?: Record<string, number>;
}

/** `connections` clients sending one request for `seconds`; every response time kept. */
export async function sample(request: LoadRequest | string, connections: number, seconds: number): Promise<LoadSamples> {
  const { url, method = 'GET', headers = {}, body, next, countHeader } = typeof request === 'string' ? { url: request } : request;
  const times: number[] = [];
  const counted: Record<string, number> = {};
  const vary = next || countHeader ? [{
    setupRequest: (req: Record<string, unknown>) => ({ ...req, ...next?.() }),
    onResponse: (_status: number, _body: string, _context: unknown, responseHeaders: Record<string, string>) => {
      if (!countHeader) return;
      const value = responseHeaders[countHeader] ?? 'none';
      counted[value] = (counted[value] ?? 0) + 1;
    },
  }] : undefined;
  const instance = autocannon({ url, connections, duration: seconds, method, body, headers: { accept: 'text/html', ...headers }, requests: vary });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  return {
    times,
    seconds,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(countHeader ? { header: counted } : {}),
  };
}

/** Several runs' samples as one (the parts of an interleaved measurement). */
export function mergeSamples(parts: readonly LoadSamples[]): LoadSamples {
  const header: Record<string, number> = {};
  for (const part of parts) for (const [value, count] of Object.entries(part.header ?? {})) header[value] = (header[value] ?? 0) + count;
  const sum = (pick: (part: LoadSamples) => number) => parts.reduce((total, part) => total + pick(part), 0);
  return {
    times: parts.flatMap((part) => part.times),
    seconds: sum((part) => part.seconds),
    requests: sum((part) => part.requests),
    errors: sum((part) => part.errors),
    non2xx: sum((part) => part.non2xx),
    ...(parts.some((part) => part.header) ? { header } : {}),
  };
}

/** Percentiles from every response time, and requests per second over the whole time. */
export function summarize(samples: LoadSamples): LoadResult {
  const times = [...samples.times].sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: Math.round((samples.requests / Math.max(samples.seconds, 1e-9)) * 100) / 100,
    requests: samples.requests,
    errors: samples.errors,
    non2xx: samples.non2xx,
    ...(samples.header ? { header: samples.header } : {}),
  };
}

/** `connections` clients sending one request for `seconds`; latency percentiles computed from every response. */
export async function load(request: LoadRequest | string, connections: number, seconds: number): Promise<LoadResult> {
  return summarize(await sample(request, connections, seconds));
}
