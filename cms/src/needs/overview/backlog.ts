import type { Core } from '@strapi/strapi';
import type { CheckDefinition, Dimension } from '@kunskapsnavet/needs';
import { CONTENT_TYPES, LOCALE_CODES, NEEDS_TYPES, type LocaleCode } from '../../lib/content-types';
import { outboxCounts } from '../../search-sync/outbox';
import { loadPublishedCheck } from '../check';
import { needsLib } from '../needs-lib';
import type { Source } from './params';
import { loadResponses } from './query';

const ITEM_TYPES = [CONTENT_TYPES.researchArticle, CONTENT_TYPES.guide, CONTENT_TYPES.courseModule, CONTENT_TYPES.learningPath] as const;
const MAX_MISSES = 50;

export interface BacklogNeed {
  dimension: Dimension;
  /** Share of responses with this dimension among their top needs; null when there are fewer than k responses. */
  share: number | null;
  /** The topics the check's answers signal for this need, per language, with their number of published items. */
  topics: Array<{ slug: string; locale: LocaleCode; published: number }>;
  publishedTotal: number;
}

export interface Backlog {
  source: Source;
  needs: BacklogNeed[];
  searchMisses: Array<{ query: string; locale: string; count: number; lastSeenAt: string }>;
  /** The search outbox: changes waiting to reach the search index, and dead letters (given up on; see search:reconcile). */
  searchSync: { pending: number; dead: number };
}

/** Topic slugs the maturity options of one dimension signal, in the check's language. */
export function signalledTopics(check: CheckDefinition, dimension: Dimension): string[] {
  const slugs = check.questions.filter((q) => q.kind === 'maturity' && q.dimension === dimension).flatMap((q) => q.options.flatMap((o) => o.topics));
  return [...new Set(slugs)].sort();
}

/** Common needs with little published content behind them first: share over (published + 1), ties in DIMENSIONS order. */
export function rankBacklog(needs: BacklogNeed[]): BacklogNeed[] {
  const weight = (n: BacklogNeed) => (n.share ?? 0) / (n.publishedTotal + 1);
  return [...needs].sort((a, b) => weight(b) - weight(a) || a.publishedTotal - b.publishedTotal);
}

async function publishedWithTopic(strapi: Core.Strapi, slug: string, locale: LocaleCode): Promise<number> {
  let total = 0;
  for (const uid of ITEM_TYPES) {
    total += await strapi.documents(uid).count({ locale, status: 'published', filters: { topics: { slug: { $eq: slug } } } });
  }
  return total;
}

/** What to write next: the check's needs by how common they are against how much published content answers them, and searches that found nothing. */
export async function backlog(strapi: Core.Strapi, source: Source): Promise<Backlog> {
  const rows = await loadResponses(strapi, source);
  const enough = rows.length >= needsLib.K_ANONYMITY;
  const checks = await Promise.all(LOCALE_CODES.map(async (locale) => [locale, await loadPublishedCheck(strapi, locale)] as const));
  const needs: BacklogNeed[] = [];
  for (const dimension of needsLib.DIMENSIONS) {
    const topics: BacklogNeed['topics'] = [];
    for (const [locale, check] of checks) {
      for (const slug of check ? signalledTopics(check, dimension) : []) topics.push({ slug, locale, published: await publishedWithTopic(strapi, slug, locale) });
    }
    const share = enough ? Math.round((rows.filter((r) => r.needs.includes(dimension)).length / rows.length) * 1000) / 1000 : null;
    needs.push({ dimension, share, topics, publishedTotal: topics.reduce((sum, t) => sum + t.published, 0) });
  }
  const misses: Array<{ query: string; locale: string; count: number; lastSeenAt: string | Date }> = await strapi.db.query(NEEDS_TYPES.searchMiss).findMany({
    select: ['query', 'locale', 'count', 'lastSeenAt'],
    orderBy: [{ count: 'desc' }, { lastSeenAt: 'desc' }],
    limit: MAX_MISSES,
  });
  return {
    source,
    needs: rankBacklog(needs),
    searchMisses: misses.map((m) => ({ query: m.query, locale: m.locale, count: Number(m.count), lastSeenAt: new Date(m.lastSeenAt).toISOString() })),
    searchSync: await outboxCounts(strapi),
  };
}
