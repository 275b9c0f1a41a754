import { cmsUrl, type JsonResponse } from './api';

/** One raw GraphQL POST, keeping the HTTP status (graphql-request hides it behind ClientError). */
export async function graphqlPost(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<JsonResponse & { ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`${cmsUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  return { status: res.status, body: text ? JSON.parse(text) : null, ms, bytes: text.length };
}
