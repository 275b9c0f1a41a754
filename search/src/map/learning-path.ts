import { z } from 'zod';
import { LEVELS } from '../vocabulary.ts';
import { listOf, NO_TYPE_FIELDS, PublishedEntrySchema, sharedFields, type MappedEntry } from './common.ts';

const minutes = z.number().int().nonnegative().nullish();
const title = z.string().min(1);

/** Each step points at one item; a target is null when that item is unpublished. */
const StepSchema = z.looseObject({
  article: z.looseObject({ title, readingMinutes: minutes }).nullish(),
  guide: z.looseObject({ title, estimatedMinutes: minutes }).nullish(),
  module: z.looseObject({ title, durationMinutes: minutes }).nullish(),
  note: z.string().nullish(),
});
type Step = z.output<typeof StepSchema>;

const LearningPathSchema = PublishedEntrySchema.extend({
  description: z.string(),
  audience: z.string().nullish(),
  level: z.enum(LEVELS),
  totalMinutes: minutes,
  steps: listOf(StepSchema),
});

function stepTarget(step: Step): { title: string; minutes: number | null } | null {
  if (step.article) return { title: step.article.title, minutes: step.article.readingMinutes ?? null };
  if (step.guide) return { title: step.guide.title, minutes: step.guide.estimatedMinutes ?? null };
  if (step.module) return { title: step.module.title, minutes: step.module.durationMinutes ?? null };
  return null;
}

/**
 * Summary = the description; step titles get their own, highly ranked attribute; body = the intended
 * audience and the coordinators' step notes. Minutes default to the sum of the steps when all are known.
 */
export function mapLearningPath(raw: unknown): MappedEntry {
  const entry = LearningPathSchema.parse(raw);
  const targets = entry.steps.map(stepTarget).filter((t) => t !== null);
  const stepMinutes = targets.map((t) => t.minutes);
  const allKnown = targets.length > 0 && stepMinutes.every((m) => m !== null);
  return {
    ...sharedFields(entry),
    ...NO_TYPE_FIELDS,
    summary: entry.description,
    bodyParts: [entry.audience ?? '', ...entry.steps.map((step) => step.note ?? '')],
    level: entry.level,
    minutes: entry.totalMinutes ?? (allKnown ? stepMinutes.reduce<number>((sum, m) => sum + (m ?? 0), 0) : null),
    stepTitles: targets.map((t) => t.title),
  };
}
