import { z } from 'zod';
import { FORMATS, LEVELS } from '../vocabulary.ts';
import { blocksToText, BlocksSchema } from './blocks.ts';
import { listOf, NO_TYPE_FIELDS, PublishedEntrySchema, sharedFields, unique, type MappedEntry } from './common.ts';

/**
 * One dynamic-zone section, whatever its component: the text fields are read where present, so a new
 * section component is indexed by its title without a code change. Quiz options and explanations are
 * deliberately not read (and not populated): a search snippet must not give away the answer.
 */
const SectionSchema = z.looseObject({
  __component: z.string(),
  title: z.string().nullish(),
  body: BlocksSchema,
  description: z.string().nullish(),
  instructions: BlocksSchema,
  question: z.string().nullish(),
  items: listOf(z.looseObject({ text: z.string() })),
});
type Section = z.output<typeof SectionSchema>;

const CourseModuleSchema = PublishedEntrySchema.extend({
  summary: z.string(),
  learningObjectives: listOf(z.looseObject({ text: z.string() })),
  sections: listOf(SectionSchema),
  durationMinutes: z.number().int().nonnegative().nullish(),
  level: z.enum(LEVELS),
  format: z.enum(FORMATS),
  provider: z.string().nullish(),
  learningCentres: listOf(z.looseObject({ municipality: z.string().min(1) })),
});

function sectionText(section: Section): string[] {
  return [
    section.title ?? '',
    blocksToText(section.body),
    section.description ?? '',
    blocksToText(section.instructions),
    section.question ?? '',
    ...section.items.map((item) => item.text),
  ];
}

/** Body = learning objectives, then the sections in order, then who runs the module. */
export function mapCourseModule(raw: unknown): MappedEntry {
  const entry = CourseModuleSchema.parse(raw);
  return {
    ...sharedFields(entry),
    ...NO_TYPE_FIELDS,
    summary: entry.summary,
    bodyParts: [...entry.learningObjectives.map((o) => o.text), ...entry.sections.flatMap(sectionText), entry.provider ?? ''],
    level: entry.level,
    format: entry.format,
    minutes: entry.durationMinutes ?? null,
    municipalities: unique(entry.learningCentres.map((c) => c.municipality)),
  };
}
