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
