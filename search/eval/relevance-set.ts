import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { LOCALES, type Locale } from '../src/vocabulary.ts';

export const KINDS = ['everyday', 'part', 'inflection', 'typo', 'synonym'] as const;
export type Kind = (typeof KINDS)[number];

const CaseSchema = z.strictObject({
  q: z.string().min(1),
  /** Seed key of the item that answers the query (or its slug in this locale). */
  expect: z.string().min(1),
  kind: z.enum(KINDS),
});
export type RelevanceCase = z.output<typeof CaseSchema> & { locale: Locale };

const SetSchema = z.strictObject({ locale: z.enum(LOCALES), cases: z.array(CaseSchema).min(1) });
const JudgeSchema = z.strictObject({ queries: z.array(z.strictObject({ q: z.string().min(1), locale: z.enum(LOCALES) })).min(1) });
export type JudgeQuery = z.output<typeof JudgeSchema>['queries'][number];

async function yamlFile(name: string): Promise<unknown> {
  return parse(await readFile(new URL(`queries/${name}`, import.meta.url), 'utf8'));
}

export interface RelevanceSet {
  cases: RelevanceCase[];
  judge: JudgeQuery[];
}

/** The relevance set in search/eval/queries: sv.yaml, en.yaml (query → expected item) and judge.yaml. */
export async function loadRelevanceSet(): Promise<RelevanceSet> {
  const cases: RelevanceCase[] = [];
  for (const locale of LOCALES) {
    const set = SetSchema.parse(await yamlFile(`${locale}.yaml`));
    if (set.locale !== locale) throw new Error(`queries/${locale}.yaml declares locale ${set.locale}`);
    cases.push(...set.cases.map((c) => ({ ...c, locale })));
  }
  return { cases, judge: JudgeSchema.parse(await yamlFile('judge.yaml')).queries };
}
