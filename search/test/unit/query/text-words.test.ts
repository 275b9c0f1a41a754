import { describe, expect, it } from 'vitest';
import { TEXT_WORDS_CACHE, textWords, textWordsKept } from '../../../src/query/text-words.ts';

const spans = (text: string) => {
  const words = textWords(text);
  return Array.from(words.starts, (start, i) => text.slice(start, words.ends[i]));
};

describe('textWords', () => {
  it('finds the words of a text, letters and digits of any script, dashes and quotes between them', () => {
    expect(spans('«Sälj på nätet» – 24/7, e-handel… Ωmega İstanbul')).toEqual(['Sälj', 'på', 'nätet', '24', '7', 'e', 'handel', 'Ωmega', 'İstanbul']);
  });

  it('names each word by the distinct words of the text, lower-cased', () => {
    const words = textWords('Bok och BOK, Ärende och bok');
    expect(words.vocabulary).toEqual(['bok', 'och', 'ärende']);
    expect(Array.from(words.ids)).toEqual([0, 1, 0, 2, 1, 0]);
  });

  it('keeps a text seen lately and answers it again from what it kept', () => {
    const text = `kept ${Date.now()}`;
    expect(textWords(text)).toBe(textWords(`${text}`));
  });

  it('groups the distinct words by first letter, and says where the words of each letter end', () => {
    const text = 'bok äpple Bil apa ärende bok Alm';
    const words = textWords(text);
    expect(words.vocabulary).toEqual(['apa', 'alm', 'bok', 'bil', 'äpple', 'ärende']);
    expect(Array.from(words.firsts)).toEqual(['a', 'b', 'ä'].map((letter) => letter.charCodeAt(0)));
    expect(Array.from(words.firstEnds)).toEqual([2, 4, 6]);
    expect(Array.from(words.ids, (id) => words.vocabulary[id])).toEqual(spans(text).map((word) => word.toLowerCase()));
  });

  it('answers under a key only while the text is the one kept there: a changed text gets its own words', () => {
    const key = `article-${Date.now()}:body`;
    const first = textWords('Sälj på nätet', key);
    const before = textWordsKept();
    // Equal text as a new string (each search parses its own): answered from the store.
    expect(textWords(JSON.parse(JSON.stringify('Sälj på nätet')) as string, key)).toBe(first);
    const changed = textWords('Sälj i butiken', key);
    expect(changed).not.toBe(first);
    expect(changed.vocabulary).toEqual(['butiken', 'i', 'sälj']);
    // The earlier text was replaced, not kept beside it.
    expect(textWordsKept()).toEqual({ entries: before.entries, chars: before.chars - 'Sälj på nätet'.length + 'Sälj i butiken'.length });
  });

  it('stays within its bounds however many texts it sees', () => {
    for (let i = 0; i < TEXT_WORDS_CACHE.maxEntries + 50; i += 1) textWords(`text number ${i} ${'ord '.repeat(i % 50)}`);
    const kept = textWordsKept();
    expect(kept.entries).toBeLessThanOrEqual(TEXT_WORDS_CACHE.maxEntries);
    expect(kept.chars).toBeLessThanOrEqual(TEXT_WORDS_CACHE.maxChars);
  });
});
