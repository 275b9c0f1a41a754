/**
 * Highlight markers requested from Meilisearch: private-use characters that cleanText() strips from
 * all indexed text, so they can only come from Meilisearch and survive HTML escaping unchanged.
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const UNSAFE = /[&<>"']/;
const EVERY_UNSAFE = new RegExp(UNSAFE.source, 'g');

export function escapeHtml(text: string): string {
  // Most snippets have nothing to escape: testing is cheaper than a replace that calls back for each match.
  return UNSAFE.test(text) ? text.replace(EVERY_UNSAFE, (char) => HTML_ESCAPES[char] ?? char) : text;
}

/**
 * Safe HTML for a highlighted, cropped value: everything escaped, then the markers turned into
 * `<mark>`…`</mark>`, the only tags a snippet can contain (the site may render it with v-html).
 */
export function snippetHtml(formatted: string): string {
  return escapeHtml(formatted).replaceAll(HIGHLIGHT_PRE, '<mark>').replaceAll(HIGHLIGHT_POST, '</mark>');
}
