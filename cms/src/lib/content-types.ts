import { DEFAULT_LOCALE as SEARCH_DEFAULT_LOCALE, LOCALES as SEARCH_LOCALES, STRAPI_UID, type Locale } from '@kunskapsnavet/search';

/**
 * The content types of the hub, in one place: bootstrap, permissions, seeding and search all iterate this list.
 * The searchable four take their uids from the search library's STRAPI_UID, where the mapping keys them.
 */
export const CONTENT_TYPES = {
  researchArticle: STRAPI_UID['research-article'],
  guide: STRAPI_UID.guide,
  courseModule: STRAPI_UID['course-module'],
  learningPath: STRAPI_UID['learning-path'],
  topic: 'api::topic.topic',
  author: 'api::author.author',
  learningCentre: 'api::learning-centre.learning-centre',
} as const;

/** Places and dates (issue 12): public, edited like content, but not in the search index. */
export const PLACE_TYPES = {
  municipality: 'api::municipality.municipality',
  occasion: 'api::occasion.occasion',
} as const;

/** Competence efforts and the organisations behind them (issue 13): public, edited like content, not indexed. */
export const EFFORT_TYPES = {
  effort: 'api::effort.effort',
  partner: 'api::partner.partner',
} as const;

/** Researchers' calls for firms to take part in research (issue 13): public, edited like content, not indexed. */
export const RESEARCH_CALL_TYPES = {
  call: 'api::research-call.research-call',
} as const;

/** Owners' answers to research calls: personal data, read only by the call's researcher in the admin, never public. */
export const RESEARCH_CALL_ANSWER = 'api::research-call-answer.research-call-answer' as const;

/** Sign-ups and their kept counts: personal data / reports, never public (like the needs responses). */
export const SIGNUP_TYPES = {
  signup: 'api::occasion-signup.occasion-signup',
  tally: 'api::occasion-tally.occasion-tally',
} as const;

export type HubContentUid = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];
export type PlaceTypeUid = (typeof PLACE_TYPES)[keyof typeof PLACE_TYPES];
export type EffortTypeUid = (typeof EFFORT_TYPES)[keyof typeof EFFORT_TYPES];
export type ResearchCallTypeUid = (typeof RESEARCH_CALL_TYPES)[keyof typeof RESEARCH_CALL_TYPES];
export type ContentTypeUid = HubContentUid | PlaceTypeUid | EffortTypeUid | ResearchCallTypeUid;

/** Indexed for search (the search sync watches exactly these). */
export const SEARCHABLE_TYPES: HubContentUid[] = Object.values(CONTENT_TYPES);
/** Every public, editorial type: public read permissions, the drafts guard and the content rules cover these. */
export const ALL_CONTENT_TYPES: ContentTypeUid[] = [...SEARCHABLE_TYPES, ...Object.values(PLACE_TYPES), ...Object.values(EFFORT_TYPES), ...Object.values(RESEARCH_CALL_TYPES)];

/** The languages are the search library's (LOCALES, DEFAULT_LOCALE); here only their names in Strapi's i18n list. */
export type LocaleCode = Locale;
export const LOCALE_CODES = SEARCH_LOCALES;
export const DEFAULT_LOCALE: LocaleCode = SEARCH_DEFAULT_LOCALE;
const LOCALE_NAMES: Record<LocaleCode, string> = { sv: 'Svenska (sv)', en: 'English (en)' };
export const LOCALES = LOCALE_CODES.map((code) => ({ code, name: LOCALE_NAMES[code], isDefault: code === DEFAULT_LOCALE }));

/**
 * The needs check's types. Not hub content: they are never indexed for search nor public. The check and its
 * questions are edited in the admin (Draft & Publish, sv/en); responses, contact requests and search misses are
 * written only by the site-facing routes (cms/src/needs) and read through the coordinators' overview.
 */
export const NEEDS_TYPES = {
  check: 'api::needs-check.needs-check',
  question: 'api::needs-question.needs-question',
  response: 'api::needs-response.needs-response',
  contact: 'api::needs-contact.needs-contact',
  searchMiss: 'api::search-miss.search-miss',
} as const;

/** The coordinators' inbox and the "did it help?" follow-up (issue 13): personal data, never public. */
export const INBOX_TYPES = {
  invitation: 'api::contact-invitation.contact-invitation',
  followUp: 'api::needs-follow-up.needs-follow-up',
} as const;

/** Edited like content (drafts, two languages): the drafts guard covers them too. */
export const EDITORIAL_NEEDS_TYPES = [NEEDS_TYPES.check, NEEDS_TYPES.question] as const;
/** Never readable through REST or GraphQL, by anyone: no routes, no GraphQL, no public permission. */
export const PRIVATE_TYPES = [NEEDS_TYPES.response, NEEDS_TYPES.contact, NEEDS_TYPES.searchMiss, SIGNUP_TYPES.signup, SIGNUP_TYPES.tally, RESEARCH_CALL_ANSWER, INBOX_TYPES.invitation, INBOX_TYPES.followUp] as const;
