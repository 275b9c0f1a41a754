import type { Core } from '@strapi/strapi';
import { INDUSTRIES } from '@kunskapsnavet/search';
import { z } from 'zod';
import { EFFORT_TYPES, NEEDS_TYPES, PLACE_TYPES } from '../lib/content-types';
import { needsLib } from '../needs/needs-lib';

const oneOf = <T extends string>(name: string, values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: () => `${name} must be one of: ${values.join(', ')}` });
const empty = (v: unknown) => (v === '' ? undefined : v);

/**
 * A selection of the needs overview, in the overview's own vocabulary (need dimension × municipality × industry).
 * Strict: an unknown parameter or value is a 400 naming what is allowed.
 */
export const selectionParams = z.strictObject({
  dimension: oneOf('dimension', needsLib.DIMENSIONS),
  municipality: z.preprocess(empty, oneOf('municipality', needsLib.MUNICIPALITIES.map((m) => m.slug)).optional()),
  industry: z.preprocess(empty, oneOf('industry', INDUSTRIES).optional()),
});
export type Selection = z.infer<typeof selectionParams>;

/** The body of "start an effort": the selection, and the draft's title as the admin words it in the editor's language. */
export const startBody = selectionParams.extend({ title: z.string().trim().min(1).max(160).optional() });

/**
 * Consented contact requests that fit the selection. A contact request records where the firm is (municipality)
 * but not its industry or needs, so the municipality is what matches; without one, every consented request does.
 */
export async function consentedContacts(strapi: Core.Strapi, selection: Pick<Selection, 'municipality'>): Promise<number> {
  const where = { consentedAt: { $notNull: true }, unsubscribedAt: { $null: true }, ...(selection.municipality ? { municipality: selection.municipality } : {}) };
  return strapi.db.query(NEEDS_TYPES.contact).count({ where });
}

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A unique, readable slug: insats-<dimension>-<municipality>-<industry>-<time in base 36>. */
function draftSlug(selection: Selection, now: Date): string {
  const parts = ['insats', selection.dimension, selection.municipality, selection.industry, now.getTime().toString(36)];
  return parts.filter(Boolean).join('-').replace(/_/g, '-');
}

/** The admin's edit view of a Swedish effort draft (a path inside the admin app). */
export const editPath = (documentId: string) => `/content-manager/collection-types/${EFFORT_TYPES.effort}/${documentId}?plugins[i18n][locale]=sv`;

/**
 * Creates a Swedish draft effort carrying the selection (dimension, municipality, industry), planned for the next
 * three months; the coordinator completes and publishes it in the content manager. Goes through the Document
 * Service, so the content rules check it like any editor's draft.
 */
export async function startEffort(strapi: Core.Strapi, body: z.infer<typeof startBody>, now = new Date()) {
  const municipality = body.municipality
    ? await strapi.db.query(PLACE_TYPES.municipality).findOne({ where: { slug: body.municipality, locale: 'sv', publishedAt: null }, select: ['documentId'] })
    : null;
  const created = await strapi.documents(EFFORT_TYPES.effort).create({
    locale: 'sv',
    data: {
      title: body.title ?? `Ny insats: ${[body.dimension, body.municipality, body.industry].filter(Boolean).join(' × ')}`,
      slug: draftSlug(body, now),
      pitch: 'Utkast från behovsöversikten: beskriv insatsen på klarspråk – vad den ger, för vem och hur man deltar.',
      needDimensions: [body.dimension],
      industries: body.industry ? [body.industry] : [],
      effortStatus: 'planned',
      startsOn: isoDay(now),
      endsOn: isoDay(new Date(now.getTime() + 90 * DAY)),
      municipalities: municipality ? [municipality.documentId] : [],
    },
  });
  return { documentId: created.documentId, locale: 'sv' as const, editPath: editPath(created.documentId) };
}
