/**
 * Where the words of a text are, kept for the texts seen last. Every search marks the words of its hits' titles,
 * summaries and bodies (marks.ts); the hits are the same few hundred documents again and again while the queries
 * change, and finding the words of a 4,000-character body cost more than everything else the site does for a search
 * (a CPU profile of the search API under load). An entry answers only the very text it was made from, so it can never
 * belong to another text, or to an earlier version of this one: nothing needs to forget it when content changes; it
 * only ages out.
 */

const LETTER = /[\p{L}\p{N}]/u;

/** A letter or digit; by character code for Latin script (every Swedish and English word), the regex beyond it. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code <= 0x24f) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  // Dashes, quotes and the ellipsis, frequent in running text, without the regular expression.
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER.test(String.fromCharCode(code));
}

/** A text's words: where each starts and ends, and which of the text's distinct words (lower-cased) it is. */
export interface TextWords {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index into `vocabulary` of each word. */
  readonly ids: Int32Array;
  /**
   * The distinct words of the text, lower-cased, those with the same first letter next to each other: a search
   * compares each once, not each place it occurs, and only those starting with a letter a query term starts with.
   */
  readonly vocabulary: readonly string[];
  /** The first letters (character codes) of the vocabulary's words, each once, in the vocabulary's order. */
  readonly firsts: Int32Array;
  /** Where the vocabulary's words starting with `firsts[i]` end (they start where those of `firsts[i - 1]` end). */
  readonly firstEnds: Int32Array;
}

/**
 * Bounds of what is kept: the titles, summaries and bodies of a few hundred documents. `maxBytes` is what that may
 * take at most: two bytes a character for the text, and per word (one in five characters or fewer) 12 bytes of
 * places plus its share of the distinct words and their first letters.
 */
export const TEXT_WORDS_CACHE = { maxEntries: 2_000, maxChars: 1_000_000, maxBytes: 6 * 1_000_000 } as const;

interface Kept {
  readonly text: string;
  readonly words: TextWords;
}

const kept = new Map<string, Kept>();
let keptChars = 0;

/** The vocabulary ordered by first letter (stable), and each word's new index. */
function groupByFirstLetter(vocabulary: readonly string[]) {
  const order = vocabulary.map((_, i) => i).sort((a, b) => (vocabulary[a] ?? '').charCodeAt(0) - (vocabulary[b] ?? '').charCodeAt(0) || a - b);
  const renumbered = new Int32Array(vocabulary.length);
  const firsts: number[] = [];
  const firstEnds: number[] = [];
  order.forEach((old, i) => {
    renumbered[old] = i;
    const first = (vocabulary[old] ?? '').charCodeAt(0);
    if (firsts[firsts.length - 1] !== first) {
      firsts.push(first);
      firstEnds.push(i + 1);
    } else firstEnds[firstEnds.length - 1] = i + 1;
  });
  return { vocabulary: order.map((old) => vocabulary[old] ?? ''), renumbered, firsts: Int32Array.from(firsts), firstEnds: Int32Array.from(firstEnds) };
}

function findWords(text: string): TextWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: number[] = [];
  const index = new Map<string, number>();
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isWordChar(text.charCodeAt(i))) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      const word = text.slice(start, i).toLowerCase();
      let id = index.get(word);
      if (id === undefined) {
        id = index.size;
        index.set(word, id);
      }
      starts.push(start);
      ends.push(i);
      ids.push(id);
      start = -1;
    }
  }
  const { vocabulary, renumbered, firsts, firstEnds } = groupByFirstLetter([...index.keys()]);
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), ids: Int32Array.from(ids, (id) => renumbered[id] ?? 0), vocabulary, firsts, firstEnds };
}

/**
 * The words of `text`, from what was kept when it was seen lately (moved to the newest end), else found and kept.
 * `key` names where the text comes from (a hit's id and field): the entry under it answers only while its text is
 * this one, so a changed text is never answered from its earlier version. A key, not the text, is what the store
 * looks up: each search's texts are new strings (parsed from Meilisearch's answer), and hashing a 6,000-character
 * body for the lookup took about 9 µs, comparing it with the kept one under 1 µs. Without a key, the text is its own.
 */
export function textWords(text: string, key: string = text): TextWords {
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    if (found.text === text) {
      kept.set(key, found);
      return found.words;
    }
    keptChars -= found.text.length;
  }
  const words = findWords(text);
  if (text.length > TEXT_WORDS_CACHE.maxChars / 10) return words;
  kept.set(key, { text, words });
  keptChars += text.length;
  for (const [oldestKey, oldest] of kept) {
    if (kept.size <= TEXT_WORDS_CACHE.maxEntries && keptChars <= TEXT_WORDS_CACHE.maxChars) break;
    kept.delete(oldestKey);
    keptChars -= oldest.text.length;
  }
  return words;
}

/** How much is kept (for tests and the memory check). */
export function textWordsKept(): { entries: number; chars: number } {
  return { entries: kept.size, chars: keptChars };
}
