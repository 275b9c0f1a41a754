import { z } from 'zod';
import { blocksToText, BlocksSchema } from './blocks.ts';
import { LEVELS } from '../vocabulary.ts';
import { listOf, NO_TYPE_FIELDS, PublishedEntrySchema, sharedFields, unique, type MappedEntry } from './common.ts';

const ResearchArticleSchema = PublishedEntrySchema.extend({
  summary: z.string(),
  body: BlocksSchema,
  takeaways: listOf(z.looseObject({ text: z.string() })),
  evidenceNote: z.string().nullish(),
  readingMinutes: z.number().int().nonnegative().nullish(),
  authors: listOf(z.looseObject({ name: z.string().min(1) })),
  level: z.enum(LEVELS).nullish(),
  originalStudy: z
    .looseObject({ title: z.string(), venue: z.string().nullish(), authors: listOf(z.looseObject({ name: z.string().min(1) })) })
    .nullish(),
});

/**
 * Body = article text, then the "try this" takeaways, then the note on what the finding rests on, then the original
 * study's title and venue. `authors` are who summarised it, `studyAuthors` who did the study: kept apart.
 */
export function mapResearchArticle(raw: unknown): MappedEntry {
  const entry = ResearchArticleSchema.parse(raw);
  return {
    ...sharedFields(entry),
    ...NO_TYPE_FIELDS,
    summary: entry.summary,
    bodyParts: [
      blocksToText(entry.body),
      ...entry.takeaways.map((t) => t.text),
      entry.evidenceNote ?? '',
      [entry.originalStudy?.title, entry.originalStudy?.venue].filter(Boolean).join('. '),
    ],
    authors: unique(entry.authors.map((a) => a.name)),
    studyAuthors: unique((entry.originalStudy?.authors ?? []).map((a) => a.name)),
    level: entry.level ?? null,
    minutes: entry.readingMinutes ?? null,
  };
}
