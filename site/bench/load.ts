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

/** `connections` clients sending one request for `seconds`; latency percentiles computed from every response. */
export async function load(request: LoadRequest | string, connections: number, seconds: number): Promise<LoadResult> {
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
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(countHeader ? { header: counted } : {}),
  };
}
