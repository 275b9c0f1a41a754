import { deleteCookie, getCookie } from 'h3';

/** Reads and deletes a flash cookie while the server renders the page: it is shown exactly once. */
export function takeFlashCookie(name: string): string | undefined {
  const event = useRequestEvent();
  if (!import.meta.server || !event) return undefined;
  const value = getCookie(event, name);
  if (value !== undefined) deleteCookie(event, name, { path: '/', httpOnly: true, sameSite: 'lax' });
  return value;
}
