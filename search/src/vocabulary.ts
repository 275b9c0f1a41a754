/**
 * The closed vocabularies of the content model, mirrored from the Strapi schemas in
 * cms/src/api/<type>/content-types/<type>/schema.json and cms/src/components/shared/industry.json.
 * Search filters and the mapping are validated against these lists; test/unit/vocabulary.test.ts fails
 * when a schema gains or loses a value that is not reflected here.
 */

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Swedish is the site's default language. */
export const DEFAULT_LOCALE: Locale = 'sv';

/** The searchable content types, named like their Strapi API folders. */
export const CONTENT_TYPES = ['research-article', 'guide', 'course-module', 'learning-path'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const INDUSTRIES = [
  'tourism',
  'crafts_design',
  'food',
  'agriculture_forestry',
  'retail',
  'construction',
  'services',
  'creative',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const BUSINESS_MODELS = [
  'e_commerce',
  'subscription',
  'platform',
  'digital_service',
  'freemium',
  'data_driven',
  'hybrid_local_online',
] as const;
export type BusinessModel = (typeof BUSINESS_MODELS)[number];

export const FORMATS = ['self_paced', 'on_site', 'hybrid'] as const;
export type Format = (typeof FORMATS)[number];

/** The locale whose index is searched as a fallback when the chosen one has few hits. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'sv' ? 'en' : 'sv';
}
