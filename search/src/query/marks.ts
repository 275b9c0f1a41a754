import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './snippets.ts';
import { isWordChar, textWords, type TextWords } from './text-words.ts';

/**
 * The marks and cuts of a hit's text, computed here rather than by Meilisearch: the words of the title, summary and
 * body that answer the query between the highlight markers, the summary and the body cut around where they meet.
 * Meilisearch's own highlight and crop tokenised every hit's fields once more per search: about two thirds of the CPU a
 * search cost it for the body, a third of what was left for the title and summary (scripts/src/bench/query-cost.ts).
 */

/** Words of body text shown around the match (as Meilisearch's `body:24` crop did). */
export const BODY_CROP_WORDS = 24;
/** Words of the summary shown (as Meilisearch's `summary:40` crop did): around the match, else its first words. */
export const SUMMARY_CROP_WORDS = 40;
const CROP_MARKER = '…';
/** Shorter query words are matched whole only: "it" must not mark "item", "e" not every word with an e. */
const MIN_PREFIX = 4;

/**
 * A text's words and the query term each answers (-1: none); `matched` is null when none answers any. `matched` is a
 * view of a buffer the next matchWords() call writes again: every caller reads it before it matches another text.
 */
interface Words extends TextWords {
  matched: Int32Array | null;
}

/**
 * Buffers reused by every matchWords() call, as views of the length asked: without allocating two typed arrays for
 * each title, summary and body of every hit, parsing and marking a search's 10 hits took 225–241 µs instead of
 * 278–313 (best of 17 rounds over 400 benchmark queries).
 */
const buffers = { answered: new Int32Array(1024), matched: new Int32Array(4096) };

function scratch(name: keyof typeof buffers, length: number): Int32Array {
  if (buffers[name].length < length) buffers[name] = new Int32Array(Math.max(length, 2 * buffers[name].length));
  return buffers[name].subarray(0, length);
}

/**
 * The words of a text with the query term each answers. Each distinct word of the text is compared once, and only
 * when it begins with a term's first letter (the vocabulary is grouped by first letter, text-words.ts): every way a
 * word answers a term (answers()) does, so most words of a body are passed over. Where the words are comes from
 * text-words.ts, which keeps it for the texts seen lately, under `key` (where the text comes from).
 */
function matchWords(text: string, marks: QueryMarks, key?: string): Words {
  const words = textWords(text, key);
  if (marks.terms.length === 0) return { ...words, matched: null };
  const answered = scratch('answered', words.vocabulary.length).fill(-1);
  let any = false;
  for (let group = 0; group < words.firsts.length; group += 1) {
    if (!marks.firsts.has(words.firsts[group] ?? 0)) continue;
    for (let id = group === 0 ? 0 : (words.firstEnds[group - 1] ?? 0); id < (words.firstEnds[group] ?? 0); id += 1) {
      const word = words.vocabulary[id] ?? '';
      let term = marks.known.get(word);
      if (term === undefined) {
        term = marks.terms.findIndex((candidate) => answers(word, candidate));
        marks.known.set(word, term);
      }
      answered[id] = term;
      if (term !== -1) any = true;
    }
  }
  if (!any) return { ...words, matched: null };
  const matched = scratch('matched', words.ids.length);
  for (let i = 0; i < matched.length; i += 1) matched[i] = answered[words.ids[i] ?? 0] ?? -1;
  return { ...words, matched };
}

/** Rows of withinTypos(), kept between calls: it runs for many word pairs of every search. */
let typoRows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** Optimal string alignment distance, stopped early once it exceeds `max` (only 1 or 2 are ever asked). */
function withinTypos(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const width = b.length + 1;
  if (typoRows[0].length < width) typoRows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [before, previous, current] = typoRows;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const letter = a.charCodeAt(i - 1);
    const letterBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const other = b.charCodeAt(j - 1);
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (letter === other ? 0 : 1));
      if (j > 1 && letter === b.charCodeAt(j - 2) && letterBefore === other) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
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

/** What the words of a search's hits are compared with: its terms, and what each word compared answered. */
export interface QueryMarks {
  /** The query's words lower-cased and split where a text's words split ("e-handel" → "e", "handel"), without repeats. */
  readonly terms: readonly string[];
  /** Their first letters: a word starting with another letter answers none. */
  readonly firsts: ReadonlySet<number>;
  /** Word → index of the term it answers (-1: none): the hits of one search share their common words. */
  readonly known: Map<string, number>;
}

/** The marks of one search (made once per search, for all its hits). */
export function queryMarks(queryWords: readonly string[]): QueryMarks {
  const terms = new Set<string>();
  for (const word of queryWords) {
    const lower = word.toLowerCase();
    let start = -1;
    for (let i = 0; i <= lower.length; i += 1) {
      if (i < lower.length && isWordChar(lower.charCodeAt(i))) {
        if (start === -1) start = i;
      } else if (start !== -1) {
        terms.add(lower.slice(start, i));
        start = -1;
      }
    }
  }
  return { terms: [...terms], firsts: new Set([...terms].map((term) => term.charCodeAt(0))), known: new Map() };
}

/** Words `from`…`to` of the text with the matched ones between the markers, "…" where text was cut. */
function render(text: string, { starts, ends, ids, matched }: Words, from: number, to: number): string {
  let out = from > 0 ? CROP_MARKER : '';
  let cursor = from > 0 ? (starts[from] ?? 0) : 0;
  for (let i = from; i < to; i += 1) {
    const [start = cursor, end = cursor] = [starts[i], ends[i]];
    out += text.slice(cursor, start);
    const word = text.slice(start, end);
    out += matched === null || matched[i] === -1 ? word : `${HIGHLIGHT_PRE}${word}${HIGHLIGHT_POST}`;
    cursor = end;
  }
  return to < ids.length ? `${out}${CROP_MARKER}` : `${out}${text.slice(cursor)}`;
}

/** The first word of the `size`-word window where the most different terms meet, after a lead-in; -1 when none matched. */
function bestWindow(matched: Int32Array, size: number): number {
  const leadIn = Math.floor(size / 4);
  let best = -1;
  let bestCount = 0;
  const inWindow = new Set<number>();
  for (let i = 0; i < matched.length; i += 1) {
    if (matched[i] === -1) continue;
    inWindow.clear();
    for (let j = i; j < Math.min(matched.length, i + size - leadIn); j += 1) if (matched[j] !== -1) inWindow.add(matched[j] ?? -1);
    if (inWindow.size > bestCount) {
      best = i;
      bestCount = inWindow.size;
    }
  }
  return best === -1 ? -1 : Math.max(0, Math.min(best - leadIn, matched.length - size));
}

/** The whole text with the words that answer the query marked: a title. `key`: where the text comes from. */
export function markedText(text: string, marks: QueryMarks, key?: string): string {
  if (marks.terms.length === 0) return text;
  const words = matchWords(text, marks, key);
  return words.matched === null ? text : render(text, words, 0, words.ids.length);
}

/**
 * `size` words of the text around the place where the most different query terms meet (a quarter of them before
 * it), the matched words marked; null when no word answers the terms (the hit matched on another field).
 */
export function cropAround(text: string, marks: QueryMarks, size: number, key?: string): string | null {
  if (marks.terms.length === 0) return null;
  const words = matchWords(text, marks, key);
  if (words.matched === null) return null;
  const from = bestWindow(words.matched, size);
  return from === -1 ? null : render(text, words, from, Math.min(words.ids.length, from + size));
}

/** The marks of a search without words: nothing is marked. */
export const NO_MARKS = queryMarks([]);

/** `size` words of the text around the match (cropAround()), or its first `size` words when nothing matched. */
export function cropOrLead(text: string, marks: QueryMarks, size: number, key?: string): string {
  const around = cropAround(text, marks, size, key);
  if (around !== null) return around;
  const words = matchWords(text, NO_MARKS, key);
  return render(text, words, 0, Math.min(words.ids.length, size));
}
