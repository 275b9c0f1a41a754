import type { CompoundLexicon } from './compound-lexicon.ts';

export interface SplitOptions {
  /** Shortest part that may open or continue a compound ("små" in "småföretag"). */
  minPart: number;
  /** Shortest final part ("tid" in "leveranstid"; the false friends among them are in `keep`). */
  minHead: number;
  maxParts: number;
  /** Words never split: lexicalised compounds whose parts mislead. */
  keep: ReadonlySet<string>;
  /** Prefixes and particles never split off ("för-", "be-", "över-"): "försörjning" is not "för" + "sörjning". */
  particles: ReadonlySet<string>;
}

interface Split {
  parts: string[];
  /** The final part as written ("modeller" where the base form is "modell"). */
  written: string;
  /** Length of the final part, the tie-breaker: the longer head is the more specific reading. */
  head: number;
}

function better(a: Split | null, b: Split | null): Split | null {
  if (!a) return b;
  if (!b) return a;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length ? a : b;
  return a.head >= b.head ? a : b;
}

/**
 * The ways the rest of the word, from `start`, can be read as zero or more middle parts followed by a
 * head. A doubled consonant at a boundary may stand for three ("webb" + "butik" = "webbutik").
 */
function rest(word: string, start: number, depth: number, lexicon: CompoundLexicon, options: SplitOptions, memo: Map<number, Split | null>): Split | null {
  const key = start * 8 + depth;
  if (memo.has(key)) return memo.get(key) ?? null;
  let best: Split | null = null;
  const head = word.slice(start);
  const headBase = head.length >= options.minHead ? lexicon.end(head) : null;
  if (headBase) best = { parts: [headBase], written: head, head: head.length };
  if (depth + 1 < options.maxParts) {
    for (let cut = start + options.minPart; cut <= word.length - options.minHead; cut++) {
      const form = word.slice(start, cut);
      if (options.particles.has(form)) continue;
      const base = lexicon.middle(form);
      if (!base) continue;
      for (const next of nextStarts(word, cut)) {
        const tail = rest(word, next, depth + 1, lexicon, options, memo);
        if (tail) best = better(best, { ...tail, parts: [base, ...tail.parts] });
      }
    }
  }
  memo.set(key, best);
  return best;
}

function nextStarts(word: string, cut: number): number[] {
  const tripled = cut >= 2 && word[cut - 1] === word[cut - 2] && word[cut] !== word[cut - 1];
  return tripled ? [cut, cut - 1] : [cut];
}

export interface Compound {
  /** Base forms of the parts, in order: "affärsmodeller" → ["affär", "modell"]. */
  parts: string[];
  /** The final part as written: "modeller". */
  written: string;
}

/**
 * Splits one lower-case word into its parts, or returns null when it is not a compound the lexicon
 * can read: "kompetensförsörjning" → kompetens + försörjning. Fewest parts wins, so a part the
 * dictionary knows as a whole ("försörjning") is not split further ("för" + "sörjning").
 */
export function splitCompound(word: string, lexicon: CompoundLexicon, options: SplitOptions): Compound | null {
  if (word.length < options.minPart + options.minHead) return null;
  if (options.keep.has(word) || options.keep.has(lexicon.lemma(word) ?? '')) return null;
  const memo = new Map<number, Split | null>();
  let best: Split | null = null;
  for (let cut = options.minPart; cut <= word.length - options.minHead; cut++) {
    const form = word.slice(0, cut);
    if (options.particles.has(form)) continue;
    const base = lexicon.begin(form);
    if (!base) continue;
    for (const next of nextStarts(word, cut)) {
      const tail = rest(word, next, 1, lexicon, options, memo);
      if (tail) best = better(best, { ...tail, parts: [base, ...tail.parts] });
    }
  }
  return best ? { parts: best.parts, written: best.written } : null;
}
