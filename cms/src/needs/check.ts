import type { Core } from '@strapi/strapi';
import type { CheckDefinition, CheckOption, CheckQuestion } from '@kunskapsnavet/needs';
import { NEEDS_TYPES, type LocaleCode } from '../lib/content-types';

interface StoredOption {
  key: string;
  label: string;
  score: number | null;
  value: string | null;
  level: CheckOption['level'];
  topics?: Array<{ slug: string }> | null;
}

interface StoredQuestion {
  key: string;
  order: number;
  kind: CheckQuestion['kind'];
  dimension: CheckQuestion['dimension'];
  context: CheckQuestion['context'];
  text: string;
  help: string | null;
  options?: StoredOption[] | null;
}

/** What the site's page needs besides the questions. */
export type PublishedCheck = CheckDefinition & { privacy: string };

const toOption = (o: StoredOption): CheckOption => ({
  key: o.key,
  label: o.label,
  score: typeof o.score === 'number' ? o.score : null,
  value: o.value ?? null,
  topics: (o.topics ?? []).map((t) => t.slug),
  level: o.level ?? null,
});

const toQuestion = (q: StoredQuestion): CheckQuestion => ({
  key: q.key,
  order: q.order,
  kind: q.kind,
  dimension: q.kind === 'maturity' ? (q.dimension ?? null) : null,
  context: q.kind === 'context' ? (q.context ?? null) : null,
  text: q.text,
  help: q.help ?? null,
  options: (q.options ?? []).map(toOption),
});

/**
 * The published check of one language as the needs library's CheckDefinition: the check's texts and every published
 * question of that language in `order`, options with the slugs (in that language) of the topics they signal.
 * Null when no check is published in that language.
 */
export async function loadPublishedCheck(strapi: Core.Strapi, locale: LocaleCode): Promise<PublishedCheck | null> {
  const check = (await strapi.documents(NEEDS_TYPES.check).findFirst({ locale, status: 'published', sort: 'createdAt:asc' })) as {
    documentId: string;
    slug: string;
    title: string;
    intro: string;
    privacy: string;
  } | null;
  if (!check) return null;
  // Strapi's result type has every field optional; a published question has its required ones.
  const questions = (await strapi.documents(NEEDS_TYPES.question).findMany({
    locale,
    status: 'published',
    sort: ['order:asc', 'key:asc'],
    populate: { options: { populate: { topics: { fields: ['slug'] } } } },
  })) as StoredQuestion[];
  return {
    documentId: check.documentId,
    locale,
    slug: check.slug,
    title: check.title,
    intro: check.intro,
    privacy: check.privacy,
    questions: questions.map(toQuestion),
  };
}
