import { GraphQLClient } from 'graphql-request';
import type { z } from 'zod';
import { toHttpError } from './errors';

/** How long a CMS request may take before the page gives up (a slow CMS must not hang the site). */
export const CMS_TIMEOUT_MS = 8_000;

export interface CmsOptions {
  /** Read drafts with the privileged preview token (preview route only; never cached). */
  preview?: boolean;
}

function client(preview: boolean): GraphQLClient {
  const config = useRuntimeConfig();
  const token = preview ? config.strapiPreviewToken : config.strapiToken;
  return new GraphQLClient(`${config.strapiUrl.replace(/\/$/, '')}/graphql`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(CMS_TIMEOUT_MS) }),
  });
}

/**
 * Runs one GraphQL query against Strapi and validates the answer. Every failure (CMS down, token refused,
 * GraphQL error, unexpected shape) leaves through the error funnel as one H3 error with a status.
 */
export async function cmsQuery<S extends z.ZodType>(query: string, variables: Record<string, unknown>, schema: S, options: CmsOptions = {}): Promise<z.output<S>> {
  try {
    const data: unknown = await client(options.preview === true).request(query, variables);
    return schema.parse(data);
  } catch (error) {
    throw toHttpError(error);
  }
}

export interface CmsRestOptions {
  method?: 'GET' | 'POST';
  query?: Record<string, string>;
  body?: unknown;
  /** Who is asking, for the CMS's own rate limiting: a hash of the client's address (clientId), never the address. */
  clientId?: string;
}

export interface CmsRestAnswer {
  status: number;
  body: unknown;
}

/**
 * One call to the CMS's REST API with the site's token (the needs check's routes, which GraphQL does not serve).
 * Answers with the status and parsed body, whatever the status, so each route decides what a 400 or 429 means;
 * only a CMS that cannot be reached leaves through the error funnel (503).
 */
export async function cmsRest(path: string, options: CmsRestOptions = {}): Promise<CmsRestAnswer> {
  const config = useRuntimeConfig();
  const url = new URL(`${config.strapiUrl.replace(/\/$/, '')}${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.strapiToken) headers.authorization = `Bearer ${config.strapiToken}`;
  if (options.clientId) headers['x-kn-client'] = options.clientId;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const res = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? null : parseJson(text) };
  } catch (error) {
    throw toHttpError(error);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
