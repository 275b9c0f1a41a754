import { z } from 'zod';
import { BUSINESS_MODELS, INDUSTRIES, LEVELS } from '../vocabulary.ts';
import { blocksToText, BlocksSchema } from './blocks.ts';
import { listOf, NO_TYPE_FIELDS, PublishedEntrySchema, sharedFields, type MappedEntry } from './common.ts';

const GuideSchema = PublishedEntrySchema.extend({
  summary: z.string(),
  body: BlocksSchema,
  steps: listOf(z.looseObject({ title: z.string(), body: BlocksSchema, minutes: z.number().int().nonnegative().nullish() })),
  businessModel: z.enum(BUSINESS_MODELS),
  industries: listOf(z.looseObject({ industry: z.enum(INDUSTRIES) })),
  level: z.enum(LEVELS),
  estimatedMinutes: z.number().int().nonnegative().nullish(),
});

/** Body = introduction, then each step's title and text; minutes default to the sum of the steps. */
export function mapGuide(raw: unknown): MappedEntry {
  const entry = GuideSchema.parse(raw);
  const stepMinutes = entry.steps.reduce((sum, step) => sum + (step.minutes ?? 0), 0);
  return {
    ...sharedFields(entry),
    ...NO_TYPE_FIELDS,
    summary: entry.summary,
    bodyParts: [blocksToText(entry.body), ...entry.steps.flatMap((step) => [step.title, blocksToText(step.body)])],
    level: entry.level,
    industries: [...new Set(entry.industries.map((i) => i.industry))],
    businessModel: entry.businessModel,
    minutes: entry.estimatedMinutes ?? (stepMinutes > 0 ? stepMinutes : null),
  };
}
