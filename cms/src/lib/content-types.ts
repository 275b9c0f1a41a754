/** The content types of the hub, in one place: bootstrap, permissions, seeding and search all iterate this list. */
export const CONTENT_TYPES = {
  researchArticle: 'api::research-article.research-article',
  guide: 'api::guide.guide',
  courseModule: 'api::course-module.course-module',
  learningPath: 'api::learning-path.learning-path',
  topic: 'api::topic.topic',
  author: 'api::author.author',
  learningCentre: 'api::learning-centre.learning-centre',
} as const;

export type ContentTypeUid = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];

export const ALL_CONTENT_TYPES: ContentTypeUid[] = Object.values(CONTENT_TYPES);

export const LOCALES = [
  { code: 'sv', name: 'Svenska (sv)', isDefault: true },
  { code: 'en', name: 'English (en)', isDefault: false },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export const LOCALE_CODES: LocaleCode[] = LOCALES.map((l) => l.code);
export const DEFAULT_LOCALE: LocaleCode = 'sv';
