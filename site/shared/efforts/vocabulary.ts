/** An effort's lifecycle as the CMS stores it (api::effort.effort `effortStatus`), in its order. */
export const EFFORT_STATUSES = ['planned', 'open', 'running', 'done'] as const;
export type EffortStatus = (typeof EFFORT_STATUSES)[number];

/** The organisations behind efforts (api::partner.partner `kind`). */
export const PARTNER_KINDS = ['learning_centre', 'municipal_business_office', 'university', 'business_association', 'regional_council', 'other'] as const;
