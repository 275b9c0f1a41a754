/** The server's message from a failed $fetch/useFetch (H3 puts it in `data.message`), else the error's own. */
export function errorMessage(error: { message: string; data?: unknown }): string {
  const data = error.data;
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') return data.message;
  return error.message;
}
