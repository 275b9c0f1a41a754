import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { LOCALES, type Locale } from '../src/vocabulary.ts';

/** What a natural question exercises (see queries/natural-sv.yaml). */
export const NATURAL_KINDS = ['question', 'everyday', 'place', 'typo', 'english'] as const;

const NaturalCaseSchema = z.strictObject({
  q: z.string().min(1),
  /** Seed keys of the items judged to answer the question best; any of them at rank 1 is a top-1 hit. */
  expect: z.array(z.string().min(1)).min(1),
  kind: z.enum(NATURAL_KINDS),
});
const NaturalSetSchema = z.strictObject({ locale: z.enum(LOCALES), cases: z.array(NaturalCaseSchema).min(1) });

export type NaturalCase = z.output<typeof NaturalCaseSchema> & {
  locale: Locale;
  /** Held out: never used for tuning, reported on its own. */
  heldOut: boolean;
};

/** FNV-1a, 32 bits: a stable hash, so the held-out third does not depend on the order of the file. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The held-out third of one language's questions: the ceil(n/3) questions with the lowest hash of
 * "locale:question". Deterministic, chosen by no one, and stable when questions are added elsewhere.
 */
export function heldOutQuestions(locale: Locale, questions: readonly string[]): Set<string> {
  const ranked = [...questions].sort((a, b) => fnv1a(`${locale}:${a}`) - fnv1a(`${locale}:${b}`) || a.localeCompare(b));
  return new Set(ranked.slice(0, Math.ceil(questions.length / 3)));
}

/** queries/natural-{sv,en}.yaml, each case marked held-out or not. */
export async function loadNaturalSet(): Promise<NaturalCase[]> {
  const cases: NaturalCase[] = [];
  for (const locale of LOCALES) {
    const text = await readFile(new URL(`queries/natural-${locale}.yaml`, import.meta.url), 'utf8');
    const set = NaturalSetSchema.parse(parse(text));
    if (set.locale !== locale) throw new Error(`queries/natural-${locale}.yaml declares locale ${set.locale}`);
    const questions = set.cases.map((c) => c.q);
    if (new Set(questions).size !== questions.length) throw new Error(`queries/natural-${locale}.yaml repeats a question`);
    const held = heldOutQuestions(locale, questions);
    cases.push(...set.cases.map((c) => ({ ...c, locale, heldOut: held.has(c.q) })));
  }
  return cases;
}
