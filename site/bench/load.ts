import autocannon from 'autocannon';

export interface LoadResult {
  p50: number;
  p95: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** `connections` clients sending one request for `seconds`; latency percentiles computed from every response. */
export async function load(request: LoadRequest | string, connections: number, seconds: number): Promise<LoadResult> {
  const { url, method = 'GET', headers = {}, body } = typeof request === 'string' ? { url: request } : request;
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, method, body, headers: { accept: 'text/html', ...headers } });
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
  };
}
