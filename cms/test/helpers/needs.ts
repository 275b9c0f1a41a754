import crypto from 'node:crypto';
import { inject } from 'vitest';
import { cmsUrl, request, type JsonResponse } from './api';

export const siteToken = () => inject('siteToken');

/** A call of the site's server: its API token and a visitor id of its own per test (the rate limit is per visitor). */
export async function siteCall(method: string, path: string, body?: unknown, options: { client?: string; token?: string | null } = {}): Promise<JsonResponse> {
  const token = options.token === undefined ? siteToken() : options.token;
  const res = await fetch(`${cmsUrl()}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-kn-client': options.client ?? crypto.randomBytes(8).toString('hex'),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text || null };
}

interface Question {
  key: string;
  kind: 'maturity' | 'context';
  options: Array<{ key: string; score: number | null; value: string | null }>;
}

/** A complete, valid submission for the check: the first option of every question (or the given choice). */
export function answersFor(check: { questions: Question[] }, pick: (q: Question) => string = (q) => q.options[0].key): Record<string, string> {
  return Object.fromEntries(check.questions.map((q) => [q.key, pick(q)]));
}

export async function publishedCheck(locale = 'sv') {
  const res = await request('GET', `/api/needs/check?locale=${locale}`, { token: siteToken() });
  if (res.status !== 200) throw new Error(`GET /api/needs/check: ${res.status}`);
  return res.body as { questions: Question[] } & Record<string, unknown>;
}
