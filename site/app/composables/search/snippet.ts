const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * A highlighted snippet safe for v-html. The search library already escapes everything but `<mark>`; this checks
 * that claim at the last moment: markup other than `<mark>`/`</mark>` gets the whole snippet escaped as text.
 */
export function safeSnippet(html: string): string {
  const withoutMarks = html.replaceAll('<mark>', '').replaceAll('</mark>', '');
  return /[<>]/.test(withoutMarks) ? escape(html) : html;
}
