import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './snippets.ts';

/** Words of body text shown around the match (as Meilisearch's `body:24` crop did). */
export const BODY_CROP_WORDS = 24;
const CROP_MARKER = '…';
/** Words of lead-in before the first match: a reader needs some context. */
const LEAD_IN = Math.floor(BODY_CROP_WORDS / 4);
/** Shorter query words are matched whole only: "it" must not mark "item", "e" not every word with an e. */
const MIN_PREFIX = 4;

interface Token {
  start: number;
  end: number;
  word: string;
}

const LETTER = /[\p{L}\p{N}]/u;

/** A letter or digit; by character code for Latin script (every Swedish and English word), the regex beyond it. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code <= 0x24f) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  return LETTER.test(String.fromCharCode(code));
}

/**
 * The words of a text with their places, lower-cased, in one pass over its characters: a regular expression with
 * Unicode classes (or one that looks for every query word at once) cost the site more CPU than the rest of a search.
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      out.push({ start, end: i, word: text.slice(start, i).toLowerCase() });
      start = -1;
    }
  }
  return out;
}

/** Optimal string alignment distance, stopped early once it exceeds `max` (only 1 or 2 are ever asked). */
function withinTypos(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    before = previous;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/** Whether two different words are one edit apart (a letter changed, added, dropped, or two swapped): linear time. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether a word of the text answers a word of the query the way Meilisearch matches: as written, as an inflected
 * form of it (the query carries stems: "bokföring" marks "bokföringen"), or within its typo tolerance (one typo from
 * five letters, two from nine; a wrong first letter counts as two, so it is never one of them here).
 */
export function answers(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length >= MIN_PREFIX && word.startsWith(term)) return true;
  if (term.length < 5 || word.length < 5 || word[0] !== term[0]) return false;
  return term.length >= 9 ? withinTypos(word, term, 2) : oneEditApart(word, term);
}

/**
 * The body's snippet for a hit, computed here rather than by Meilisearch: `BODY_CROP_WORDS` words around the place
 * where the most different query words meet, those words between the highlight markers, "…" where text was cut.
 * Null when no word of the body answers the query (the hit matched on its title or summary). Meilisearch's own crop
 * and highlight of the body tokenised every hit's whole body once more per search: about two thirds of the CPU a
 * search cost it (scripts/src/bench/query-cost.ts); this reads the body it returns, in one pass.
 */
export function bodySnippet(body: string, queryWords: readonly string[]): string | null {
  const terms = [...new Set(queryWords.map((word) => word.toLowerCase()).filter((word) => word.length > 0))];
  if (terms.length === 0) return null;
  const words = tokens(body);
  // A text repeats its words: each distinct word is compared with the query once.
  const seen = new Map<string, number>();
  const matched = words.map((token) => {
    let term = seen.get(token.word);
    if (term === undefined) {
      term = terms.findIndex((candidate) => answers(token.word, candidate));
      seen.set(token.word, term);
    }
    return term;
  });
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < words.length; i += 1) {
    if (matched[i] === -1) continue;
    const distinct = new Set(matched.slice(i, i + BODY_CROP_WORDS - LEAD_IN).filter((term) => term !== -1)).size;
    if (distinct > bestCount) {
      best = i;
      bestCount = distinct;
    }
  }
  if (best === -1) return null;
  const from = Math.max(0, Math.min(best - LEAD_IN, words.length - BODY_CROP_WORDS));
  const to = Math.min(words.length, from + BODY_CROP_WORDS);
  let out = from > 0 ? CROP_MARKER : '';
  let cursor = words[from]?.start ?? 0;
  for (let i = from; i < to; i += 1) {
    const token = words[i];
    if (!token) continue;
    out += body.slice(cursor, token.start);
    const text = body.slice(token.start, token.end);
    out += matched[i] === -1 ? text : `${HIGHLIGHT_PRE}${text}${HIGHLIGHT_POST}`;
    cursor = token.end;
  }
  return to < words.length ? `${out}${CROP_MARKER}` : `${out}${body.slice(cursor)}`;
}
