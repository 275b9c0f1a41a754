import { z } from 'zod';
import type { SiteLocale } from '#shared/types/locale';
import type { ItemRef } from './common';
import { REF_FIELDS, RefSchema, toRefs } from './refs';

const PER_TOPIC = 4;

/** Topics with a few items each: "related items" are the other content of the same topics. */
export const TOPICS_WITH_RELATED = `
  topics {
    name slug
    researchArticles(pagination: { limit: ${PER_TOPIC} }) { ${REF_FIELDS.article} }
    guides(pagination: { limit: ${PER_TOPIC} }) { ${REF_FIELDS.guide} }
    courseModules(pagination: { limit: ${PER_TOPIC} }) { ${REF_FIELDS.module} }
  }
`;

export const TopicWithRelatedSchema = z.object({
  name: z.string(),
  slug: z.string(),
  researchArticles: z.array(RefSchema).default([]),
  guides: z.array(RefSchema).default([]),
  courseModules: z.array(RefSchema).default([]),
});

/** Up to `limit` distinct items sharing a topic with the current one, the current one left out. */
export function relatedItems(topics: z.infer<typeof TopicWithRelatedSchema>[], locale: SiteLocale, self: string, limit = 4): ItemRef[] {
  const seen = new Set([self]);
  const out: ItemRef[] = [];
  const all = topics.flatMap((t) => [...toRefs('guide', t.guides, locale), ...toRefs('module', t.courseModules, locale), ...toRefs('article', t.researchArticles, locale)]);
  for (const item of all) {
    if (seen.has(item.documentId) || out.length >= limit) continue;
    seen.add(item.documentId);
    out.push(item);
  }
  return out;
}
