import type { Ref } from 'vue';

interface FetchError {
  statusCode?: number;
  statusMessage?: string;
  message?: string;
}

/**
 * The data of a page's main fetch, or a fatal error page: 404 when the item does not exist, the upstream status
 * (503 when the CMS is down) otherwise. After this call the page can use the data without null checks.
 */
export function requireData<T>(data: Ref<T | null | undefined>, error: Ref<FetchError | null | undefined>): Ref<T> {
  const value = data.value;
  if (error.value || value === null || value === undefined) {
    throw createError({ statusCode: error.value?.statusCode ?? 404, statusMessage: error.value?.statusMessage ?? 'Not Found', fatal: true });
  }
  return computed(() => data.value ?? value);
}
