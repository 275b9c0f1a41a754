/** The server's message from a failed $fetch/useFetch (the error funnel's `{ error: { message } }`), else the error's own. */
export function errorMessage(error: { message: string; data?: unknown }): string {
  const data = error.data;
  if (typeof data !== 'object' || data === null || !('error' in data)) return error.message;
  const inner = data.error;
  return typeof inner === 'object' && inner !== null && 'message' in inner && typeof inner.message === 'string' ? inner.message : error.message;
}
