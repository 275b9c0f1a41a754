import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './snippets.ts';

/** Words of body text shown around the match (as Meilisearch's `body:24` crop did). */
export const BODY_CROP_WORDS = 24;
const CROP_MARKER = '…';
/** Shorter query words are matched whole only: "it" must not mark "item", "e" not every word with an e. */
const MIN_PREFIX = 4;

interface Token {
  start: number;
  end: number;
  word: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase() }));
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

/**
 * Whether a word of the text answers a word of the query the way Meilisearch matches: as written, as an inflected
 * form of it (the query carries stems: "bokföring" marks "bokföringen"), or within its typo tolerance (one typo from
 * five letters, two from nine; a wrong first letter counts as two, so it is never one of them here).
 */
export function answers(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length >= MIN_PREFIX && word.startsWith(term)) return true;
  if (term.length < 5 || word.length < 5 || word[0] !== term[0]) return false;
  return withinTypos(word, term, term.length >= 9 ? 2 : 1);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the query's words stand in the text, found by one native regular-expression scan: each word of the text
 * that is a query word or starts with one (a short one only whole). Only when that finds nothing are the words of
 * about a query word's length and with its first letter compared within the typo tolerance (answers()).
 */
function matches(text: string, terms: readonly string[]): { start: number; end: number; term: number }[] {
  const alternatives = terms.map((term) => `${escapeRegExp(term)}${term.length >= MIN_PREFIX ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
  const found = [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, term: terms.findIndex((term) => answers(match[0].toLowerCase(), term)) }));
  if (found.length > 0) return found.filter((match) => match.term !== -1);
  // Candidates for a typo: words of about the term's length with its first letter (one more native scan).
  const typoCandidates = terms.filter((term) => term.length >= 5).map((term) => {
    const max = term.length >= 9 ? 2 : 1;
    return `${escapeRegExp(term[0] ?? '')}[\\p{L}\\p{N}]{${Math.max(0, term.length - 1 - max)},${term.length - 1 + max}}(?![\\p{L}\\p{N}])`;
  });
  if (typoCandidates.length === 0) return [];
  const loose = new RegExp(`(?<![\\p{L}\\p{N}])(?:${typoCandidates.join('|')})`, 'giu');
  return [...text.matchAll(loose)].flatMap((match) => {
    const term = terms.findIndex((candidate) => answers(match[0].toLowerCase(), candidate));
    return term === -1 ? [] : [{ start: match.index, end: match.index + match[0].length, term }];
  });
}

/** Characters searched for the words before and after a match: a crop is 24 words, rarely more than 250. */
const REACH = { before: 300, after: 900 };
/** Words of lead-in before the first match: a reader needs some context. */
const LEAD_IN = Math.floor(BODY_CROP_WORDS / 4);

/** For each position (ascending), about how many words of the text come before it: whitespace runs, one pass. */
function wordIndexes(text: string, positions: readonly number[]): number[] {
  const out: number[] = [];
  let words = 0;
  let inSpace = true;
  let next = 0;
  for (let i = 0; i < text.length && next < positions.length; i += 1) {
    while (next < positions.length && positions[next] === i) {
      out.push(words);
      next += 1;
    }
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (inSpace && !space) words += 1;
    inSpace = space;
  }
  while (out.length < positions.length) out.push(words);
  return out;
}

/**
 * The body's snippet for a hit, computed here rather than by Meilisearch: `BODY_CROP_WORDS` words around the place
 * where the most different query words meet, those words between the highlight markers, "…" where text was cut.
 * Null when no word of the body answers the query (the hit matched on its title or summary). Meilisearch's own crop
 * and highlight of the body tokenised every hit's whole body once more per search: about two thirds of the CPU a
 * search cost it (scripts/src/bench/query-cost.ts); this reads the body it returns, with one regular-expression scan
 * and the words of the crop's neighbourhood only.
 */
export function bodySnippet(body: string, queryWords: readonly string[]): string | null {
  const terms = [...new Set(queryWords.map((word) => word.toLowerCase()).filter((word) => word.length > 0))];
  if (terms.length === 0) return null;
  const found = matches(body, terms);
  const at = wordIndexes(body, found.map((match) => match.start));
  let best: (typeof found)[number] | undefined;
  let bestCount = 0;
  for (const [i, match] of found.entries()) {
    const within = found.filter((_, j) => (at[j] ?? 0) >= (at[i] ?? 0) && (at[j] ?? 0) < (at[i] ?? 0) + BODY_CROP_WORDS - LEAD_IN);
    const distinct = new Set(within.map((other) => other.term)).size;
    if (distinct > bestCount) {
      best = match;
      bestCount = distinct;
    }
  }
  if (!best) return null;
  const regionStart = Math.max(0, best.start - REACH.before);
  const regionEnd = Math.min(body.length, best.end + REACH.after);
  // Words cut by the region's edges are not whole words: they are left out (unless the edge is the text's own).
  const words = tokens(body.slice(regionStart, regionEnd))
    .map((token) => ({ ...token, start: token.start + regionStart, end: token.end + regionStart }))
    .filter((token) => (token.start > regionStart || regionStart === 0) && (token.end < regionEnd || regionEnd === body.length));
  const first = words.findIndex((token) => token.start >= best.start);
  const from = Math.max(0, first - LEAD_IN);
  const to = Math.min(words.length, from + BODY_CROP_WORDS);
  const marked = new Set(found.map((match) => match.start));
  const cutBefore = (words[from]?.start ?? 0) > 0 && /[\p{L}\p{N}]/u.test(body.slice(0, words[from]?.start ?? 0));
  let out = cutBefore ? CROP_MARKER : '';
  let cursor = words[from]?.start ?? 0;
  for (let i = from; i < to; i += 1) {
    const token = words[i];
    if (!token) continue;
    out += body.slice(cursor, token.start);
    const text = body.slice(token.start, token.end);
    out += marked.has(token.start) ? `${HIGHLIGHT_PRE}${text}${HIGHLIGHT_POST}` : text;
    cursor = token.end;
  }
  const rest = body.slice(cursor);
  return /[\p{L}\p{N}]/u.test(rest) ? `${out}${CROP_MARKER}` : `${out}${rest}`;
}
