import { inject } from 'vitest';
import { rssMb } from './rss.ts';

export const siteUrl = () => inject('siteUrl');
export const cmsUrl = () => inject('cmsUrl');
export const siteToken = () => inject('siteToken');
export const markers = () => inject('draftMarkers');

export const siteRss = () => rssMb(inject('sitePid'));
export const cmsRss = () => rssMb(inject('cmsPid'));

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  ms: number;
}

/**
 * One bounded request to the stack on 127.0.0.1; the body is read as text. No answer in 30 s (or a reset) is
 * status 0, so a test can print what an unfixed stack does instead of stopping at the timeout.
 */
export async function request(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(url, { redirect: 'manual', ...init, signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    return { status: res.status, text, headers: res.headers, ms: ms() };
  } catch (error) {
    return { status: 0, text: `no answer: ${error instanceof Error ? error.message : String(error)}`, headers: new Headers(), ms: ms() };
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Runs `work` over `items` with at most `limit` in flight. */
export async function pooled<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The marker texts of planted drafts found in a body (none, for a body that leaks nothing). */
export function leakedMarkers(body: string): string[] {
  return markers().texts.filter((text) => body.includes(text));
}
