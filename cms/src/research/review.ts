import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../lib/content-types';

/** A guide whose facts (law, tax, fees) must be checked again. */
export interface ReviewItem {
  documentId: string;
  title: string;
  lastReviewed: string | null;
  reviewIntervalMonths: number | null;
  /** The day the next review is due (ISO date); null when the guide has not been reviewed yet. */
  dueOn: string | null;
}

interface GuideRow {
  documentId: string;
  title: string;
  lastReviewed?: string | null;
  reviewIntervalMonths?: number | null;
}

/** Used when a guide has a review date but no interval: facts in guides are checked at least yearly. */
export const DEFAULT_INTERVAL_MONTHS = 12;

/** lastReviewed + interval months, as a calendar date (31 Jan + 1 month = 28/29 Feb, never 3 Mar). */
export function dueDate(lastReviewed: string, months: number): string {
  const [y, m, d] = lastReviewed.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The guides due for review on `today` or within `withinDays` after it, most overdue first; a guide never reviewed is
 * due at once. Pure, so the list is tested without a clock.
 */
export function dueForReview(rows: GuideRow[], today: string, withinDays = 0): ReviewItem[] {
  const horizon = addDays(today, withinDays);
  return rows
    .map((row) => {
      const interval = row.reviewIntervalMonths ?? DEFAULT_INTERVAL_MONTHS;
      const dueOn = row.lastReviewed ? dueDate(row.lastReviewed, interval) : null;
      return { documentId: row.documentId, title: row.title, lastReviewed: row.lastReviewed ?? null, reviewIntervalMonths: row.reviewIntervalMonths ?? null, dueOn };
    })
    .filter((item) => item.dueOn === null || item.dueOn <= horizon)
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.title.localeCompare(b.title, 'sv'));
}

/** Guides (Swedish drafts, which every guide has; the review fields are shared by both languages). */
export async function loadReviewList(strapi: Core.Strapi, today: string, withinDays: number): Promise<ReviewItem[]> {
  const rows = await strapi.documents(CONTENT_TYPES.guide).findMany({
    locale: 'sv',
    status: 'draft',
    fields: ['title', 'lastReviewed', 'reviewIntervalMonths'],
    limit: 1000,
  });
  const guides = rows.map((r): GuideRow => ({
    documentId: r.documentId,
    title: String(r.title ?? ''),
    lastReviewed: typeof r.lastReviewed === 'string' ? r.lastReviewed : null,
    reviewIntervalMonths: typeof r.reviewIntervalMonths === 'number' ? r.reviewIntervalMonths : null,
  }));
  return dueForReview(guides, today, withinDays);
}
