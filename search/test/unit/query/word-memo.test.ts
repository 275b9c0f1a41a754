import { describe, expect, it, vi } from 'vitest';
import { rememberedWords, wordKey, type WordMemo } from '../../../src/query/word-memo.ts';

/** A memo over a Map, as a caller without invalidations would keep one. */
function mapMemo<T>(entries: [string, T][] = []): WordMemo<T> & { store: Map<string, T> } {
  const store = new Map(entries);
  return { store, read: (keys) => ({ found: new Map(keys.flatMap((key) => (store.has(key) ? [[key, store.get(key) as T] as const] : []))), keep: (key, value) => { store.set(key, value); } }) };
}
const lengths = async (words: string[]) => new Map(words.map((word) => [word, word.length]));

describe('rememberedWords', () => {
  it('asks only for the words the memo lacks, and offers it their answers', async () => {
    const memo = mapMemo([[wordKey('content_sv', 'webbutik'), 99]]);
    const ask = vi.fn(lengths);
    const answers = await rememberedWords(memo, 'content_sv', ['webbutik', 'frakt'], ask);
    expect(ask).toHaveBeenCalledWith(['frakt']);
    expect(Object.fromEntries(answers)).toEqual({ webbutik: 99, frakt: 5 });
    expect(memo.store.get(wordKey('content_sv', 'frakt'))).toBe(5);
  });

  it('does not ask at all when the memo has every word', async () => {
    const memo = mapMemo([[wordKey('content_sv', 'a'), 1]]);
    const ask = vi.fn(lengths);
    expect(Object.fromEntries(await rememberedWords(memo, 'content_sv', ['a'], ask))).toEqual({ a: 1 });
    expect(ask).not.toHaveBeenCalled();
  });

  it('keeps the indexes apart: a word known in one is asked in another', async () => {
    const memo = mapMemo([[wordKey('content_sv', 'data'), 1]]);
    const ask = vi.fn(lengths);
    await rememberedWords(memo, 'content_en', ['data'], ask);
    expect(ask).toHaveBeenCalledWith(['data']);
  });

  it('asks for every word without a memo', async () => {
    const ask = vi.fn(lengths);
    await rememberedWords(undefined, 'content_sv', ['a', 'bb'], ask);
    expect(ask).toHaveBeenCalledWith(['a', 'bb']);
  });
});
