/** An effort's lifecycle and the organisations behind efforts: the search library's content-model vocabulary. */
export { EFFORT_STATUSES, PARTNER_KINDS, type EffortStatus, type PartnerKind } from '@kunskapsnavet/search/vocabulary';
