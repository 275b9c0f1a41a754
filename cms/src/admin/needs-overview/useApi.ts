import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import type { z } from 'zod';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'forbidden' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

/** Turns any failure of the admin client into the state the page shows: 403 is its own case, the rest a message. */
export function failureState(error: unknown): ApiState<never> {
  if (isFetchError(error) && error.status === 403) return { status: 'forbidden' };
  if (error instanceof Error) return { status: 'error', message: error.message };
  return { status: 'error', message: String(error) };
}

/**
 * GET a coordinator API path with the admin's session (the client adds the Bearer token) and validate the answer.
 * A newer path cancels the request for an older one, so a slow answer never overwrites a fresh view.
 */
export function useApi<T>(path: string, schema: z.ZodType<T>): ApiState<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<ApiState<T>>({ status: 'loading' });
  React.useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    get<unknown>(path, { signal: controller.signal })
      .then(({ data }) => {
        const parsed = schema.safeParse(data);
        setState(parsed.success ? { status: 'ready', data: parsed.data } : { status: 'error', message: `unexpected answer from ${path.split('?')[0]}` });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState(failureState(error));
      });
    return () => controller.abort();
  }, [get, path, schema]);
  return state;
}
