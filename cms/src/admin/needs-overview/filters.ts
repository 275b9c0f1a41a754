import { GROUP_BY, INDUSTRIES, MUNICIPALITIES, SIZES, SOURCES, type GroupBy, type Source } from './vocabulary';

/** The overview's state; it lives in the page's URL so a view can be bookmarked and shared. */
export interface OverviewFilters {
  source: Source;
  groupBy: GroupBy;
  /** '' = any. */
  municipality: string;
  industry: string;
  size: string;
  /** YYYY-MM or ''. */
  from: string;
  to: string;
}

export const DEFAULT_FILTERS: OverviewFilters = { source: 'real', groupBy: 'all', municipality: '', industry: '', size: '', from: '', to: '' };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T => list.find((item) => item === value) ?? fallback;
const member = (list: readonly string[], value: string | null): string => (value !== null && list.includes(value) ? value : '');
const month = (value: string | null): string => (value !== null && MONTH.test(value) ? value : '');

/** Filters from a query string; unknown values fall back to "any" instead of reaching the API. */
export function parseFilters(params: URLSearchParams): OverviewFilters {
  return {
    source: oneOf(SOURCES, params.get('source'), DEFAULT_FILTERS.source),
    groupBy: oneOf(GROUP_BY, params.get('groupBy'), DEFAULT_FILTERS.groupBy),
    municipality: member(MUNICIPALITIES.map((m) => m.slug), params.get('municipality')),
    industry: member(INDUSTRIES, params.get('industry')),
    size: member(SIZES, params.get('size')),
    from: month(params.get('from')),
    to: month(params.get('to')),
  };
}

/** The query string of a set of filters, without the empty ones (the same for the page URL and the API). */
export function toSearchParams(filters: OverviewFilters): URLSearchParams {
  return new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
}

export type FilterErrors = Partial<Record<'from' | 'to', 'invalid' | 'order'>>;

/** Checks what a coordinator typed before it is applied; the API validates again. */
export function validateFilters(filters: OverviewFilters): FilterErrors {
  const errors: FilterErrors = {};
  if (filters.from && !MONTH.test(filters.from)) errors.from = 'invalid';
  if (filters.to && !MONTH.test(filters.to)) errors.to = 'invalid';
  if (!errors.from && !errors.to && filters.from && filters.to && filters.from > filters.to) errors.to = 'order';
  return errors;
}

export const overviewPath = (filters: OverviewFilters) => `/kn-needs/overview?${toSearchParams(filters)}`;
export const csvPath = (filters: OverviewFilters) => `/kn-needs/overview.csv?${toSearchParams(filters)}`;
export const backlogPath = (source: Source) => `/kn-needs/backlog?source=${source}`;

/** File name of an export, e.g. needs-overview-synthetic-municipality-2026-11-27.csv. */
export const csvFileName = (filters: OverviewFilters, today: Date) =>
  `needs-overview-${filters.source}-${filters.groupBy}-${today.toISOString().slice(0, 10)}.csv`;
