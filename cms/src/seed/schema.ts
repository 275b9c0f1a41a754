import { BUSINESS_MODELS, FORMATS, INDUSTRIES, LEVELS } from '@kunskapsnavet/search';
import { z } from 'zod';
import { LOCALE_CODES } from '../lib/content-types';
import { evidence, questionContext, questionDimension, questionKind } from './enums';

/** The shapes of the seed files (cms/seed/README.md). Parsed once; a bad file stops the seed with its path and problem. */
const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const slug = key;
const markdown = z.string().min(1);
const level = z.enum(LEVELS);
const bilingual = <T extends z.ZodTypeAny>(shape: T) => ({ sv: shape, en: shape });

export const topicFile = z.object({
  key,
  ...bilingual(z.object({ name: z.string().min(1), slug, description: z.string().optional() })),
});

export const authorFile = z.object({
  key,
  name: z.string().min(1),
  orcid: z.string().optional(),
  /** An invented demo person: no real affiliation, labelled "Exempelperson / Example person" wherever shown. */
  isExample: z.boolean().default(false),
  ...bilingual(z.object({ affiliation: z.string().optional(), bio: z.string().optional() })),
});

export const learningCentreFile = z.object({
  key,
  municipality: z.string().min(1),
  municipalities: z.array(key).default([]),
  coordinators: z.array(z.string().email()).default([]),
  region: z.enum(['Norrbotten', 'Västerbotten']),
  address: z.string().optional(),
  contact: z.string().optional(),
  url: z.string().url().optional(),
  ...bilingual(z.object({ name: z.string().min(1), description: z.string().optional() })),
});

export const researchArticleFile = z.object({
  key,
  authors: z.array(key).default([]),
  topics: z.array(key).default([]),
  readingMinutes: z.number().int().positive(),
  evidence,
  level,
  originalStudy: z.object({
    authors: z.array(z.string().min(1)).min(1),
    year: z.number().int(),
    title: z.string().min(1),
    venue: z.string().optional(),
    doi: z.string().optional(),
    url: z.string().url().optional(),
    openAccess: z.boolean(),
  }),
  ...bilingual(
    z.object({
      title: z.string().min(1),
      slug,
      summary: z.string().max(600),
      evidenceNote: z.string().max(280).optional(),
      takeaways: z.array(z.string().max(300)).min(1),
      body: markdown,
    }),
  ),
});

export const guideFile = z.object({
  key,
  businessModel: z.enum(BUSINESS_MODELS),
  industries: z.array(z.enum(INDUSTRIES)).default([]),
  level,
  topics: z.array(key).default([]),
  /** When the guide's facts (law, tax, prices) were last checked, and how often they must be. */
  lastReviewed: z.iso.date().optional(),
  reviewIntervalMonths: z.number().int().min(1).max(60).optional(),
  ...bilingual(
    z.object({
      title: z.string().min(1),
      slug,
      summary: z.string().max(600),
      body: markdown.optional(),
      steps: z.array(z.object({ title: z.string().min(1), minutes: z.number().int().positive(), body: markdown })).min(1),
    }),
  ),
});

const section = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), title: z.string().optional(), body: markdown }),
  z.object({ type: z.literal('video'), title: z.string(), url: z.string().url(), minutes: z.number().int().positive().optional(), description: z.string().optional() }),
  z.object({ type: z.literal('exercise'), title: z.string(), minutes: z.number().int().positive().optional(), instructions: markdown }),
  z.object({ type: z.literal('checklist'), title: z.string(), items: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('knowledge_check'), question: z.string(), options: z.array(z.string()).min(2), correctOption: z.number().int().min(0), explanation: z.string().optional() }),
]);
export type SeedSection = z.infer<typeof section>;

export const courseModuleFile = z.object({
  key,
  durationMinutes: z.number().int().positive(),
  level,
  format: z.enum(FORMATS),
  learningCentres: z.array(key).default([]),
  topics: z.array(key).default([]),
  ...bilingual(
    z.object({
      title: z.string().min(1),
      slug,
      summary: z.string().max(600),
      provider: z.string().optional(),
      learningObjectives: z.array(z.string()).min(1),
      sections: z.array(section).min(1),
    }),
  ),
});

const stepRef = z
  .object({ article: key.optional(), guide: key.optional(), module: key.optional(), note: z.object({ sv: z.string(), en: z.string() }).optional() })
  .refine((s) => [s.article, s.guide, s.module].filter(Boolean).length === 1, 'a step names exactly one of article, guide, module');

export const learningPathFile = z.object({
  key,
  level,
  featured: z.boolean().default(false),
  topics: z.array(key).default([]),
  steps: z.array(stepRef).min(1),
  ...bilingual(z.object({ title: z.string().min(1), slug, description: z.string().min(1), audience: z.string().optional() })),
});

export type TopicFile = z.infer<typeof topicFile>;
export type AuthorFile = z.infer<typeof authorFile>;
export type LearningCentreFile = z.infer<typeof learningCentreFile>;
export type ResearchArticleFile = z.infer<typeof researchArticleFile>;
export type GuideFile = z.infer<typeof guideFile>;
export type CourseModuleFile = z.infer<typeof courseModuleFile>;
export type LearningPathFile = z.infer<typeof learningPathFile>;

const questionKey = z.string().regex(/^[a-z0-9_]+$/);
const labels = z.record(z.string(), z.string().min(1).max(200));

export const needsCheckFile = z.object({
  key,
  slug,
  ...bilingual(z.object({ title: z.string().min(1), intro: z.string().min(1), privacy: z.string().min(1) })),
});

export const needsQuestionFile = z
  .object({
    key: questionKey,
    order: z.number().int().min(0),
    kind: questionKind,
    dimension: questionDimension.optional(),
    context: questionContext.optional(),
    options: z
      .array(z.object({ key: questionKey, score: z.number().int().min(0).max(100).optional(), value: z.string().optional(), topics: z.array(key).default([]), level: level.optional() }))
      .min(2),
    ...bilingual(z.object({ text: z.string().min(1).max(300), help: z.string().max(600).optional(), labels })),
  })
  .refine((f) => LOCALE_CODES.every((l) => f.options.every((o) => f[l].labels[o.key])), 'every option needs a label in sv and en');

export type NeedsCheckFile = z.infer<typeof needsCheckFile>;
export type NeedsQuestionFile = z.infer<typeof needsQuestionFile>;

