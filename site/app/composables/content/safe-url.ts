/** Links from rich text may only go to web pages, e-mail or phone, or paths on this site: never `javascript:`. */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/^\/(?!\/)/.test(trimmed)) return trimmed;
  if (/^(https?:\/\/|mailto:|tel:)/i.test(trimmed)) return trimmed;
  return null;
}

export const isExternal = (url: string) => /^https?:\/\//i.test(url);
