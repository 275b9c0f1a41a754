/**
 * Links from the CMS (rich text, a publication's link, a video, a centre's website) may only go to web pages,
 * e-mail or phone, or paths on this site: never `javascript:`, `data:` or another scheme, and never a path that a
 * browser reads as another host (`//x`, `/\x`). Control characters are refused: browsers drop tabs and newlines
 * inside URLs, so `/\t/evil.example` would become `//evil.example`. Used where CMS data becomes a view (server) and
 * in the rich-text renderer (app).
 */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/[\u0000-\u001F\u007F]/.test(trimmed)) return null;
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed;
  if (/^(https?:\/\/|mailto:|tel:)/i.test(trimmed)) return trimmed;
  return null;
}

export const isExternal = (url: string) => /^https?:\/\//i.test(url);
