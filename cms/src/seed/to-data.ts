import { markdownToBlocks } from '@kunskapsnavet/search';
import type { LocaleCode } from '../lib/content-types';
import type {
  AuthorFile,
  CourseModuleFile,
  GuideFile,
  LearningCentreFile,
  LearningPathFile,
  NeedsCheckFile,
  NeedsQuestionFile,
  ResearchArticleFile,
  SeedSection,
  TopicFile,
} from './schema';

/** Resolves an item key of another type to its documentId; throws on a dangling reference. */
export type Resolve = (kind: 'topic' | 'author' | 'learningCentre' | 'article' | 'guide' | 'module' | 'municipality' | 'path' | 'occasion' | 'partner', key: string) => string;
type Data = Record<string, unknown>;

export const topicData = (f: TopicFile, l: LocaleCode): Data => ({ ...f[l] });

export const authorData = (f: AuthorFile, l: LocaleCode): Data => ({
  name: f.name,
  slug: f.key,
  orcid: f.orcid || null,
  isExample: f.isExample,
  affiliation: f[l].affiliation,
  bio: f[l].bio,
});

/** `coordinators`: the documentIds of the admin users found for the file's e-mail addresses. */
export const learningCentreData = (f: LearningCentreFile, l: LocaleCode, resolve: Resolve, coordinators: string[] = []): Data => ({
  name: f[l].name,
  municipalities: f.municipalities.map((k) => resolve('municipality', k)),
  coordinators,
  description: f[l].description,
  slug: f.key,
  municipality: f.municipality,
  // Enumeration values must be ASCII identifiers (GraphQL enums).
  region: f.region === 'Västerbotten' ? 'Vasterbotten' : 'Norrbotten',
  address: f.address,
  contact: f.contact,
  url: f.url,
});

export const researchArticleData = (f: ResearchArticleFile, l: LocaleCode, resolve: Resolve): Data => ({
  title: f[l].title,
  slug: f[l].slug,
  summary: f[l].summary,
  evidenceNote: f[l].evidenceNote,
  takeaways: f[l].takeaways.map((text) => ({ text })),
  body: markdownToBlocks(f[l].body),
  evidence: f.evidence,
  readingMinutes: f.readingMinutes,
  level: f.level,
  originalStudy: { ...f.originalStudy, authors: f.originalStudy.authors.map((name) => ({ name })) },
  authors: f.authors.map((k) => resolve('author', k)),
  topics: f.topics.map((k) => resolve('topic', k)),
});

export const guideData = (f: GuideFile, l: LocaleCode, resolve: Resolve): Data => ({
  title: f[l].title,
  slug: f[l].slug,
  summary: f[l].summary,
  body: f[l].body ? markdownToBlocks(f[l].body) : null,
  steps: f[l].steps.map((s) => ({ title: s.title, minutes: s.minutes, body: markdownToBlocks(s.body) })),
  businessModel: f.businessModel,
  industries: f.industries.map((industry) => ({ industry })),
  level: f.level,
  lastReviewed: f.lastReviewed ?? null,
  reviewIntervalMonths: f.reviewIntervalMonths ?? null,
  estimatedMinutes: f[l].steps.reduce((sum, s) => sum + s.minutes, 0),
  topics: f.topics.map((k) => resolve('topic', k)),
});

function sectionData(s: SeedSection): Data {
  switch (s.type) {
    case 'text':
      return { __component: 'sections.text', title: s.title, body: markdownToBlocks(s.body) };
    case 'video':
      return { __component: 'sections.video', title: s.title, url: s.url, minutes: s.minutes, description: s.description };
    case 'exercise':
      return { __component: 'sections.exercise', title: s.title, minutes: s.minutes, instructions: markdownToBlocks(s.instructions) };
    case 'checklist':
      return { __component: 'sections.checklist', title: s.title, items: s.items.map((text) => ({ text })) };
    case 'knowledge_check':
      return {
        __component: 'sections.knowledge-check',
        question: s.question,
        options: s.options.map((text, i) => ({ text, correct: i === s.correctOption })),
        explanation: s.explanation,
      };
  }
}

export const courseModuleData = (f: CourseModuleFile, l: LocaleCode, resolve: Resolve): Data => ({
  title: f[l].title,
  slug: f[l].slug,
  summary: f[l].summary,
  provider: f[l].provider,
  learningObjectives: f[l].learningObjectives.map((text) => ({ text })),
  sections: f[l].sections.map(sectionData),
  durationMinutes: f.durationMinutes,
  level: f.level,
  format: f.format,
  learningCentres: f.learningCentres.map((k) => resolve('learningCentre', k)),
  topics: f.topics.map((k) => resolve('topic', k)),
});

export const learningPathData = (f: LearningPathFile, l: LocaleCode, resolve: Resolve): Data => ({
  title: f[l].title,
  slug: f[l].slug,
  description: f[l].description,
  audience: f[l].audience,
  level: f.level,
  featured: f.featured,
  steps: f.steps.map((s) => ({
    article: s.article ? resolve('article', s.article) : null,
    guide: s.guide ? resolve('guide', s.guide) : null,
    module: s.module ? resolve('module', s.module) : null,
    note: s.note?.[l] ?? null,
  })),
  topics: f.topics.map((k) => resolve('topic', k)),
});

export const needsCheckData = (f: NeedsCheckFile, l: LocaleCode): Data => ({ slug: f.slug, ...f[l] });

export const needsQuestionData = (f: NeedsQuestionFile, l: LocaleCode, resolve: Resolve): Data => ({
  key: f.key,
  order: f.order,
  kind: f.kind,
  dimension: f.dimension ?? null,
  context: f.context ?? null,
  text: f[l].text,
  help: f[l].help ?? null,
  options: f.options.map((o) => ({
    key: o.key,
    label: f[l].labels[o.key],
    score: o.score ?? null,
    value: o.value ?? null,
    level: o.level ?? null,
    topics: o.topics.map((k) => resolve('topic', k)),
  })),
});

