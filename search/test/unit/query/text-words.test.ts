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

  it('stays within its bounds however many texts it sees', () => {
    for (let i = 0; i < TEXT_WORDS_CACHE.maxEntries + 50; i += 1) textWords(`text number ${i} ${'ord '.repeat(i % 50)}`);
    const kept = textWordsKept();
    expect(kept.entries).toBeLessThanOrEqual(TEXT_WORDS_CACHE.maxEntries);
    expect(kept.chars).toBeLessThanOrEqual(TEXT_WORDS_CACHE.maxChars);
  });
});
