/**
 * Answers about single words of one index — does it know "bokföring" as written or by its stem, which word did
 * Meilisearch match "medjer" to, which topics hold it — kept by the caller between searches. They depend only on
 * what the index holds, not on the query around the word, and readers ask the same few hundred words again and
 * again (search as you type asks every word once per keystroke after it), so a new query of known words costs one
 * Meilisearch search instead of two to four.
 *
 * The library only reads and offers answers; the caller owns the store and must forget it whenever the index
 * changes (the site: on the signed invalidation that follows every publish, with a short time-to-live as the
 * fallback; site/server/utils/search-word-memo.ts). `keep` drops an answer that was asked before such a change and
 * arrived after it.
 */
export interface WordMemo<T> {
  read(keys: readonly string[]): { found: ReadonlyMap<string, T>; keep(key: string, value: T): void };
}

/** The memo key of a word in an index: answers never cross indexes (languages, prefixes). */
export const wordKey = (indexUid: string, word: string): string => `${indexUid}\u0000${word}`;

/**
 * The answers for `words` (keys without duplicates), from the memo where it has them and from `ask` for the rest
 * (not called when nothing is missing); what `ask` answers is offered to the memo.
 */
export async function rememberedWords<T>(memo: WordMemo<T> | undefined, indexUid: string, words: readonly string[], ask: (missing: string[]) => Promise<ReadonlyMap<string, T>>): Promise<Map<string, T>> {
  if (!memo) return new Map(await ask([...words]));
  const session = memo.read(words.map((word) => wordKey(indexUid, word)));
  const answers = new Map<string, T>();
  const missing: string[] = [];
  for (const word of words) {
    const found = session.found.get(wordKey(indexUid, word));
    if (found === undefined) missing.push(word);
    else answers.set(word, found);
  }
  if (missing.length === 0) return answers;
  for (const [word, value] of await ask(missing)) {
    answers.set(word, value);
    session.keep(wordKey(indexUid, word), value);
  }
  return answers;
}
