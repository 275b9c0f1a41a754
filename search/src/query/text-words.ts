/**
 * Where the words of a text are, kept for the texts seen last. Every search marks the words of its hits' titles,
 * summaries and bodies (marks.ts); the hits are the same few hundred documents again and again while the queries
 * change, and finding the words of a 4,000-character body cost more than everything else the site does for a search
 * (a CPU profile of the search API under load). The text itself is the key, so an entry can never belong to another
 * text, or to an earlier version of this one: nothing needs to forget it when content changes; it only ages out.
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
  /** The distinct words of the text, lower-cased: a search compares each once, not each place it occurs. */
  readonly vocabulary: readonly string[];
}

/**
 * Bounds of what is kept: the titles, summaries and bodies of a few hundred documents. `maxBytes` is what that may
 * take at most: two bytes a character for the text, and per word (one in five characters or fewer) 12 bytes of
 * places plus its share of the distinct words.
 */
export const TEXT_WORDS_CACHE = { maxEntries: 2_000, maxChars: 1_000_000, maxBytes: 6 * 1_000_000 } as const;

const kept = new Map<string, TextWords>();
let keptChars = 0;

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
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), ids: Int32Array.from(ids), vocabulary: [...index.keys()] };
}

/** The words of `text`, from the texts kept when it was seen lately (moved to the newest end), else found and kept. */
export function textWords(text: string): TextWords {
  const found = kept.get(text);
  if (found) {
    kept.delete(text);
    kept.set(text, found);
    return found;
  }
  const words = findWords(text);
  if (text.length > TEXT_WORDS_CACHE.maxChars / 10) return words;
  kept.set(text, words);
  keptChars += text.length;
  for (const oldest of kept.keys()) {
    if (kept.size <= TEXT_WORDS_CACHE.maxEntries && keptChars <= TEXT_WORDS_CACHE.maxChars) break;
    kept.delete(oldest);
    keptChars -= oldest.length;
  }
  return words;
}

/** How much is kept (for tests and the memory check). */
export function textWordsKept(): { entries: number; chars: number } {
  return { entries: kept.size, chars: keptChars };
}
