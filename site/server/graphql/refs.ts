import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import { contentUrl } from '../utils/urls';
import type { ItemRef } from './common';

/** The fields a link to an item needs, per type: what lists, related items and path steps show. */
export const REF_FIELDS = {
  article: 'documentId title slug summary minutes: readingMinutes',
  guide: 'documentId title slug summary minutes: estimatedMinutes',
  module: 'documentId title slug summary minutes: durationMinutes',
  path: 'documentId title slug summary: description minutes: totalMinutes',
} as const;

export const RefSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  minutes: z.number().int().nullish(),
});
export type RawRef = z.infer<typeof RefSchema>;

const TYPES = { article: 'research-article', guide: 'guide', module: 'course-module', path: 'learning-path' } as const;
export type RefKind = keyof typeof TYPES;

export function toRef(kind: RefKind, raw: RawRef, locale: SiteLocale): ItemRef {
  const type = TYPES[kind];
  return {
    type,
    documentId: raw.documentId,
    title: raw.title,
    summary: raw.summary ?? null,
    url: contentUrl(type, locale, raw.slug),
    minutes: raw.minutes ?? null,
  };
}

export const toRefs = (kind: RefKind, raws: RawRef[], locale: SiteLocale) => raws.map((raw) => toRef(kind, raw, locale));
