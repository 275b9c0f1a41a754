import { z } from 'zod';
import { CONTEXT_FIELDS, DIMENSIONS, type CheckDefinition } from '@kunskapsnavet/needs';
import { LEVELS } from '@kunskapsnavet/search';
import { SITE_LOCALES, type SiteLocale } from '#shared/types/locale';
import { cmsRest } from './cms';
import { UPSTREAM_MESSAGES } from './errors';
import { CACHE_VERSION, generationKey } from './params';

const OptionSchema = z.object({
  key: z.string(),
  label: z.string(),
  score: z.number().nullable(),
  value: z.string().nullable(),
  topics: z.array(z.string()),
  level: z.enum(LEVELS).nullable(),
});

/** The published check as the CMS's GET /api/needs/check gives it (see needs/src/types.ts). */
export const CheckDefinitionSchema = z.object({
  documentId: z.string(),
  locale: z.enum(SITE_LOCALES),
  slug: z.string(),
  title: z.string(),
  intro: z.string(),
  /** The check's privacy text in plain words, as the coordinators wrote it (the page has its own when absent). */
  privacy: z.string().nullish(),
  questions: z.array(z.object({
    key: z.string(),
    order: z.number(),
    kind: z.enum(['maturity', 'context']),
    dimension: z.enum(DIMENSIONS).nullable(),
    context: z.enum(CONTEXT_FIELDS).nullable(),
    text: z.string(),
    help: z.string().nullable(),
    options: z.array(OptionSchema),
  })),
}) satisfies z.ZodType<CheckDefinition>;

/** A CheckDefinition with the page's extras (the privacy text). */
export type SiteCheck = z.output<typeof CheckDefinitionSchema>;

/** The published needs check in one language, or null when none is published (the CMS answers 404). */
export const loadCheck = defineCachedFunction(
  async (locale: SiteLocale): Promise<SiteCheck | null> => {
    const { status, body } = await cmsRest('/api/needs/check', { query: { locale } });
    if (status === 404) return null;
    const parsed = CheckDefinitionSchema.safeParse(body);
    if (status !== 200 || !parsed.success) {
      console.error(`[site] needs check: CMS HTTP ${status}${parsed.success ? '' : `, ${parsed.error.issues[0]?.message}`}`);
      throw createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: UPSTREAM_MESSAGES.cmsShape });
    }
    return { ...parsed.data, questions: [...parsed.data.questions].sort((a, b) => a.order - b.order) };
  },
  { maxAge: 60, swr: true, name: `needs-check-${CACHE_VERSION}`, getKey: (locale: SiteLocale) => generationKey(locale) },
);
