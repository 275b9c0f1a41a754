import type { FuzzRequest, Target } from './generate.ts';
import { isComplexityError } from '../helpers/cost.ts';
import { cmsRss, cmsUrl, leakedMarkers, pooled, siteRss, siteUrl } from '../helpers/stack.ts';

export interface Outcome {
  request: FuzzRequest;
  /** HTTP status, or 0 when no answer came (reset, or none in 15 s). */
  status: number;
  ms: number;
  leaked: string[];
  complexityError: boolean;
}

function init(r: FuzzRequest): RequestInit {
  if (r.method === 'GET') return {};
  if (r.target === 'cms-graphql') return { method: 'POST', headers: { 'content-type': 'application/json' }, body: r.body };
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if (r.origin === 'same') headers.origin = siteUrl();
  if (r.origin === 'evil') headers.origin = 'https://evil.example';
  return { method: 'POST', headers, body: r.body };
}

async function send(r: FuzzRequest): Promise<Outcome> {
  const base = r.target.startsWith('cms') ? cmsUrl() : siteUrl();
  const started = performance.now();
  try {
    const res = await fetch(`${base}${r.path}`, { redirect: 'manual', ...init(r), signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    return { request: r, status: res.status, ms: Math.round(performance.now() - started), leaked: leakedMarkers(text), complexityError: isComplexityError(res.status, text) };
  } catch {
    return { request: r, status: 0, ms: Math.round(performance.now() - started), leaked: [], complexityError: false };
  }
}

export interface Memory { siteBefore: number; siteMax: number; cmsBefore: number; cmsMax: number }

/** Sends every request (6 in flight), sampling both processes' RSS every 50 answers. */
export async function runFuzz(requests: FuzzRequest[]): Promise<{ outcomes: Outcome[]; memory: Memory }> {
  const memory = { siteBefore: siteRss(), siteMax: 0, cmsBefore: cmsRss(), cmsMax: 0 };
  const sample = () => {
    memory.siteMax = Math.max(memory.siteMax, siteRss());
    memory.cmsMax = Math.max(memory.cmsMax, cmsRss());
  };
  let done = 0;
  const outcomes = await pooled(requests, 6, async (r) => {
    const outcome = await send(r);
    if (++done % 50 === 0) sample();
    return outcome;
  });
  sample();
  return { outcomes, memory };
}

const CLASSES = ['2xx', '3xx', '4xx', '5xx', 'none'] as const;
const classOf = (status: number) => (status === 0 ? 'none' : `${String(status)[0]}xx`);

/** The counts as a table: requests per target, status classes, slowest answer. */
export function table(outcomes: Outcome[], memory: Memory): string {
  const targets: Target[] = [...new Set(outcomes.map((o) => o.request.target))];
  const rows = targets.map((target) => {
    const mine = outcomes.filter((o) => o.request.target === target);
    const counts = CLASSES.map((c) => String(mine.filter((o) => classOf(o.status) === c).length).padStart(5));
    return `${target.padEnd(12)} ${String(mine.length).padStart(8)} ${counts.join(' ')} ${String(Math.max(...mine.map((o) => o.ms))).padStart(8)}`;
  });
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  return [
    `${'target'.padEnd(12)} ${'requests'.padStart(8)} ${CLASSES.map((c) => c.padStart(5)).join(' ')} ${'max ms'.padStart(8)}`,
    ...rows,
    `RSS site ${mb(memory.siteBefore)} → max ${mb(memory.siteMax)}; CMS ${mb(memory.cmsBefore)} → max ${mb(memory.cmsMax)}`,
  ].join('\n');
}
