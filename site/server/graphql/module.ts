import { z } from 'zod';
import { BlocksSchema } from '#shared/schemas/blocks';
import type { ModuleSection } from '#shared/types/content';
import type { SiteLocale } from '#shared/types/locale';
import { safeUrl } from '#shared/urls/safe-url';
import { pageUrl } from '../utils/urls';
import { alternates, LOCALIZATION_FIELDS, LocalizationsSchema, topicLinks } from './common';
import { relatedItems, TOPICS_WITH_RELATED, TopicWithRelatedSchema } from './related';

// Components of the dynamic zone share field names with different nullability, hence the aliases.
export const MODULE_QUERY = /* GraphQL */ `
  query Module($locale: I18NLocaleCode!, $filters: CourseModuleFiltersInput!, $status: PublicationStatus) {
    items: courseModules(locale: $locale, status: $status, filters: $filters, pagination: { limit: 1 }) {
      documentId title slug summary durationMinutes level format provider publishedAt updatedAt
      learningObjectives { text }
      learningCentres { name slug municipality }
      sections {
        __typename
        ... on ComponentSectionsText { id heading: title body }
        ... on ComponentSectionsVideo { id title url minutes description }
        ... on ComponentSectionsExercise { id title minutes instructions }
        ... on ComponentSectionsChecklist { id title items { text } }
        ... on ComponentSectionsKnowledgeCheck { id question explanation options { text correct } }
      }
      ${TOPICS_WITH_RELATED}
      ${LOCALIZATION_FIELDS}
    }
  }
`;

const SectionSchema = z.discriminatedUnion('__typename', [
  z.object({ __typename: z.literal('ComponentSectionsText'), id: z.string(), heading: z.string().nullish(), body: BlocksSchema }),
  z.object({ __typename: z.literal('ComponentSectionsVideo'), id: z.string(), title: z.string(), url: z.string(), minutes: z.number().nullish(), description: z.string().nullish() }),
  z.object({ __typename: z.literal('ComponentSectionsExercise'), id: z.string(), title: z.string(), minutes: z.number().nullish(), instructions: BlocksSchema }),
  z.object({ __typename: z.literal('ComponentSectionsChecklist'), id: z.string(), title: z.string(), items: z.array(z.object({ text: z.string() })).default([]) }),
  z.object({
    __typename: z.literal('ComponentSectionsKnowledgeCheck'),
    id: z.string(),
    question: z.string(),
    explanation: z.string().nullish(),
    options: z.array(z.object({ text: z.string(), correct: z.boolean() })).default([]),
  }),
]);

const ModuleSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  durationMinutes: z.number().int(),
  level: z.string(),
  format: z.string(),
  provider: z.string().nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
  learningObjectives: z.array(z.object({ text: z.string() })).default([]),
  learningCentres: z.array(z.object({ name: z.string(), slug: z.string(), municipality: z.string() })).default([]),
  // An unknown section type (added in the CMS later) is skipped rather than failing the page.
  sections: z.array(z.unknown()).default([]).transform((sections) => sections.flatMap((s) => {
    const parsed = SectionSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  })),
  topics: z.array(TopicWithRelatedSchema).default([]),
  localizations: LocalizationsSchema,
});

export const ModuleResponseSchema = z.object({ items: z.array(ModuleSchema) });

/** Names the section kinds for the page (`kind`), so components never see GraphQL type names. */
function toSection(section: z.infer<typeof SectionSchema>): ModuleSection {
  switch (section.__typename) {
    case 'ComponentSectionsText':
      return { kind: 'text' as const, id: section.id, title: section.heading ?? null, body: section.body };
    case 'ComponentSectionsVideo':
      return { kind: 'video' as const, id: section.id, title: section.title, url: safeUrl(section.url), minutes: section.minutes ?? null, description: section.description ?? null };
    case 'ComponentSectionsExercise':
      return { kind: 'exercise' as const, id: section.id, title: section.title, minutes: section.minutes ?? null, body: section.instructions };
    case 'ComponentSectionsChecklist':
      return { kind: 'checklist' as const, id: section.id, title: section.title, items: section.items.map((i) => i.text) };
    case 'ComponentSectionsKnowledgeCheck':
      return { kind: 'quiz' as const, id: section.id, question: section.question, explanation: section.explanation ?? null, options: section.options };
  }
}

export function toModuleView(raw: z.infer<typeof ModuleSchema>, locale: SiteLocale) {
  return {
    type: 'course-module' as const,
    documentId: raw.documentId,
    title: raw.title,
    summary: raw.summary,
    minutes: raw.durationMinutes,
    level: raw.level,
    format: raw.format,
    provider: raw.provider ?? null,
    publishedAt: raw.publishedAt ?? null,
    updatedAt: raw.updatedAt ?? null,
    objectives: raw.learningObjectives.map((o) => o.text),
    centres: raw.learningCentres.map((c) => ({ name: c.name, municipality: c.municipality, url: pageUrl('centres-slug', locale, c.slug) })),
    sections: raw.sections.map(toSection),
    topics: topicLinks(raw.topics, locale),
    related: relatedItems(raw.topics, locale, raw.documentId),
    alternates: alternates('course-module', locale, raw.slug, raw.localizations),
  };
}

export type ModuleView = ReturnType<typeof toModuleView>;
