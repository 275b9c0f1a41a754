import { z } from 'zod';
import { blocksToText, BlocksSchema } from './blocks.ts';
import { listOf, NO_TYPE_FIELDS, PublishedEntrySchema, sharedFields, unique, type MappedEntry } from './common.ts';

const ResearchArticleSchema = PublishedEntrySchema.extend({
  summary: z.string(),
  body: BlocksSchema,
  takeaways: listOf(z.looseObject({ text: z.string() })),
  evidenceNote: z.string().nullish(),
  readingMinutes: z.number().int().nonnegative().nullish(),
  authors: listOf(z.looseObject({ name: z.string().min(1) })),
});

/** Body = article text, then the "try this" takeaways, then the note on what the finding rests on. */
export function mapResearchArticle(raw: unknown): MappedEntry {
  const entry = ResearchArticleSchema.parse(raw);
  return {
    ...sharedFields(entry),
    ...NO_TYPE_FIELDS,
    summary: entry.summary,
    bodyParts: [blocksToText(entry.body), ...entry.takeaways.map((t) => t.text), entry.evidenceNote ?? ''],
    authors: unique(entry.authors.map((a) => a.name)),
    minutes: entry.readingMinutes ?? null,
  };
}
