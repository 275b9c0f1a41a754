/**
 * The closed vocabularies of the content types that are not indexed (places and dates, efforts, research calls),
 * mirrored from their Strapi schemas like ../vocabulary.ts; test/unit/vocabulary/content-model.test.ts fails when a
 * schema changes and these do not. The site validates the CMS's answers against them.
 */

/** api::occasion.occasion `format`. */
export const OCCASION_FORMATS = ['on_site', 'online', 'hybrid'] as const;
export type OccasionFormat = (typeof OCCASION_FORMATS)[number];

/** An effort's lifecycle (api::effort.effort `effortStatus`), in its order. */
export const EFFORT_STATUSES = ['planned', 'open', 'running', 'done'] as const;
export type EffortStatus = (typeof EFFORT_STATUSES)[number];

/** The organisations behind efforts (api::partner.partner `kind`). */
export const PARTNER_KINDS = ['learning_centre', 'municipal_business_office', 'university', 'business_association', 'regional_council', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Whom a research call seeks (api::research-call.research-call `callKind`). */
export const CALL_KINDS = ['case_firm', 'interviewee', 'test_user'] as const;
export type CallKind = (typeof CALL_KINDS)[number];
