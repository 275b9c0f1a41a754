import type { ContentType } from '../vocabulary.ts';

/** Keeps field names as literal types (Strapi's typed `fields` rejects plain `string[]`). */
const fields = <const T extends string>(...names: T[]): T[] => names;

const topics = { fields: fields('name', 'slug') };

/**
 * What to populate when loading an entry for the search index, one definition per type:
 * `strapi.documents(uid).findOne({ documentId, locale, status: 'published', populate: POPULATE[type] })`.
 * It loads exactly what the mappers in this folder read; quiz options are left out on purpose (their
 * `correct` flag and the explanation must not reach the index).
 */
export const POPULATE = {
  'research-article': {
    topics,
    authors: { fields: fields('name') },
    takeaways: true,
    originalStudy: { populate: { authors: true } },
  },
  guide: {
    topics,
    industries: true,
    steps: true,
  },
  'course-module': {
    topics,
    learningCentres: { fields: fields('municipality') },
    learningObjectives: true,
    sections: {
      on: {
        'sections.text': true,
        'sections.video': true,
        'sections.exercise': true,
        'sections.checklist': { populate: { items: true } },
        'sections.knowledge-check': { fields: fields('question') },
      },
    },
  },
  'learning-path': {
    topics,
    steps: {
      populate: {
        article: { fields: fields('title', 'readingMinutes') },
        guide: { fields: fields('title', 'estimatedMinutes') },
        module: { fields: fields('title', 'durationMinutes') },
      },
    },
  },
} satisfies Record<ContentType, Record<string, unknown>>;

/** The Strapi content-type uid of each searchable type. */
export const STRAPI_UID = {
  'research-article': 'api::research-article.research-article',
  guide: 'api::guide.guide',
  'course-module': 'api::course-module.course-module',
  'learning-path': 'api::learning-path.learning-path',
} as const satisfies Record<ContentType, string>;
