import type { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { inflectionStem } from '../../morphology/stem.ts';
import type { Locale } from '../../vocabulary.ts';
import { rememberedWords, type WordMemo } from '../word-memo.ts';
import { termsText, type Term } from './compounds.ts';

const ProbeSchema = z.object({
  results: z.array(z.object({
    totalHits: z.number(),
    hits: z.array(z.object({ _rankingScoreDetails: z.object({ typo: z.object({ typoCount: z.number() }).optional() }).optional() })),
  })),
});

/**
 * How the index knows a word: as written (or by its stem); within one typo or as a prefix (a likely
 * misspelling or a word being typed); or only two typos away ("programmera" ~ "programmet").
 */
export interface WordKnowledge {
  exact: boolean;
  loose: boolean;
  /** Known as written, by a prefix or within one typo. */
  close: boolean;
  /** How many documents have it at all (as `loose` counts). */
  documents: number;
}

/**
 * The index's own vocabulary, asked per query (one multi-search) instead of kept beside the index, so
 * it is never stale: for each word, whether any document has it as written or by its stem (a phrase
 * query, which Meilisearch matches without typos or prefixes), and whether any has it at all. Words the
 * caller's memo (word-memo.ts, forgotten on every change of the index) answers are not asked again.
 */
export async function wordKnowledge(client: Meilisearch, indexUid: string, words: readonly string[], locale: Locale, memo?: WordMemo<WordKnowledge>): Promise<Map<string, WordKnowledge>> {
  const unique = [...new Set(words.map((word) => word.toLowerCase()))];
  return rememberedWords(memo, indexUid, unique, async (missing) => {
    const forms = missing.map((word) => [word, inflectionStem(word, locale) ?? word] as const);
    const ask = (q: string, hits: number) => ({ indexUid, q, page: 1, hitsPerPage: hits, attributesToRetrieve: ['id'], showRankingScoreDetails: hits > 0 });
    const queries = forms.flatMap(([word, stem]) => [ask(word, 1), ask(`"${word}"`, 0), ask(`"${stem}"`, 0)]);
    const results = ProbeSchema.parse(await client.multiSearch({ queries })).results;
    const total = (i: number) => results[i]?.totalHits ?? 0;
    return new Map(missing.map((word, i) => {
      const typos = results[3 * i]?.hits[0]?._rankingScoreDetails?.typo?.typoCount ?? 0;
      return [word, { loose: total(3 * i) > 0, close: total(3 * i) > 0 && typos <= 1, exact: total(3 * i + 1) + total(3 * i + 2) > 0, documents: total(3 * i) }];
    }));
  });
}

/**
 * The terms as the index knows them. A word no document contains ("konstigt", "weird") cannot help
 * ranking but can hurt it: matchingStrategy "last" keeps a query's first words, so an unknown word
 * early on makes Meilisearch drop the informative words after it. When some word is known as written,
 * words known only two typos away go too ("programmera" ~ "programmet"); one typo or a prefix is
 * kept, as the reader's likely misspelling ("bookeeping"); with no word known as written, all stay. A compound the index knows is asked as
 * written, one it does not know by its known parts ("excelkurs" → "excel kurs"). When nothing is
 * known, the words are asked as typed (and the page offers "did you mean").
 */
export function knownText(terms: readonly Term[], knowledge: ReadonlyMap<string, WordKnowledge>): string {
  const all = terms.flatMap((term) => [term.word, ...term.parts]);
  const strict = all.some((word) => knowledge.get(word.toLowerCase())?.exact);
  const known = (word: string) => (strict ? knowledge.get(word.toLowerCase())?.close : knowledge.get(word.toLowerCase())?.loose) ?? false;
  const kept = terms.flatMap((term) => (known(term.word) ? [term.word] : term.parts.filter(known)));
  return kept.length > 0 ? kept.join(' ') : terms.map((term) => term.word).join(' ');
}

/**
 * A Swedish compound the index knows as written is also asked by its first part, after every other word:
 * "bokföringsprogram" → "bokföringsprogram bokföring". The first part names what the compound is about
 * (bokförings|program: software for bookkeeping), and it ranks a text whose heading says "bokföring" above
 * one that names "bokföringsprogram" in passing. Every document with the compound has its parts
 * (`compoundParts`), so the added word never drops a hit; matchingStrategy "last" would drop it first anyway.
 * Only the first part: the last part is the kind of thing ("program", "kurs", "butik"), and too common to
 * rank by (appending all parts was measured worse, NATURAL.md round 2). Parts shorter than MIN_MODIFIER
 * letters ("e", "it", "webb") say little.
 */
export function withModifiers(text: string, terms: readonly Term[], knowledge: ReadonlyMap<string, WordKnowledge>): string {
  const asked = new Set(text.toLowerCase().split(' '));
  const modifiers = terms.flatMap((term) => {
    const first = term.parts[0]?.toLowerCase();
    const known = (word: string) => knowledge.get(word)?.exact ?? false;
    return first && term.parts.length > 1 && first.length >= MIN_MODIFIER && asked.has(term.word.toLowerCase()) && known(term.word.toLowerCase()) && known(first) && !asked.has(first) ? [first] : [];
  });
  return [text, ...new Set(modifiers)].join(' ');
}

/** A compound's first part shorter than this is not asked on its own (see withModifiers). */
const MIN_MODIFIER = 5;

/** The query the index is asked, and its words that the index has only as misspellings of its own. */
export interface KnownQuery {
  text: string;
  /** Words known within one or two typos but neither as written nor by their stem ("medjer" ~ "medier"). */
  misspelt: string[];
  /**
   * How many documents have the first word asked, when the index was asked about the words (null for a lone word):
   * with matchingStrategy "last" every document that has it is a hit, so fewer than this few hits is known before
   * the search (query.ts then asks the other language at the same time).
   */
  leadDocuments: number | null;
}

/**
 * The kept words the index knows only loosely: searched as typed, never by a stem, since the stem of a
 * misspelling is no word ("medjer" → "medj") and is too short to get Meilisearch's typo tolerance.
 */
export function misspeltWords(text: string, knowledge: ReadonlyMap<string, WordKnowledge>): string[] {
  return text.split(' ').filter((word) => {
    const known = knowledge.get(word.toLowerCase());
    return known !== undefined && known.loose && !known.exact;
  });
}

/**
 * knownText() with the knowledge asked from the index (and withModifiers() unless `modifiers` is false); a lone
 * word without parts is not asked about.
 */
export async function keepKnownWords(client: Meilisearch, indexUid: string, terms: readonly Term[], locale: Locale, modifiers = true, memo?: WordMemo<WordKnowledge>): Promise<KnownQuery> {
  if (terms.length === 0) return { text: '', misspelt: [], leadDocuments: null };
  if (terms.length === 1 && terms[0]!.parts.length === 0) return { text: terms[0]!.word, misspelt: [], leadDocuments: null };
  const knowledge = await wordKnowledge(client, indexUid, terms.flatMap((term) => [term.word, ...term.parts]), locale, memo);
  const text = knownText(terms, knowledge);
  const lead = knowledge.get(text.split(' ')[0]?.toLowerCase() ?? '');
  return { text: modifiers ? withModifiers(text, terms, knowledge) : text, misspelt: misspeltWords(text, knowledge), leadDocuments: lead?.documents ?? null };
}

export { termsText };
